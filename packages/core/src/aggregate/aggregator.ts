import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import type { IndicatorDefinition } from '../catalog/indicator.js';
import { parseReport } from '#report-parser';
import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { Qualifier, SectionKind, UnitLevel } from '../schema/enums.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { dueDates, resolveDeadlines, submissionDate, type DeadlineConfig, type DeadlineOverrides } from '../validate/deadlines.js';
import { formatPath } from '../validate/issue.js';
import { fromZodIssues } from '../validate/schema-issues.js';
import { pickMetrics } from './pick-metrics.js';
import { sumQualifier } from './qualifiers.js';
import type { RosterEntry } from './roster.js';

/** Options of {@link createAggregator} and {@link aggregate}. */
export interface AggregateOptions {
  /** The reporting year; reports on other years are skipped. */
  readonly year: number;
  /** The units the county expects. Without one, every reporting unit is expected. */
  readonly roster?: readonly RosterEntry[];
  /** The county's deadline overrides (a roster entry's own deadline wins). */
  readonly deadlines?: DeadlineOverrides;
  readonly catalog?: Catalog;
  /** The locale of skip reasons. */
  readonly locale?: Locale;
}

/** Where a skipped input came from, and why it was skipped. */
export interface Skipped {
  readonly file: string;
  readonly line?: number;
  readonly reason: string;
}

/** A unit's status for the year. */
export type UnitStatus = 'reported' | 'missing' | 'late' | 'unpublished';

/** The county's view of a year, exactly as `law-report aggregate --format json` prints it. */
export interface AggregateResult {
  readonly year: number;
  readonly units: {
    readonly expected: number;
    readonly reported: number;
    readonly missing: string[];
    readonly late: string[];
    readonly unpublished: string[];
  };
  readonly indicators: Record<string, { total: number; qualifier: Qualifier; reporting: number; min: number; max: number; median: number }>;
  readonly rates: Record<string, { value: number | null; numerator: number; denominator: number; reporting: number; excluded: number }>;
  readonly sections: Record<Exclude<SectionKind, 'preamble'>, number>;
  readonly units_detail: { name: string; status: UnitStatus; completeness: number }[];
  readonly skipped: Skipped[];
}

/** Accumulates reports; merge shards in any order and grouping, the result is the same. */
export interface Aggregator {
  /**
   * Adds one report (any value: it is parsed, never trusted). A value that is not a report,
   * or a report on another year, is recorded as skipped with `source`.
   *
   * @returns whether the report was counted
   */
  add(input: unknown, source?: { file: string; line?: number }): boolean;
  /** Records an input that could not even be read. */
  skip(skipped: Skipped): void;
  /** Folds another aggregator (same year and roster) into this one. */
  merge(other: Aggregator): Aggregator;
  /** The aggregate so far. */
  result(): AggregateResult;
  /** @internal the mergeable state. */
  readonly state: State;
}

interface UnitRecord {
  readonly name: string;
  readonly level: UnitLevel;
  readonly submitted: string;
  readonly published: boolean;
  readonly completeness: number;
}

interface IndicatorState {
  total: number;
  qualifier: Qualifier;
  reporting: number;
  min: number;
  max: number;
  /** value → how many units reported it: exact medians in memory that stops growing. */
  readonly histogram: Map<number, number>;
}

interface RateState {
  numerator: number;
  denominator: number;
  reporting: number;
  excluded: number;
}

interface State {
  readonly options: AggregateOptions;
  readonly units: Map<string, UnitRecord>;
  readonly indicators: Map<string, IndicatorState>;
  readonly rates: Map<string, RateState>;
  readonly sections: Map<SectionKind, number>;
  readonly skipped: Skipped[];
}

const COUNTED_KINDS = ['duties', 'measures', 'shortcomings', 'plans', 'other', 'judgments'] as const;
const REQUIRED_KINDS = ['duties', 'measures', 'shortcomings', 'plans'] as const;

