import { describe, expect, it } from 'vitest';
import { findings, makeReport } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

describe('issue-date', () => {
  it('passes for a report issued after its year', () => {
    expect(findings(makeReport({ issuedOn: '2024-01-20' }), 'issued_before_period_end')).toEqual([]);
  });

  it('only warns for a report signed in December of its own year', () => {
    expect(findings(makeReport({ issuedOn: '2023-12-20' }), 'issued_before_period_end')).toEqual([
      ['warning', 'issuedOn'],
    ]);
  });

  it('is an error for a date of issue well inside the reporting year', () => {
    expect(findings(makeReport({ issuedOn: '2023-06-01' }), 'issued_before_period_end')).toEqual([
      ['error', 'issuedOn'],
    ]);
  });

  it('says the date is before the year, not inside it, for a report signed before its year began', () => {
    const report = makeReport({ year: 2026, issuedOn: '2024-01-25' });
    expect(findings(report, 'issued_before_year')).toEqual([['error', 'issuedOn']]);
    expect(findings(report, 'issued_before_period_end')).toEqual([]);
    const [issue] = validateReport(report, { profile: 'submit' }).issues.filter(
      (one) => one.code === 'issued_before_year',
    );
    expect(issue?.message).toBe('落款日期 2024年1月25日 早于报告年度 2026 年：请核对报告年度和落款日期。');
  });

  it('is an error for dates after today', () => {
    const report = makeReport({ issuedOn: '2024-01-20', publishedOn: '2024-03-01' });
    expect(findings(report, 'issued_in_future', { now: new Date('2024-02-01') })).toEqual([['error', 'publishedOn']]);
  });
});
