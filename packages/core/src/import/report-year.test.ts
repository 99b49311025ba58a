import { describe, expect, it } from 'vitest';
import { importDraft } from '../testing/index.js';
import { readReportYear } from './report-year.js';

const now = new Date('2026-01-01');

describe('the reporting year', () => {
  it('is not the year of a heading or sentence about last year when the 落款 dates the report', () => {
    const text = [
      '柳溪镇法治政府建设年度报告',
      '2018年，在全县考评中，我镇名列第二。',
      '一、巩固2018年考评成果，扎实推进依法行政',
      '全年开展普法活动21场。',
      '二、存在的不足',
      '法律顾问作用发挥不充分。',
      '柳溪镇人民政府',
      '2020年3月16日',
    ].join('\n');
    expect(importDraft(text, { now }).report.year).toBe(2019);
  });

  it('is the year before the one the plans name when there is no 落款', () => {
    const text = [
      '青禾街道法治政府建设工作总结',
      '2018年街道考核位居全区前列，2018年以来持续完善制度。2019年，街道稳步推进各项工作。',
      '一、主要工作',
      '2018年制定的议事规则得到修订，全年制定规范性文件2件。',
      '二、2020年工作思路',
      '继续开展普法宣传活动不少于30次。',
    ].join('\n');
    const { report, issues } = importDraft(text, { now });
    expect(report.year).toBe(2019);
    expect(issues.find((issue) => issue.code === 'import_year_inferred')?.message).toContain('工作安排');
  });

  it('reads the plans’ year as the latest year their heading names', () => {
    const evidence = { title: '青禾街道法治政府建设工作总结', issuedOn: undefined, paragraphs: [], now };
    expect(readReportYear({ ...evidence, headings: ['主要工作', '2019年工作总结及2020年工作计划'] })).toEqual({
      year: 2019,
      from: 'plans',
    });
  });

  it('takes a 落款 from October on as the year it was issued in, earlier as the year before', () => {
    const evidence = { title: '东溪镇法治政府建设工作情况报告', headings: [], paragraphs: [], now };
    expect(readReportYear({ ...evidence, issuedOn: '2023-12-28' })).toEqual({ year: 2023, from: 'issueDate' });
    expect(readReportYear({ ...evidence, issuedOn: '2024-03-08' })).toEqual({ year: 2023, from: 'issueDate' });
  });

  it('is the title’s year whatever else the report names', () => {
    expect(
      readReportYear({
        title: '城东区2023年法治政府建设年度报告',
        headings: ['四、2025年工作安排'],
        issuedOn: '2026-03-01',
        paragraphs: [],
        now,
      }),
    ).toEqual({ year: 2023, from: 'title' });
  });

  it('falls back on the headings, then the text, then the year before today', () => {
    expect(
      readReportYear({
        title: undefined,
        headings: ['2023年主要工作', '存在的问题'],
        issuedOn: undefined,
        paragraphs: ['2022年'],
        now,
      }).year,
    ).toBe(2023);
    expect(
      readReportYear({
        title: undefined,
        headings: [],
        issuedOn: undefined,
        paragraphs: ['2022年如何', '2022年'],
        now,
      }),
    ).toEqual({ year: 2022, from: 'body' });
    expect(readReportYear({ title: undefined, headings: [], issuedOn: undefined, paragraphs: [], now })).toEqual({
      year: 2025,
      from: 'today',
    });
  });
});
