import { aggregateMessages } from '../i18n/aggregate-messages.js';
import { formatMessage } from '../i18n/messages.js';
import type { Qualifier } from '../schema/enums.js';
import { parseReport } from '#report-parser';
import type { AggregateOptions } from './aggregate-options.js';
import type { AggregateResult, InputSource, Skipped, Superseded, UnitStatus } from './aggregate-result.js';
import { createAggregator, type Aggregator } from './aggregator.js';
import { notAReportReason } from './not-a-report-reason.js';
import { compareAggregates, type AggregateComparison } from './compare-aggregates.js';
import type { RosterEntry } from './roster.js';

/** Options of {@link aggregateYears}: those of one year's aggregate, and the years to keep. */
export interface YearsOptions extends Omit<AggregateOptions, 'year'> {
  /** The first year to keep; reports on earlier years are listed in `skipped`. */
  readonly from?: number;
  /** The last year to keep; reports on later years are listed in `skipped`. */
  readonly to?: number;
}

/** One year of one indicator in a county's run of years: the year's total and how many units gave it. */
export interface YearPoint {
  readonly year: number;
  /** The units' figures for the year added up (scope `year` only), in `unit`. */
  readonly total: number;
  /** The weakest qualifier among them: `over` makes the total a lower bound. */
  readonly qualifier: Qualifier;
  readonly unit: string;
  /** How many units gave the figure that year: a total of 3 units is not one of 30. */
  readonly reporting: number;
}

/** One year of a rate, recomputed from the summed numerators and denominators. */
export interface RatePoint {
  readonly year: number;
  /** Percent; `null` when no unit gave both parts. */
  readonly value: number | null;
  readonly reporting: number;
}

/** What one unit did in one year. */
export interface UnitYear {
  readonly status: UnitStatus;
  readonly submittedOn: string | null;
  /** The day it was published, when it was (the county's day for a report on a collection server). */
  readonly publishedOn?: string;
  /** How many indicators it gave a figure for (the year's own figures). */
  readonly figures: number;
  /** The file (and line) its counted report came from. */
  readonly source: InputSource | null;
}

/** A county over several years: each year's aggregate, each indicator's run, each unit's row. */
export interface YearsResult {
  /** The years that have at least one report, ascending. */
  readonly years: readonly number[];
  /** Each year's aggregate, with each unit's figures (`unitsDetail[].values`). */
  readonly byYear: Readonly<Record<number, AggregateResult>>;
  /** Per indicator, one point per entry of `years` (`null` where no unit gave it). */
  readonly series: Readonly<Record<string, readonly (YearPoint | null)[]>>;
  /** Per rate, one point per entry of `years` (`null` where no unit gave either part). */
  readonly rates: Readonly<Record<string, readonly (RatePoint | null)[]>>;
  /** Each year against the year before it in `years`, like for like (units that gave a figure both years). */
  readonly changes: readonly AggregateComparison[];
  /** The first year against the last, like for like; `null` with fewer than two years. */
  readonly span: AggregateComparison | null;
  /** Every unit seen (or on the roster), by name, with what it did each year. */
  readonly units: readonly { readonly name: string; readonly years: Readonly<Record<number, UnitYear>> }[];
  /** Inputs that are not reports, or on a year outside `from`–`to`: listed, never dropped silently. */
  readonly skipped: readonly Skipped[];
  /** Reports a later one of the same unit and year replaced, with that year. */
  readonly superseded: readonly (Superseded & { readonly year: number })[];
}

/** Accumulates reports of any years; {@link YearsAggregator.result} gives the run of years. */
export interface YearsAggregator {
  /** Adds one report of any year (any value: it is parsed, never trusted); `false` when it is skipped. */
  add(input: unknown, source?: InputSource): boolean;
  /** Records an input that could not even be read (a broken Word file). */
  skip(skipped: Skipped): void;
  /** The run of years so far. */
  result(): YearsResult;
}

/**
 * Starts an aggregation of a county's reports over several years: one aggregator per year, so
 * every year is counted by the same rules as a single year (latest report per unit, roster,
 * the year's own figures only).
 *
 * @example
 * const decade = createYearsAggregator({ roster, from: 2015, to: 2024 });
 * for (const report of reports) decade.add(report);
 * decade.result().series['disputes.handled'] // one point per year
 */
