import { aggregateMessages } from '../i18n/aggregate-messages.js';
import { formatMessage, type Locale } from '../i18n/messages.js';
import { formatPath } from '../validate/issue.js';
import { fromZodIssues } from '../validate/schema-issues.js';

/**
 * Why an input is not a report, as the aggregation lists it: the first problem the shape check
 * found, with its path, in `locale`. For whatever else routes inputs to aggregators (a run of years).
 *
 * @example notAReportReason(parseReport({}).error.issues, 'zh-CN') // '不是有效的报告：title: …'
 */
export function notAReportReason(issues: Parameters<typeof fromZodIssues>[0], locale: Locale): string {
  const first = fromZodIssues(issues.slice(0, 1), locale)[0];
  const detail = first ? `${formatPath(first.path) || '-'}: ${first.message}` : '';
  return formatMessage(aggregateMessages[locale].notAReport, { detail });
}
