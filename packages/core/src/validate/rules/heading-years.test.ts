import { describe, expect, it } from 'vitest';
import { findings, makeReport, makeSection } from '../../testing/index.js';

describe('heading-years', () => {
  it('passes when headings name the reporting year and plans the next', () => {
    expect(findings(makeReport(), 'heading_year_mismatch')).toEqual([]);
    expect(findings(makeReport(), 'plans_year_mismatch')).toEqual([]);
  });

  it('is an error when the title names another year, with or without a space before 年: the report would count for another', () => {
    expect(findings(makeReport({ title: '示例镇2022 年法治政府建设工作情况的报告' }), 'title_year_mismatch')).toEqual([
      ['error', 'title'],
    ]);
  });

  it('warns about a heading copied from last year’s template', () => {
    const report = makeReport({
      sections: [makeSection('measures', { title: '2022年推进法治政府建设的主要举措和成效' })],
    });
    expect(findings(report, 'heading_year_mismatch')).toEqual([['warning', 'sections.0.title']]);
  });

  it('warns when the plans section names the reporting year instead of the next', () => {
    const report = makeReport({ sections: [makeSection('plans', { title: '2023年度工作安排' })] });
    expect(findings(report, 'plans_year_mismatch')).toEqual([['warning', 'sections.0.title']]);
  });

  it('ignores numbers that merely end in four digits', () => {
    const report = makeReport({ sections: [makeSection('measures', { title: '投入12023年度经费' })] });
    expect(findings(report, 'heading_year_mismatch')).toEqual([]);
  });

  it('reads years in Chinese numerals as the importer does (二〇二二年)', () => {
    const report = makeReport({
      title: '示例镇二〇二二年法治政府建设工作情况的报告',
      sections: [makeSection('plans', { title: '二〇二四年工作安排' })],
    });
    expect(findings(report, 'title_year_mismatch')).toEqual([['error', 'title']]);
    expect(findings(report, 'plans_year_mismatch')).toEqual([]);
  });
});