export function createYearsAggregator(options: YearsOptions = {}): YearsAggregator {
  const locale = options.locale ?? 'zh-CN';
  const perYear = new Map<number, Aggregator>();
  const skipped: Skipped[] = [];
  return {
    add(input, source = { file: '-' }) {
      const parsed = parseReport(input);
      if (!parsed.success) {
        skipped.push({ ...source, code: 'not_a_report', reason: notAReportReason(parsed.error.issues, locale) });
        return false;
      }
      const { year } = parsed.data;
      if ((options.from !== undefined && year < options.from) || (options.to !== undefined && year > options.to)) {
        const reason = formatMessage(aggregateMessages[locale].outsideYears, {
          found: year,
          from: options.from ?? '…',
          to: options.to ?? '…',
        });
        skipped.push({ ...source, code: 'other_year', reason });
        return false;
      }
      let aggregator = perYear.get(year);
      if (!aggregator) {
        aggregator = createAggregator({
          ...options,
          year,
          ...(options.roster ? { roster: rosterFor(options.roster, year) } : {}),
        });
        perYear.set(year, aggregator);
      }
      return aggregator.add(parsed.data, source);
    },
    skip(unreadable) {
      skipped.push(unreadable);
    },
    result() {
      const years = [...perYear.keys()].sort((a, b) => a - b);
      const results = years.map((year) => perYear.get(year)?.result({ unitValues: true }) as AggregateResult);
      return yearsResultOf(years, results, skipped);
    },
  };
}

/**
 * A county's run of years in one call: see {@link createYearsAggregator}.
 *
 * @example aggregateYears(reports, { roster }).years // [2019, 2020, 2021, 2022, 2023]
 */
export function aggregateYears(reports: Iterable<unknown>, options: YearsOptions = {}): YearsResult {
  const aggregator = createYearsAggregator(options);
  let line = 0;
  for (const report of reports) aggregator.add(report, { file: '-', line: ++line });
  return aggregator.result();
}

// A roster's own deadline is a day of one year (2024-01-31 is the deadline for reports on 2023):
// other years are judged by their level's deadline, never by a date from another year.
function rosterFor(roster: readonly RosterEntry[], year: number): readonly RosterEntry[] {
  return roster.map((entry) => {
    if (entry.deadline === undefined || entry.deadline.startsWith(`${year + 1}-`)) return entry;
    const { deadline: _other, ...rest } = entry;
    return rest;
  });
}

function yearsResultOf(
  years: readonly number[],
  results: readonly AggregateResult[],
  skipped: readonly Skipped[],
): YearsResult {
  const byYear: Record<number, AggregateResult> = {};
  const series: Record<string, (YearPoint | null)[]> = {};
  const rates: Record<string, (RatePoint | null)[]> = {};
  const units = new Map<string, Record<number, UnitYear>>();
  results.forEach((result, at) => {
    byYear[result.year] = result;
    for (const [key, total] of Object.entries(result.indicators)) {
      const run = (series[key] ??= years.map(() => null));
      run[at] = {
        year: result.year,
        total: total.total,
        qualifier: total.qualifier,
        unit: total.unit,
        reporting: total.reporting,
      };
    }
    for (const [key, rate] of Object.entries(result.rates)) {
      const run = (rates[key] ??= years.map(() => null));
      run[at] = { year: result.year, value: rate.value, reporting: rate.reporting };
    }
    for (const unit of result.unitsDetail) {
      const row = units.get(unit.name) ?? {};
      row[result.year] = {
        status: unit.status,
        submittedOn: unit.submittedOn,
        ...(unit.publishedOn ? { publishedOn: unit.publishedOn } : {}),
        figures: Object.keys(unit.values ?? {}).length,
        source: unit.source,
      };
      units.set(unit.name, row);
    }
  });
  const changes = results.slice(1).map((result, at) => compareAggregates(results[at] as AggregateResult, result));
  const first = results[0];
  const last = results.at(-1);
  return {
    years,
    byYear,
    series,
    rates,
    changes,
    span: first && last && first !== last ? compareAggregates(first, last) : null,
    units: [...units]
      .map(([name, row]) => ({ name, years: row }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    skipped,
    superseded: results.flatMap((result) => result.superseded.map((one) => ({ ...one, year: result.year }))),
  };
}
