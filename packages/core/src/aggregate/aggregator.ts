import { aggregateMessages } from '../i18n/aggregate-messages.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { parseReport } from '#report-parser';
import { formatMessage } from '../i18n/messages.js';
import { resolveDeadlines } from '../validate/deadlines.js';
import * as z from 'zod/mini';
import type { AggregateOptions, ResultOptions } from './aggregate-options.js';
import type { AggregateResult, InputSource, Skipped } from './aggregate-result.js';
import type { AggregatorState } from './aggregator-state.js';
import { keepLatest } from './keep-latest.js';
import { mergeState } from './merge-state.js';
import { notAReportReason } from './not-a-report-reason.js';
import { restoreSnapshot } from './restore-snapshot.js';
import { resultOf } from './result-of.js';
import { createTotals } from './running-totals.js';
import { AggregatorSnapshotSchema, type AggregatorSnapshot } from './snapshot.js';
import { snapshotOf } from './snapshot-of.js';
import { catalogIndex } from './unit-figures.js';
import { unitEntry } from './unit-entry.js';
import { rosterMatcher } from './unit-key.js';

/** Accumulates reports; merge shards in any order and grouping, the result is the same. */
export interface Aggregator {
  /**
   * Adds one report (any value: it is parsed, never trusted). A value that is not a report,
   * or a report on another year, is recorded as skipped with `source`. When a unit reports
   * again, the latest report counts and the other is listed as superseded.
   *
   * @returns whether the report was read (it may still be superseded)
   */
  add(input: unknown, source?: InputSource): boolean;
  /** Records an input that could not even be read. */
  skip(skipped: Skipped): void;
  /** Folds another aggregator (same year and roster) into this one. */
  merge(other: Aggregator): Aggregator;
  /** The aggregate so far; with `unitValues`, each unit's figures in `unitsDetail[].values`. */
  result(options?: ResultOptions): AggregateResult;
  /**
   * The state as plain JSON, to send to another worker or machine and bring back with
   * {@link restoreAggregator} (then `merge`): `JSON.stringify(aggregator)` calls it.
   */
  toJSON(): AggregatorSnapshot;
}

/**
 * Starts an aggregation of one year's reports for a county (or a province: shards merge).
 *
 * @example
 * const county = createAggregator({ year: 2023, roster });
 * for (const report of reports) county.add(report);
 * county.result().units.missing // ['东河镇']
 */
export function createAggregator(options: AggregateOptions): Aggregator {
  if (!Number.isInteger(options.year))
    throw new TypeError(`createAggregator: year must be an integer, not ${String(options.year)}`);
  const deadlines = resolveDeadlines(options.deadlines);
  const catalog = options.catalog ?? defaultCatalog;
  const locale = options.locale ?? 'zh-CN';
  const matcher = options.roster && options.roster.length > 0 ? rosterMatcher(options.roster) : undefined;
  const index = catalogIndex(catalog);
  const state: AggregatorState = {
    options,
    index,
    counted: (entry) => !matcher || entry.roster !== undefined,
    units: new Map(),
    totals: createTotals(index),
    superseded: [],
    skipped: [],
  };
  const aggregator: Aggregator = {
    add(input, source = { file: '-' }) {
      const parsed = parseReport(input);
      if (!parsed.success) {
        state.skipped.push({ ...source, code: 'not_a_report', reason: notAReportReason(parsed.error.issues, locale) });
        return false;
      }
      const report = parsed.data;
      if (report.year !== options.year) {
        const reason = formatMessage(aggregateMessages[locale].otherYear, { found: report.year, year: options.year });
        state.skipped.push({ ...source, code: 'other_year', reason });
        return false;
      }
      keepLatest(state, unitEntry(report, index, matcher, source));
      return true;
    },
    skip(skipped) {
      state.skipped.push(skipped);
    },
    merge(other) {
      const from = states.get(other);
      if (!from)
        throw new TypeError('merge: the argument is not an aggregator made by createAggregator or restoreAggregator');
      mergeState(state, from);
      return aggregator;
    },
    result: (resultOptions) => resultOf(state, deadlines, index, resultOptions?.unitValues === true),
    toJSON: () => snapshotOf(state),
  };
  states.set(aggregator, state);
  return aggregator;
}

// Each aggregator's state, out of the public type: merge reaches another's through here.
const states = new WeakMap<Aggregator, AggregatorState>();

/**
 * Brings back an aggregator from `toJSON()`, made in another worker or on another machine,
 * to `merge` with others. The snapshot is checked before anything is trusted: its shape, and
 * that it was made for the same year, roster and catalog as `options`.
 *
 * @throws TypeError naming what is wrong when the snapshot is malformed or made for other options
 * @example
 * const shard = restoreAggregator(JSON.parse(message), { year: 2023, roster });
 * county.merge(shard);
 */
export function restoreAggregator(snapshot: unknown, options: AggregateOptions): Aggregator {
  const parsed = AggregatorSnapshotSchema.safeParse(snapshot);
  if (!parsed.success)
    throw new TypeError(`restoreAggregator: the snapshot is malformed: ${z.prettifyError(parsed.error)}`);
  const aggregator = createAggregator(options);
  const state = states.get(aggregator);
  if (!state) throw new TypeError('restoreAggregator: internal state missing');
  restoreSnapshot(state, parsed.data);
  return aggregator;
}

/**
 * Aggregates reports in one go. Each input's source is `{ file: '-', line: n }`, numbered from 1
 * in the order given, so `unitsDetail[].source.line - 1` finds a unit's counted report in `reports`.
 *
 * @example aggregate(reports, { year: 2023 }).indicators['disputes.handled']?.total
 */
export function aggregate(reports: Iterable<unknown>, options: AggregateOptions & ResultOptions): AggregateResult {
  const aggregator = createAggregator(options);
  let index = 0;
  for (const report of reports) aggregator.add(report, { file: '-', line: ++index });
  return aggregator.result(options);
}
