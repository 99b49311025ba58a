import { describe, expect, it } from 'vitest';
import { judgedSubmission } from '../../domain/judged-submission.js';
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
    expect(findings(report, 'late_issued', { deadlines: { submit: { town: '01-31' } } })).toEqual([
      ['warning', 'issuedOn'],
    ]);
  });

  it('names the 落款 as the date judged when no 报送日期 is given, never calling it the 报送日期', () => {
    const report = makeReport({ issuedOn: '2024-02-10' });
    const [issue] = validateReport(report, {
      now: new Date('2026-01-01'),
      deadlines: { submit: { town: '01-31' } },
    }).issues.filter((one) => one.code.startsWith('late_'));
    expect(issue).toMatchObject({ code: 'late_issued', path: ['issuedOn'] });
    expect(issue?.message).toBe(
      '没有填写报送日期，按落款日期 2024年2月10日 判断，晚于截止日期 2024年1月31日（逾期 10 天）；如果是按时报送的，请填写报送日期。',
    );
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
    expect(findings({ ...report, issuedOn: '2018-04-02' }, 'late_issued')).toEqual([['warning', 'issuedOn']]);
  });

  describe('judged by the day the county first received the report', () => {
    // A town due by 31 January; the county's first receipt, as its collection server keeps it.
    const deadlines = { submit: { town: '01-31' as const } };
    const received = (at: string) => ({ at, loaded: false });
    const late = (report: ReturnType<typeof makeReport>, judged: ReturnType<typeof judgedSubmission>) =>
      validateReport(report, { now: new Date('2026-01-01'), deadlines, judged }).issues.filter((issue) =>
        issue.code.startsWith('late_'),
      );

    it('warns of a receipt after the deadline, naming it the county’s and the date the unit typed beside it', () => {
      const report = makeReport({ issuedOn: '2024-01-18', submittedOn: '2024-01-20' });
      const judged = judgedSubmission(report, received('2024-02-03T02:00:00Z'));
      expect(late(report, judged)).toEqual([
        expect.objectContaining({
          code: 'late_receipt_typed',
          severity: 'warning',
          path: ['submittedOn'],
          message:
            '县里收到报告的日期 2024年2月3日 晚于截止日期 2024年1月31日（逾期 3 天；是否逾期按县里首次收到的日期判断，报告中填写的报送日期是 2024年1月20日）。',
          params: { date: '2024-02-03', deadline: '2024-01-31', days: 3, typed: '2024-01-20' },
        }),
      ]);
    });

    it('warns of a late receipt of a report with no 报送日期 typed as the county’s receipt', () => {
      const report = makeReport({ issuedOn: '2024-01-18' });
      const judged = judgedSubmission(report, received('2024-02-01'));
      expect(late(report, judged).map((issue) => [issue.code, issue.path.join('.'), issue.messages.en])).toEqual([
        [
          'late_receipt',
          'submittedOn',
          'The county received the report on 2024-02-01, after the deadline 2024-01-31 (1 day late; lateness is judged by the day the county first received it).',
        ],
      ]);
    });

    it('says nothing of a report received on time, though the 报送日期 typed in it is late', () => {
      const report = makeReport({ issuedOn: '2024-01-18', submittedOn: '2024-02-10' });
      expect(findings(report, 'late_submission', { deadlines })).toEqual([['warning', 'submittedOn']]);
      expect(late(report, judgedSubmission(report, received('2024-01-30T02:00:00Z')))).toEqual([]);
    });

    it('says late_submission of a late receipt on the very day the unit typed', () => {
      const report = makeReport({ issuedOn: '2024-01-18', submittedOn: '2024-02-03' });
      const judged = judgedSubmission(report, received('2024-02-03T02:00:00Z'));
      expect(late(report, judged).map((issue) => [issue.code, issue.path.join('.'), issue.message])).toEqual([
        ['late_submission', 'submittedOn', '报送日期 2024年2月3日 晚于截止日期 2024年1月31日（逾期 3 天）。'],
      ]);
    });

    it('judges a report on its own by its own dates, as without the option', () => {
      const report = makeReport({ issuedOn: '2024-02-10' });
      expect(late(report, judgedSubmission(report)).map((issue) => [issue.code, issue.path.join('.')])).toEqual([
        ['late_issued', 'issuedOn'],
      ]);
    });

    it('refuses a judged date that is no date, as misuse', () => {
      const report = makeReport();
      expect(() =>
        validateReport(report, { judged: { on: '3 February', kind: 'received', differsFromTyped: true } }),
      ).toThrow(TypeError);
    });
  });
});