/**
 * Starts an aggregation of one year's reports for a county (or a province: shards merge).
 *
 * @example
 * const county = createAggregator({ year: 2023, roster });
 * for (const report of reports) county.add(report);
 * county.result().units.missing // ['东河镇']
 */
export function createAggregator(options: AggregateOptions): Aggregator {
  if (!Number.isInteger(options.year)) throw new TypeError(`createAggregator: year must be an integer, not ${String(options.year)}`);
  const deadlines = resolveDeadlines(options.deadlines);
  const state: State = { options, units: new Map(), indicators: new Map(), rates: new Map(), sections: new Map(), skipped: [] };
  const catalog = options.catalog ?? defaultCatalog;
  const locale = options.locale ?? 'zh-CN';
  const roster = rosterIndex(options.roster);
  const rateDefinitions = catalog.indicators.filter((definition) => definition.kind === 'rate');
  const aggregator: Aggregator = {
    state,
    add(input, source = { file: '-' }) {
      const parsed = parseReport(input);
      if (!parsed.success) {
        const first = fromZodIssues(parsed.error.issues.slice(0, 1), locale)[0];
        const detail = first ? `${formatPath(first.path) || '-'}: ${first.message}` : '';
        state.skipped.push({ ...source, reason: formatMessage(messages[locale].aggregate.notAReport, { detail }) });
        return false;
      }
      const report = parsed.data;
      if (report.year !== options.year) {
        const reason = formatMessage(messages[locale].aggregate.otherYear, { found: report.year, year: options.year });
        state.skipped.push({ ...source, reason });
        return false;
      }
      addReport(state, report, catalog, rateDefinitions, roster);
      return true;
    },
    skip(skipped) {
      state.skipped.push(skipped);
    },
    merge(other) {
      mergeState(state, other.state);
      return aggregator;
    },
    result: () => resultOf(state, deadlines),
  };
  return aggregator;
}

/**
 * Aggregates reports in one go.
 *
 * @example aggregate(reports, { year: 2023 }).indicators['disputes.handled']?.total
 */
export function aggregate(reports: Iterable<unknown>, options: AggregateOptions): AggregateResult {
  const aggregator = createAggregator(options);
  let index = 0;
  for (const report of reports) aggregator.add(report, { file: '-', line: ++index });
  return aggregator.result();
}

function rosterIndex(roster: readonly RosterEntry[] | undefined): Map<string, RosterEntry> {
  const index = new Map<string, RosterEntry>();
  for (const entry of roster ?? []) {
    if (entry.code) index.set(`code:${entry.code}`, entry);
    index.set(`name:${entry.name}`, entry);
  }
  return index;
}

function unitKey(report: Report, roster: Map<string, RosterEntry>): string {
  const entry = (report.unit.code ? roster.get(`code:${report.unit.code}`) : undefined) ?? roster.get(`name:${report.unit.name}`);
  return entry ? keyOf(entry) : `name:${report.unit.name}`;
}

function keyOf(entry: RosterEntry): string {
  return entry.code ? `code:${entry.code}` : `name:${entry.name}`;
}

function kindsOf(sections: readonly Section[], into = new Set<SectionKind>()): Set<SectionKind> {
  for (const section of sections) {
    into.add(section.kind);
    kindsOf(section.sections, into);
  }
  return into;
}

/**
 * How complete one report is, 0 to 1: the four required contents (履职, 举措, 不足, 安排)
 * 0.15 each; at least one quantified fact 0.1; 保密审查 recorded 0.1; published 0.2.
 */
export function completeness(report: Report, kinds: ReadonlySet<SectionKind> = kindsOf(report.sections)): number {
  const contents = REQUIRED_KINDS.filter((kind) => kinds.has(kind)).length * 0.15;
  const score = contents + (report.metrics.length > 0 ? 0.1 : 0) + (report.confidentialityReviewed === true ? 0.1 : 0) + (report.publishedOn ? 0.2 : 0);
  return Math.round(score * 100) / 100;
}

