import { describe, expect, it } from 'vitest';
import { findings, makeReport } from '../../testing/index.js';

describe('issue-date', () => {
  it('passes for a report issued after its year', () => {
    expect(findings(makeReport({ issuedOn: '2024-01-20' }), 'issued_before_period_end')).toEqual([]);
  });

  it('only warns for a report signed in December of its own year', () => {
    expect(findings(makeReport({ issuedOn: '2023-12-20' }), 'issued_before_period_end')).toEqual([['warning', 'issuedOn']]);
  });

  it('is an error for a date of issue well inside the reporting year', () => {
    expect(findings(makeReport({ issuedOn: '2023-06-01' }), 'issued_before_period_end')).toEqual([['error', 'issuedOn']]);
  });

  it('is an error for dates after today', () => {
    const report = makeReport({ issuedOn: '2024-01-20', publishedOn: '2024-03-01' });
    expect(findings(report, 'issued_in_future', { now: new Date('2024-02-01') })).toEqual([['error', 'publishedOn']]);
  });
});
