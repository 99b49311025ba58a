import { daysLate, dueDates, submissionDelay } from '../deadlines.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

/** The report was submitted and published by the deadlines of the unit's level. */
export const deadlines: RuleCheck = {
  name: 'deadlines',
  profiles: SUBMIT_AND_PUBLISH,
  check(report, context) {
    const due = dueDates(report.year, report.unit.level, context.deadlines);
    const submission = submissionDelay(report, context.deadlines);
    if (submission.days > 0) {
      context.report('late_submission', 'warning', [report.submittedOn ? 'submittedOn' : 'issuedOn'], submission);
    }
    if (report.publishedOn !== undefined && report.publishedOn > due.publishBy) {
      context.report('late_publication', 'warning', ['publishedOn'], {
        date: report.publishedOn,
        deadline: due.publishBy,
        days: daysLate(report.publishedOn, due.publishBy),
      });
    }
  },
};

/** What `deadlines` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const deadlinesDoc: RuleDoc = {
  name: 'deadlines',
  description: {
    'zh-CN':
      '按单位层级的截止日期报送和公开（默认次年3月1日前报送、4月1日前公开，可配置）；未填报送日期时以落款日期判断。',
    en: "Submitted and published by the unit level's deadlines (by default 1 March and 1 April of the next year, configurable); without a submission date the date of issue is used.",
  },
  codes: { late_submission: 'warning', late_publication: 'warning' },
};
