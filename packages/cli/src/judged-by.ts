import { formatChinaDate, type AggregateResult, type Locale } from '@law-report/core';
import { listOf, t } from './messages.js';

/** Where the deadlines came from: the --deadlines file, the roster's own column, both, or neither (the defaults). */
export type DeadlineSource = 'sourceFile' | 'sourceRoster' | 'sourceBoth' | 'sourceDefault';

/**
 * Where the deadlines an aggregate was judged by came from.
 *
 * @param file - a --deadlines file was given
 * @param roster - the roster gives some unit a deadline of its own
 * @example sourceOf(true, false) // 'sourceFile'
 */
export function sourceOf(file: boolean, roster: boolean): DeadlineSource {
  return file && roster ? 'sourceBoth' : file ? 'sourceFile' : roster ? 'sourceRoster' : 'sourceDefault';
}

/**
 * The table's line saying which deadlines 按时 and 逾期 were judged by: each submission day with how many units
 * it was theirs (by their level or the roster), the publication day, and where they came from. A county whose own
 * days are not the defaults reads at once why its figures differ from another count's.
 *
 * @example judgedByLine(result, 'zh-CN', { publishBy: '2024-04-01', source: 'sourceDefault' })
 * // '按时与否按截止日期判断：报送 2024年3月1日（16 个单位）；公开 2024年4月1日（全国默认的截止日期；…）'
 */
export function judgedByLine(
  result: AggregateResult,
  locale: Locale,
  judged: { readonly publishBy: string; readonly source: DeadlineSource },
): string {
  const counts = new Map<string, number>();
  for (const unit of result.unitsDetail)
    if (unit.status !== 'unlisted') counts.set(unit.deadline, (counts.get(unit.deadline) ?? 0) + 1);
  const submit = [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, count]) => t(locale, 'deadlineUnits', { date: formatChinaDate(date, locale), count }));
  return t(locale, 'judgedBy', {
    submit: listOf(locale, submit, true),
    publish: formatChinaDate(judged.publishBy, locale),
    source: t(locale, judged.source),
  });
}
