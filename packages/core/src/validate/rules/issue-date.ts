import { localized } from '../../i18n/messages.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

const dateFields = ['issuedOn', 'submittedOn', 'publishedOn'] as const;

/** The report is issued after the year it covers, and no date lies in the future. */
export const issueDate: RuleCheck = {
  name: 'issue-date',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['year'],
  check(report, context) {
    const { year, issuedOn } = report;
    if (issuedOn !== '' && issuedOn < `${year}-01-01`) {
      // Signed before the year it reports on began: the year or the date is wrong, and the message says which two disagree.
      context.report('issued_before_year', 'error', ['issuedOn'], { issuedOn, year });
    } else if (issuedOn <= `${year}-12-31`) {
      // Year-end reports are often signed in December; earlier than that is a wrong year.
      const severity = issuedOn >= `${year}-12-01` ? 'warning' : 'error';
      context.report('issued_before_period_end', severity, ['issuedOn'], { issuedOn, year });
    }
    for (const key of dateFields) {
      const date = report[key];
      if (date === undefined || date <= context.today) continue;
      context.report(
        'issued_in_future',
        'error',
        [key],
        localized((m) => ({ field: m.fields[key], date, today: context.today })),
      );
    }
  },
};

/** What `issue-date` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const issueDateDoc: RuleDoc = {
  name: 'issue-date',
  description: {
    'zh-CN':
      '落款日期在报告年度结束之后（同年12月成文只警告；早于报告年度的，多半是年度或日期填错了）；各日期不晚于今天。',
    en: 'The date of issue is after the reporting year (December of that year only warns; a date before the year usually means a wrong year or date); no date is after today.',
  },
  codes: { issued_before_year: 'error', issued_before_period_end: 'error or warning', issued_in_future: 'error' },
};
