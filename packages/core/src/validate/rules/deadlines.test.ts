import { describe, expect, it } from 'vitest';
import { findings, makeReport } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

describe('deadlines', () => {
  it('passes a department report submitted by 3月1日', () => {
    const report = makeReport({ unit: { name: '县司法局', level: 'department' }, submittedOn: '2024-03-01' });
    expect(findings(report, 'late_submission')).toEqual([]);
  });

  it('warns about a report submitted after 3月1日, counting the days', () => {
    const report = makeReport({ unit: { name: '县司法局', level: 'department' }, submittedOn: '2024-03-05' });
    const issue = validateReport(report, { now: new Date('2026-01-01') }).issues.find(
      (i) => i.code === 'late_submission',
    );
    expect(issue).toMatchObject({ severity: 'warning', path: ['submittedOn'] });
    expect(issue?.message).toContain('逾期 4 天');
  });

  it('uses the county’s earlier deadline for towns', () => {
    const report = makeReport({ issuedOn: '2024-02-10' });
    expect(findings(report, 'late_submission')).toEqual([]);
    expect(findings(report, 'late_submission', { deadlines: { submit: { town: '01-31' } } })).toEqual([
      ['warning', 'issuedOn'],
    ]);
  });

  it('warns about publication after 4月1日', () => {
    expect(findings(makeReport({ publishedOn: '2024-04-02' }), 'late_publication')).toEqual([
      ['warning', 'publishedOn'],
    ]);
    expect(findings(makeReport({ publishedOn: '2024-04-01' }), 'late_publication')).toEqual([]);
  });

  it('applies the first-quarter rule to reports on years before 2019', () => {
    const report = makeReport({ year: 2017, title: '2017年报告', issuedOn: '2018-03-20', sections: [] });
    expect(findings(report, 'late_submission')).toEqual([]);
    expect(findings({ ...report, issuedOn: '2018-04-02' }, 'late_submission')).toEqual([['warning', 'issuedOn']]);
  });
});
