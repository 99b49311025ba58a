import { formatQualified, type Locale, type Metric, type yearsMessages } from '@law-report/core/model';

/** The years view's strings in one locale. */
export type YearsMessages = (typeof yearsMessages)[Locale];

/**
 * A change written with its sign and its percentage: +12（+85.71%）, −10（−50%）; in English with
 * English brackets. A change of bounds keeps its qualifier (约23).
 */
export function signed(change: number, percent: number | null, locale: Locale, qualifier: Metric['qualifier']): string {
  const magnitude = formatQualified(Math.abs(change), qualifier, locale);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const percentSign = percent !== null && percent > 0 ? '+' : percent !== null && percent < 0 ? '−' : '';
  const ratio =
    percent === null
      ? ''
      : locale === 'zh-CN'
        ? `（${percentSign}${Math.abs(percent)}%）`
        : ` (${percentSign}${Math.abs(percent)}%)`;
  return `${sign}${magnitude}${ratio}`;
}

/** The years between the first and the last that have no report. */
export function gapOf(years: readonly number[]): number[] {
  const gap: number[] = [];
  for (let at = 1; at < years.length; at++)
    for (let year = (years[at - 1] ?? 0) + 1; year < (years[at] ?? 0); year++) gap.push(year);
  return gap;
}
