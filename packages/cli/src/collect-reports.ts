import { createAggregator, type AggregateOptions, type Aggregator, type Skipped } from '@law-report/core';
import { formatSource, type InputItem, type InputSource } from './inputs.js';

/** The options every aggregator of one run is made with, but the year. */
export type RunOptions = Omit<AggregateOptions, 'year'>;

/**
 * What reading the inputs of `law-report aggregate` gathered: one aggregator for `--year`, or
 * one per year found (the latest is reported, the others are named as skipped), the values
 * with no year to route by, and the inputs that could not be read.
 */
export interface Collected {
  fixed: Aggregator | undefined;
  readonly years: Map<number, { aggregator: Aggregator; read: InputSource[] }>;
  readonly noYear: [unknown, InputSource][];
  readonly fileSkips: Skipped[];
  read: number;
  onlyMissing: boolean;
}

/** An empty collection for `year` (or, without one, for whatever years are read). */
export function emptyCollected(year: number | undefined, options: RunOptions): Collected {
  return {
    fixed: year === undefined ? undefined : createAggregator({ ...options, year }),
    years: new Map(),
    noYear: [],
    fileSkips: [],
    read: 0,
    onlyMissing: true,
  };
}

/**
 * Adds a batch of inputs. Without `--year`, each report goes to the aggregator of its own
 * `year` (read without parsing; that aggregator checks the rest).
 */
export function collect(into: Collected, batch: readonly InputItem[], options: RunOptions): void {
  for (const item of batch) {
    const source: InputSource =
      item.source.index === undefined
        ? { file: item.source.file, ...(item.source.line ? { line: item.source.line } : {}) }
        : { file: formatSource(item.source) };
    if ('error' in item) {
      into.fileSkips.push({ ...source, code: item.code, reason: item.error });
      if (item.code !== 'unreadable') into.onlyMissing = false;
      continue;
    }
    into.read += 1;
    into.onlyMissing = false;
    if (into.fixed) {
      into.fixed.add(item.value, source);
      continue;
    }
    const reportYear = yearOf(item.value);
    if (reportYear === undefined) {
      into.noYear.push([item.value, source]);
      continue;
    }
    let entry = into.years.get(reportYear);
    if (!entry) {
      entry = { aggregator: createAggregator({ ...options, year: reportYear }), read: [] };
      into.years.set(reportYear, entry);
    }
    if (entry.aggregator.add(item.value, source)) entry.read.push(source);
  }
}

// A report's own year, read without parsing it: the aggregator of that year checks the rest.
function yearOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('year' in value)) return undefined;
  // Only years a report can have: hostile input must not open an aggregator per number.
  const year = value.year;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
}
