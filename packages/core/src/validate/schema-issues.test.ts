import { describe, expect, it } from 'vitest';
import { makeReport, makeSection } from '../testing/index.js';
import { parseReport as parseInBrowser } from '../schema/report-parser.browser.js';
import { parseDeadlines } from './deadlines.js';
import { fromZodIssues } from './schema-issues.js';
import { validateReport } from './validate-report.js';

const now = new Date('2026-01-01');

/** [code, path, zh-CN, en] of each shape issue, from zod (as on a server). */
function shapeIssues(input: unknown) {
  return validateReport(input, { now }).issues.map((i) => [
    i.code,
    i.path.join('.'),
    i.messages['zh-CN'],
    i.messages.en,
  ]);
}

describe('fromZodIssues', () => {
  it('asks for an empty required text to be filled in, as for a missing one', () => {
    expect(shapeIssues(makeReport({ title: '' }))).toEqual([
      ['required', 'title', '请填写报告标题。', 'Please fill in the report title.'],
    ]);
    expect(shapeIssues({ ...makeReport(), issuer: '  ' })).toEqual([
      ['required', 'issuer', '请填写落款单位。', 'Please fill in the issuing body.'],
    ]);
    expect(shapeIssues({ ...makeReport(), issuer: undefined })).toEqual([
      ['required', 'issuer', '请填写落款单位。', 'Please fill in the issuing body.'],
    ]);
  });

  it('asks for an empty date to be filled in, but names the format of a wrong one', () => {
    expect(shapeIssues(makeReport({ issuedOn: '' }))).toEqual([
      ['required', 'issuedOn', '请填写落款日期。', 'Please fill in the date of issue.'],
    ]);
    expect(shapeIssues(makeReport({ issuedOn: 'yesterday' }))).toEqual([
      [
        'invalid_format',
        'issuedOn',
        '落款日期的格式不对：日期请按 年-月-日 写，如 2025-01-20。',
        'Date of issue is not in the right format: a date as year-month-day, such as 2025-01-20.',
      ],
    ]);
  });

  it('says what a division code looks like instead of naming a pattern', () => {
    expect(shapeIssues(makeReport({ unit: { name: '示例镇', level: 'town', code: '14052' } }))).toEqual([
      [
        'invalid_format',
        'unit.code',
        '行政区划代码的格式不对：应为 6 位、9 位或 12 位数字。',
        'Administrative division code is not in the right format: six, nine or twelve digits.',
      ],
    ]);
  });

  it('gives the browser’s shape checker the same words', () => {
    for (const report of [
      makeReport({ title: '', issuedOn: '' }),
      makeReport({ issuer: ' ', issuedOn: 'yesterday' }),
    ]) {
      const result = parseInBrowser(report);
      const inBrowser = result.success
        ? []
        : fromZodIssues(result.error.issues, 'zh-CN').map((i) => [
            i.code,
            i.path.join('.'),
            i.messages['zh-CN'],
            i.messages.en,
          ]);
      expect(inBrowser).toEqual(shapeIssues(report));
    }
  });

  it('names bounds as a person would: a year, a length in characters', () => {
    expect(shapeIssues(makeReport({ year: 1800 }))).toEqual([
      ['too_small', 'year', '报告年度至少为 1990。', 'Reporting year must be at least 1990.'],
    ]);
    expect(shapeIssues(makeReport({ sections: [makeSection('measures', { id: 'x'.repeat(65) })] }))).toEqual([
      ['too_big', 'sections.0.id', '章节编号不能超过 64 个字。', 'Section id cannot be more than 64 characters.'],
    ]);
  });

  it('names a wrong type without jargon', () => {
    expect(shapeIssues({ ...makeReport(), year: '2023' })).toEqual([
      ['invalid_type', 'year', '报告年度应为数字。', 'Reporting year should be a number.'],
    ]);
  });

  it('asks for an empty month-day of a deadline file to be filled in', () => {
    expect(parseDeadlines({ publish: '' })).toMatchObject({
      ok: false,
      issues: [{ code: 'required', message: '请填写公开截止日。' }],
    });
    expect(parseDeadlines({ publish: '4-1' })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_format', message: '公开截止日的格式不对：应为“月-日”，如 01-31。' }],
    });
  });
});