function addReport(state: State, report: Report, catalog: Catalog, rateDefinitions: readonly IndicatorDefinition[], roster: Map<string, RosterEntry>): void {
  const kinds = kindsOf(report.sections);
  const record: UnitRecord = {
    name: report.unit.name,
    level: report.unit.level,
    submitted: submissionDate(report),
    published: report.publishedOn !== undefined,
    completeness: completeness(report, kinds),
  };
  const key = unitKey(report, roster);
  state.units.set(key, better(state.units.get(key), record));

  for (const kind of kinds) state.sections.set(kind, (state.sections.get(kind) ?? 0) + 1);

  const picked = pickMetrics(report, catalog);
  for (const [key, { metric, value }] of picked) {
    const definition = catalog.get(key);
    if (!definition || definition.kind === 'rate') continue;
    const indicator = state.indicators.get(key);
    if (!indicator) {
      state.indicators.set(key, { total: value, qualifier: metric.qualifier, reporting: 1, min: value, max: value, histogram: new Map([[value, 1]]) });
      continue;
    }
    indicator.total += value;
    indicator.qualifier = sumQualifier(indicator.qualifier, metric.qualifier);
    indicator.reporting += 1;
    indicator.min = Math.min(indicator.min, value);
    indicator.max = Math.max(indicator.max, value);
    indicator.histogram.set(value, (indicator.histogram.get(value) ?? 0) + 1);
  }
  for (const definition of rateDefinitions) {
    const stated = picked.has(definition.key);
    const numerator = definition.numerator ? picked.get(definition.numerator) : undefined;
    const denominator = definition.denominator ? picked.get(definition.denominator) : undefined;
    const usable = numerator?.metric.qualifier === 'exact' && denominator?.metric.qualifier === 'exact' && denominator.value > 0;
    if (!usable && !stated) continue;
    const rate = state.rates.get(definition.key) ?? { numerator: 0, denominator: 0, reporting: 0, excluded: 0 };
    state.rates.set(definition.key, rate);
    if (usable && numerator && denominator) {
      rate.numerator += numerator.value;
      rate.denominator += denominator.value;
      rate.reporting += 1;
    } else {
      // Only the percentage was given: the unit reported, but a percentage cannot be summed.
      rate.excluded += 1;
    }
  }
}

// Two reports from one unit: keep the more complete, then the earlier, so the choice does
// not depend on the order they arrive in.
function better(a: UnitRecord | undefined, b: UnitRecord): UnitRecord {
  if (!a) return b;
  if (a.completeness !== b.completeness) return a.completeness > b.completeness ? a : b;
  if (a.submitted !== b.submitted) return a.submitted < b.submitted ? a : b;
  if (a.published !== b.published) return a.published ? a : b;
  return a.name <= b.name ? a : b;
}

function mergeState(into: State, from: State): void {
  if (into === from) throw new TypeError('merge: an aggregator cannot be merged into itself');
  if (into.options.year !== from.options.year) {
    throw new TypeError(`merge: cannot merge year ${from.options.year} into year ${into.options.year}`);
  }
  const roster = (state: State) => JSON.stringify(state.options.roster ?? []);
  if (roster(into) !== roster(from)) throw new TypeError('merge: the aggregators have different rosters');
  for (const [key, record] of from.units) into.units.set(key, better(into.units.get(key), record));
  for (const [kind, count] of from.sections) into.sections.set(kind, (into.sections.get(kind) ?? 0) + count);
  for (const [key, other] of from.indicators) {
    const mine = into.indicators.get(key);
    if (!mine) {
      into.indicators.set(key, { ...other, histogram: new Map(other.histogram) });
      continue;
    }
    mine.total += other.total;
    mine.qualifier = sumQualifier(mine.qualifier, other.qualifier);
    mine.reporting += other.reporting;
    mine.min = Math.min(mine.min, other.min);
    mine.max = Math.max(mine.max, other.max);
    for (const [value, count] of other.histogram) mine.histogram.set(value, (mine.histogram.get(value) ?? 0) + count);
  }
  for (const [key, other] of from.rates) {
    const mine = into.rates.get(key) ?? { numerator: 0, denominator: 0, reporting: 0, excluded: 0 };
    into.rates.set(key, {
      numerator: mine.numerator + other.numerator,
      denominator: mine.denominator + other.denominator,
      reporting: mine.reporting + other.reporting,
      excluded: mine.excluded + other.excluded,
    });
  }
  into.skipped.push(...from.skipped);
}

