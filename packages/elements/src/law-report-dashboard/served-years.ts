import { reportingYear, type AggregateResult, type Catalog } from '@law-report/core/model';
import { judgedBy, type CountFrom, type JudgedBy } from '../internal/aggregate-review.js';
import { fetchCountedAggregate, listYears } from '../internal/collection-client.js';
import { fetchInfo } from '../internal/unit-client.js';

/** A year as a collection server serves it to the dashboard. */
export interface Served {
  /** The years to offer: the year being reported now first, then every year the server holds, newest first. */
  readonly years: readonly number[];
  /** The year shown. */
  readonly year: number;
  /** The year's aggregate, counted as asked, or the server's message why not (none: no connection). */
  readonly aggregate: AggregateResult | { readonly error: string | undefined };
  /** The server's own aggregate of the year before, counted alike; undefined when it holds no report on that year. */
  readonly previous: AggregateResult | undefined;
  /** The county's name, when the server knows it. */
  readonly county: string | undefined;
  /** The county's own indicators with the built-in ones (`serve --catalog`), when it keeps any. */
  readonly catalog: Catalog | undefined;
  /** The deadlines the server judged the year by. */
  readonly judgedBy: JudgedBy | undefined;
  /** Which reports the aggregates count, as asked: the sheet of a `filed` count is named apart. */
  readonly countFrom: CountFrom;
}

/**
 * What the dashboard shows from a server: the years it holds, the year asked for (by default
 * the year being reported if the server holds reports on it, else the newest it holds), that
 * year's aggregate and, only when the server holds reports on the year before, that year's too
 * for the change, and the county's name and its own indicators (`GET /info`). Never throws; `{ error }` when the
 * server cannot even list its years.
 *
 * @example const served = await loadServed('/api', token, 'zh-CN', undefined, 'filed');
 */
export async function loadServed(
  endpoint: string,
  token: string | undefined,
  locale: string,
  year: number | undefined,
  countFrom: CountFrom,
): Promise<Served | { readonly error: string | undefined }> {
  const held = await listYears(endpoint, token, locale);
  if (!Array.isArray(held)) return held as { readonly error: string | undefined };
  const current = reportingYear();
  const shown = year ?? (held.includes(current) ? current : (held[0] ?? current));

  const [aggregate, previous, info] = await Promise.all([
    fetchCountedAggregate(endpoint, token, locale, shown, countFrom),
    held.includes(shown - 1) ? fetchCountedAggregate(endpoint, token, locale, shown - 1, countFrom) : undefined,
    // The county's name and its own indicators: the server totalled them by its catalog, the page names them by it.
    fetchInfo(endpoint, token, locale),
  ]);
  return {
    years: offeredYears(held, current, shown),
    year: shown,
    aggregate,
    previous: previous && !('error' in previous) ? previous : undefined,
    county: info.county,
    catalog: info.catalog,
    judgedBy: judgedBy(aggregate),
    countFrom,
  };
}

/**
 * The years a county can choose: the year being reported first, then every year back to the oldest
 * the server holds, those without a single report too (who has not sent its 2025 report is what a
 * county asks of a year no unit sent), and the one asked for. At most 50 years back.
 *
 * @example offeredYears([2023, 2022], 2026, 2023) // [2026, 2025, 2024, 2023, 2022]
 */
export function offeredYears(held: readonly number[], current: number, shown: number): number[] {
  const oldest = Math.max(current - 50, Math.min(current, ...held));
  const between = Array.from({ length: current - oldest }, (_, i) => current - 1 - i);
  const others = [...new Set([...held, shown, ...between])].filter((one) => one !== current).sort((a, b) => b - a);
  return [current, ...others];
}

export { renderControls, renderJudgedBy, type ControlsView } from './served-controls.js';
