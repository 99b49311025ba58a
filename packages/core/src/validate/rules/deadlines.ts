import { daysLate, dueDates, lateSubmission } from '../deadlines.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

/**
 * The report was submitted and published by the deadlines of the unit's level: submitted on the
 * date the county judges by when validation is given it (`judged`, a county's first receipt), else
 * on the report's own 报送日期, else its 落款.
 */
export const deadlines: RuleCheck = {
  name: 'deadlines',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['year', 'unit'],
  check(report, context) {
    const due = dueDates(report.year, report.unit.level, context.deadlines);
    const late = lateSubmission(report, due.submitBy, context.judged);
    if (late) context.report(late.code, 'warning', late.path, late.params);
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
      '按单位层级的截止日期报送和公开（默认次年3月1日前报送、4月1日前公开，可配置）；未填报送日期时以落款日期判断。给出县里判断的日期（judged，如县里首次收到报告的日期）时按这个日期判断；它不是单位填写的报送日期时，警告写明这是县里收到报告的日期。',
    en: "Submitted and published by the unit level's deadlines (by default 1 March and 1 April of the next year, configurable); without a submission date the date of issue is used. Given the date the county judges by (judged, such as the day it first received the report), that date is used, and a warning names it as the county's receipt when it is not the submission date the unit wrote.",
  },
  codes: {
    late_submission: 'warning',
    late_issued: 'warning',
    late_receipt: 'warning',
    late_receipt_typed: 'warning',
    late_publication: 'warning',
  },
};