// Sums of decimals depend on the order they were added in the last bits; six decimals is
// far below any figure a report states, and makes merged shards print the same.
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

function median(histogram: ReadonlyMap<number, number>, count: number): number {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  const lowIndex = Math.floor((count - 1) / 2);
  const highIndex = Math.floor(count / 2);
  let seen = 0;
  let low: number | undefined;
  for (const value of values) {
    seen += histogram.get(value) ?? 0;
    if (low === undefined && seen > lowIndex) low = value;
    if (seen > highIndex) return tidy(((low ?? value) + value) / 2);
  }
  return low ?? 0;
}

function resultOf(state: State, deadlines: DeadlineConfig): AggregateResult {
  const { options } = state;
  const roster = options.roster ?? [];
  const detail: AggregateResult['units_detail'] = [];
  const missing: string[] = [];
  const late: string[] = [];
  const unpublished: string[] = [];
  const statusOf = (record: UnitRecord | undefined, level: UnitLevel, deadline: string | undefined): UnitStatus => {
    if (!record) return 'missing';
    if (record.submitted > (deadline ?? dueDates(options.year, level, deadlines).submitBy)) return 'late';
    return record.published ? 'reported' : 'unpublished';
  };
  const note = (name: string, record: UnitRecord | undefined, status: UnitStatus) => {
    if (status === 'missing') missing.push(name);
    if (status === 'late') late.push(name);
    if (record && !record.published) unpublished.push(name);
    detail.push({ name, status, completeness: record?.completeness ?? 0 });
  };
  const listed = new Set<string>();
  for (const entry of roster) {
    const key = keyOf(entry);
    listed.add(key);
    const record = state.units.get(key);
    note(entry.name, record, statusOf(record, entry.level, entry.deadline));
  }
  const others = [...state.units].filter(([key]) => !listed.has(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, record] of others) note(record.name, record, statusOf(record, record.level, undefined));

  const indicators: AggregateResult['indicators'] = {};
  for (const key of [...state.indicators.keys()].sort()) {
    const s = state.indicators.get(key);
    if (!s) continue;
    indicators[key] = { total: tidy(s.total), qualifier: s.qualifier, reporting: s.reporting, min: s.min, max: s.max, median: median(s.histogram, s.reporting) };
  }
  const rates: AggregateResult['rates'] = {};
  for (const key of [...state.rates.keys()].sort()) {
    const s = state.rates.get(key);
    if (!s) continue;
    const value = s.denominator > 0 ? Math.round((s.numerator / s.denominator) * 1e6) / 1e4 : null;
    rates[key] = { value, numerator: tidy(s.numerator), denominator: tidy(s.denominator), reporting: s.reporting, excluded: s.excluded };
  }
  const sections = Object.fromEntries(COUNTED_KINDS.map((kind) => [kind, state.sections.get(kind) ?? 0])) as AggregateResult['sections'];
  const skipped = [...state.skipped].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return {
    year: options.year,
    units: { expected: roster.length > 0 ? roster.length : state.units.size, reported: state.units.size, missing, late, unpublished },
    indicators,
    rates,
    sections,
    units_detail: detail,
    skipped,
  };
}
