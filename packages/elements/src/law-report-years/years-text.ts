import type { Locale, yearsMessages } from '@law-report/core/model';

/** The years view's strings in one locale. */
export type YearsMessages = (typeof yearsMessages)[Locale];

/** The years between the first and the last that have no report. */
export function gapOf(years: readonly number[]): number[] {
  const gap: number[] = [];
  for (let at = 1; at < years.length; at++)
    for (let year = (years[at - 1] ?? 0) + 1; year < (years[at] ?? 0); year++) gap.push(year);
  return gap;
}
