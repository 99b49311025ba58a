import {
  aggregate,
  compareAggregates,
  reportingYear,
  type AggregateComparison,
  type AggregateResult,
  type Catalog,
  type DeadlineOverrides,
  type Locale,
  type RosterEntry,
} from '@law-report/core/model';
import { reviewOf, type AggregateReview } from '../internal/aggregate-review.js';
import { problemOf } from '../internal/aggregate-problem.js';
import { stringsOf } from '../internal/strings.js';
import type { Served } from './served-years.js';

/** What the dashboard shows a year from: the page's own data, or what a server served. */
export interface DashboardInputs {
  readonly locale: Locale;
  readonly reports: readonly unknown[] | undefined;
  readonly aggregate: AggregateResult | undefined;
  readonly roster: readonly RosterEntry[] | undefined;
  readonly deadlines: DeadlineOverrides | undefined;
  readonly previous: readonly unknown[] | AggregateResult | undefined;
  readonly catalog: Catalog;
  readonly year: number | undefined;
  /** What the server served, only when the dashboard shows the server's data. */
  readonly served: Served | { readonly error: string | undefined } | undefined;
}

/** The year on screen: its aggregate, the review states in it, the change from the year before, or why none. */
export interface DashboardData {
  readonly result: AggregateResult | undefined;
  readonly review: AggregateReview | undefined;
  readonly comparison: AggregateComparison | undefined;
  /** Why nothing is shown: the server's message, no connection, or bad deadline overrides. */
  readonly problem: string | undefined;
}

/**
 * The dashboard's year from its inputs, by core's aggregator: an aggregate given is used as it
 * is; reports are aggregated for the year asked (by default the latest among them) with each
 * unit's values, so the change from last year compares the same units; a server's answer is
 * shown as served. Never throws: a bad deadline override or a malformed aggregate is the problem
 * shown instead.
 *
 * @example dashboardData({ locale: 'zh-CN', reports, aggregate: undefined, roster, deadlines: undefined, previous: undefined, catalog: defaultCatalog, year: 2023, served: undefined })
 */
export function dashboardData(inputs: DashboardInputs): DashboardData {
  const { locale, served } = inputs;
  try {
    let result: AggregateResult | undefined;
    let problem: string | undefined;
    if (inputs.aggregate) {
      result = inputs.aggregate;
    } else if (inputs.reports) {
      const year = inputs.year ?? latestYear(inputs.reports) ?? reportingYear();
      result = aggregate(inputs.reports, { ...optionsOf(inputs, year), locale, unitValues: true });
    } else if (served) {
      const answer = 'years' in served ? served.aggregate : served;
      if ('error' in answer) problem = answer.error ?? stringsOf(locale).dashboard.offline;
      else result = answer;
    }
    // From a server, its own year before (none when it holds none); else what the page gave.
    const given = served ? ('years' in served ? served.previous : undefined) : inputs.previous;
    let comparison: AggregateComparison | undefined;
    if (result && given) {
      const previous = Array.isArray(given)
        ? aggregate(given, { ...optionsOf(inputs, result.year - 1), locale, unitValues: true })
        : (given as AggregateResult);
      // An aggregate given without unit values has nothing to compare like for like.
      if (result.unitsDetail.some((unit) => unit.values) && previous.unitsDetail.some((unit) => unit.values)) {
        comparison = compareAggregates(previous, result);
      }
    }
    return { result, review: reviewOf(result), comparison, problem };
  } catch (error) {
    return { result: undefined, review: undefined, comparison: undefined, problem: problemOf(error, locale) };
  }
}

// The aggregator's options for a year: the county's roster, deadlines and catalog.
function optionsOf(inputs: DashboardInputs, year: number) {
  return {
    year,
    catalog: inputs.catalog,
    ...(inputs.roster ? { roster: inputs.roster } : {}),
    ...(inputs.deadlines ? { deadlines: inputs.deadlines } : {}),
  };
}

// The latest year among reports given as any values (each is parsed later, never trusted).
function latestYear(reports: readonly unknown[]): number | undefined {
  let latest: number | undefined;
  for (const report of reports) {
    const year = typeof report === 'object' && report !== null ? (report as { year?: unknown }).year : undefined;
    if (typeof year === 'number' && Number.isInteger(year) && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}
