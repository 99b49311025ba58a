import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { parseReport } from '#report-parser';
import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { Qualifier, SectionKind, UnitLevel } from '../schema/enums.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { daysLate, dueDates, resolveDeadlines, submissionDate, type DeadlineConfig, type DeadlineOverrides } from '../validate/deadlines.js';
import { formatPath } from '../validate/issue.js';
import { fromZodIssues } from '../validate/schema-issues.js';
import { sumQualifier } from './qualifiers.js';
import { select } from './select.js';
import type { RosterEntry } from './roster.js';
import { BUCKETS, FIGURE_WIDTH, QUALIFIERS, catalogIndex, unitFigures, type ApartFigure, type Bucket, type CatalogIndex, type UnitFigures } from './unit-figures.js';
import { rosterMatcher, unlistedKey, type RosterMatcher } from './unit-key.js';

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

/** Where an input came from. */
export interface InputSource {
  readonly file: string;
  readonly line?: number;
}

/** Where a skipped input came from, and why it was skipped. */
export interface Skipped extends InputSource {
  readonly reason: string;
}

/** A report that a later report of the same unit replaced: it counts nowhere. */
export interface Superseded extends InputSource {
  /** The unit's name as the roster (or else the report) writes it. */
  readonly unit: string;
}

/**
 * A unit's status for the year: `missing`, `late` (after its deadline), `unpublished` (on
 * time, not yet published), `reported` (on time and published), or `unlisted` (reported but
 * not on the roster: listed, never counted).
 */
export type UnitStatus = 'reported' | 'missing' | 'late' | 'unpublished' | 'unlisted';

/** How figures of one indicator spread across units. */
export interface FigureRange {
  /** The measure word the figures are in (the indicator's display word, 万元 for money). */
  readonly unit: string;
  /** The weakest qualifier of the figures: any 余 makes a total a lower bound. */
  readonly qualifier: Qualifier;
  /** How many units gave a figure. */
  readonly reporting: number;
  readonly min: number;
  readonly max: number;
  readonly median: number;
}

/** The total of one indicator over the units that gave it. */
export interface IndicatorTotal extends FigureRange {
  readonly total: number;
}

/** A rate recomputed from summed numerators and denominators, never averaged. */
export interface RateTotal {
  /** numerator ÷ denominator in %, or `null` when no unit gave both counts exactly. */
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  /** Units whose exact counts went into `value`. */
  readonly reporting: number;
  /** Units that stated the rate but whose counts could not go into `value`. */
  readonly excluded: number;
  /** The percentages as units wrote them (min–max): shown as reported, never as a total. */
  readonly reported: FigureRange | null;
}

/** Figures of an indicator written in a word of another quantity: totalled apart, never mixed. */
export interface ApartTotal extends IndicatorTotal {
  readonly indicator: string;
  readonly scope: Bucket;
}

/** One unit's line in the county's table. */
export interface UnitDetail {
  readonly name: string;
  readonly status: UnitStatus;
  readonly completeness: number;
  /** The date the counted report was submitted (`submittedOn`, else its 落款 date). */
  readonly submittedOn: string | null;
  /** The unit's submission deadline. */
  readonly deadline: string;
  /** Days after the deadline (0 when on time), `null` when nothing was submitted. */
  readonly daysLate: number | null;
  /** The unit's figures for the year, as counted: indicator → value in its display word (rates in %). */
  readonly values: Record<string, { readonly value: number; readonly qualifier: Qualifier }>;
}

/** The county's view of a year, exactly as `law-report aggregate --format json` prints it. */
export interface AggregateResult {
  readonly year: number;
  readonly units: {
    /** Units on the roster (without a roster: the units that reported). */
    readonly expected: number;
    /** Expected units that reported. */
    readonly reported: number;
    readonly missing: string[];
    readonly late: string[];
    readonly unpublished: string[];
    /** Units that reported but are not on the roster: listed here, counted nowhere. */
    readonly unlisted: string[];
  };
  /** The year's totals: figures for the year (scope `year` or none) in the indicator's quantity. */
  readonly indicators: Record<string, IndicatorTotal>;
  readonly rates: Record<string, RateTotal>;
  /** Running totals (累计, 截至…): never added to the year's, never filling in for them. */
  readonly cumulative: Record<string, IndicatorTotal>;
  /** Targets of the plans (下一年度安排, 力争…): never achievements. */
  readonly targets: Record<string, IndicatorTotal>;
  /** Target rates as units wrote them. */
  readonly targetRates: Record<string, FigureRange>;
  /** Figures in a word of another quantity (人 for an indicator counted in 人次), per word. */
  readonly apart: ApartTotal[];
  /** How many counted units have each content. */
  readonly sections: Record<Exclude<SectionKind, 'preamble'>, number>;
  /** Counted figures that have no catalog indicator (unclassified): not in any total. */
  readonly unclassified: number;
  readonly unitsDetail: UnitDetail[];
  /** Earlier reports of a unit that a later one replaced. */
  readonly superseded: Superseded[];
  readonly skipped: Skipped[];
}

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
  /** The aggregate so far. */
  result(): AggregateResult;
  /** @internal the mergeable state. */
  readonly state: State;
}

/** What one unit's counted report contributes: kept per unit so a resubmission replaces it. */
interface UnitEntry {
  readonly key: string;
  readonly name: string;
  readonly level: UnitLevel;
  readonly roster: RosterEntry | undefined;
  readonly submitted: string;
  readonly issuedOn: string;
  readonly published: boolean;
  readonly completeness: number;
  /** The contents the report has, one bit per kind (see `KIND_BITS`). */
  readonly kinds: number;
  readonly figures: UnitFigures;
  readonly source: InputSource;
  /** With the figures, decides between two reports alike in every date and source. */
  readonly title: string;
}

interface State {
  readonly options: AggregateOptions;
  readonly units: Map<string, UnitEntry>;
  readonly superseded: Superseded[];
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
  const state: State = { options, units: new Map(), superseded: [], skipped: [] };
  const catalog = options.catalog ?? defaultCatalog;
  const locale = options.locale ?? 'zh-CN';
  const matcher = options.roster && options.roster.length > 0 ? rosterMatcher(options.roster) : undefined;
  const index = catalogIndex(catalog);
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
      keepLatest(state, entryOf(report, index, matcher, source));
      return true;
    },
    skip(skipped) {
      state.skipped.push(skipped);
    },
    merge(other) {
      mergeState(state, other.state);
      return aggregator;
    },
    result: () => resultOf(state, deadlines, index),
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
 *
 * @example completeness(report) // 0.9
 */
export function completeness(report: Report, kinds: ReadonlySet<SectionKind> = kindsOf(report.sections)): number {
  const contents = REQUIRED_KINDS.filter((kind) => kinds.has(kind)).length * 0.15;
  const score = contents + (report.metrics.length > 0 ? 0.1 : 0) + (report.confidentialityReviewed === true ? 0.1 : 0) + (report.publishedOn ? 0.2 : 0);
  return Math.round(score * 100) / 100;
}

function entryOf(report: Report, index: CatalogIndex, matcher: RosterMatcher | undefined, source: InputSource): UnitEntry {
  const kinds = kindsOf(report.sections);
  const roster = matcher?.match(report.unit);
  const figures = unitFigures(report, index);
  let bits = 0;
  for (const kind of kinds) bits |= KIND_BITS[kind];
  return {
    key: roster && matcher ? matcher.keyOf(roster) : unlistedKey(report.unit),
    name: roster?.name ?? report.unit.name,
    level: roster?.level ?? report.unit.level,
    roster,
    submitted: submissionDate(report),
    issuedOn: report.issuedOn,
    published: report.publishedOn !== undefined,
    completeness: completeness(report, kinds),
    kinds: bits,
    figures,
    source: source.line === undefined ? { file: source.file } : { file: source.file, line: source.line },
    title: report.title,
  };
}

const KIND_BITS: Readonly<Record<SectionKind, number>> = { preamble: 1, duties: 2, measures: 4, shortcomings: 8, judgments: 16, plans: 32, other: 64 };

// Only two reports alike in unit, dates, file and line ever reach this: a cheap summary of the
// content is enough to order them the same way every time.
function fingerprintOf(entry: UnitEntry): string {
  const { figures, apart } = entry.figures;
  let sum = 0;
  for (let i = 1; i < figures.length; i += FIGURE_WIDTH) sum += figures[i] ?? 0;
  return `${entry.title}\u0000${figures.length}\u0000${sum}\u0000${apart.length}`;
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

// A total order on a unit's reports: the latest submission, then the latest 落款, then the
// source and content, so the choice never depends on the order reports arrive in.
function later(a: UnitEntry, b: UnitEntry): UnitEntry {
  const order =
    compare(a.submitted, b.submitted) ||
    compare(a.issuedOn, b.issuedOn) ||
    compare(a.source.file, b.source.file) ||
    compare(a.source.line ?? 0, b.source.line ?? 0) ||
    compare(fingerprintOf(a), fingerprintOf(b)) ||
    compare(a.completeness, b.completeness);
  return order >= 0 ? a : b;
}

function keepLatest(state: State, entry: UnitEntry): void {
  const current = state.units.get(entry.key);
  if (!current) {
    state.units.set(entry.key, entry);
    return;
  }
  const kept = later(current, entry);
  const dropped = kept === current ? entry : current;
  state.units.set(entry.key, kept);
  state.superseded.push({ unit: kept.name, ...dropped.source });
}

function mergeState(into: State, from: State): void {
  if (into === from) throw new TypeError('merge: an aggregator cannot be merged into itself');
  if (into.options.year !== from.options.year) {
    throw new TypeError(`merge: cannot merge year ${from.options.year} into year ${into.options.year}`);
  }
  const roster = (state: State) => JSON.stringify(state.options.roster ?? []);
  if (roster(into) !== roster(from)) throw new TypeError('merge: the aggregators have different rosters');
  for (const entry of from.units.values()) keepLatest(into, entry);
  for (const superseded of from.superseded) into.superseded.push(superseded);
  for (const skipped of from.skipped) into.skipped.push(skipped);
}

// Sums of decimals depend on the order they were added in the last bits; six decimals is
// far below any figure a report states, and makes merged shards print the same.
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

// The middle value (the mean of the two middle ones for an even count). Reorders `values`.
function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const low = select(values, Math.floor((values.length - 1) / 2));
  const high = values.length % 2 === 0 ? select(values, values.length / 2) : low;
  return tidy((low + high) / 2);
}

// Count, min, max and median of the values, which it reorders.
function rangeOf(unit: string, values: Float64Array, qualifier: Qualifier): FigureRange {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (values.length === 0) min = max = 0;
  return { unit, qualifier, reporting: values.length, min, max, median: median(values) };
}

function totalOf(unit: string, values: Float64Array, qualifier: Qualifier): IndicatorTotal {
  let total = 0;
  for (const value of values) total += value;
  const range = rangeOf(unit, values, qualifier);
  return { unit, total: tidy(total), qualifier, reporting: range.reporting, min: range.min, max: range.max, median: range.median };
}

function resultOf(state: State, deadlines: DeadlineConfig, index: CatalogIndex): AggregateResult {
  const { options } = state;
  const { definitions } = index;
  const roster = options.roster ?? [];
  const hasRoster = roster.length > 0;
  const matcher = hasRoster ? rosterMatcher(roster) : undefined;
  const detail: UnitDetail[] = [];
  const missing: string[] = [];
  const late: string[] = [];
  const unpublished: string[] = [];
  const unlisted: string[] = [];
  const counted: UnitEntry[] = [];
  const sortedPositions = definitions.map((definition, position) => ({ key: definition.key, position })).sort((a, b) => compare(a.key, b.key)).map(({ position }) => position);
  const levelDeadlines = new Map<UnitLevel, string>();
  const deadlineOf = (level: UnitLevel) => {
    let deadline = levelDeadlines.get(level);
    if (deadline === undefined) {
      deadline = dueDates(options.year, level, deadlines).submitBy;
      levelDeadlines.set(level, deadline);
    }
    return deadline;
  };

  const note = (name: string, entry: UnitEntry | undefined, level: UnitLevel, ownDeadline: string | undefined, listed: boolean) => {
    const deadline = ownDeadline ?? deadlineOf(level);
    const days = entry ? daysLate(entry.submitted, deadline) : null;
    let status: UnitStatus;
    if (!listed) status = 'unlisted';
    else if (!entry) status = 'missing';
    else if (days !== null && days > 0) status = 'late';
    else status = entry.published ? 'reported' : 'unpublished';
    if (status === 'missing') missing.push(name);
    if (status === 'late') late.push(name);
    if (status === 'unlisted') unlisted.push(name);
    if (listed && entry && !entry.published) unpublished.push(name);
    if (listed && entry) counted.push(entry);
    detail.push({
      name,
      status,
      completeness: entry?.completeness ?? 0,
      submittedOn: entry?.submitted ?? null,
      deadline,
      daysLate: days === null ? null : Math.max(0, days),
      values: entry ? yearValues(entry, index, sortedPositions) : {},
    });
  };
  for (const entry of roster) note(entry.name, matcher ? state.units.get(matcher.keyOf(entry)) : undefined, entry.level, entry.deadline, true);
  const others = [...state.units.values()].filter((entry) => !entry.roster).sort((a, b) => compare(a.key, b.key));
  for (const entry of others) note(entry.name, entry, entry.level, undefined, !hasRoster);

  // Two passes over the counted units' slots: count, then fill one sorted array per slot.
  const slotCount = definitions.length * 3;
  const counts = new Uint32Array(slotCount);
  const qualifiers: Qualifier[] = new Array<Qualifier>(slotCount).fill('exact');
  const sectionCounts = new Map<SectionKind, number>();
  let unclassified = 0;
  const apartFigures: ApartFigure[] = [];
  for (const entry of counted) {
    const { figures, apart } = entry.figures;
    for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
      const slot = figures[i] ?? 0;
      counts[slot] = (counts[slot] ?? 0) + 1;
      const code = figures[i + 2] ?? 0;
      if (code !== 0) qualifiers[slot] = sumQualifier(qualifiers[slot] ?? 'exact', QUALIFIERS[code] ?? 'exact');
    }
    for (const figure of apart) apartFigures.push(figure);
    for (const kind of COUNTED_KINDS) if (entry.kinds & KIND_BITS[kind]) sectionCounts.set(kind, (sectionCounts.get(kind) ?? 0) + 1);
    unclassified += entry.figures.unclassified;
  }
  const bySlot: (Float64Array | undefined)[] = Array.from(counts, (count) => (count > 0 ? new Float64Array(count) : undefined));
  const filled = new Uint32Array(slotCount);
  for (const entry of counted) {
    const { figures } = entry.figures;
    for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
      const slot = figures[i] ?? 0;
      const array = bySlot[slot];
      if (!array) continue;
      array[filled[slot] ?? 0] = figures[i + 1] ?? 0;
      filled[slot] = (filled[slot] ?? 0) + 1;
    }
  }

  const indicators: Record<string, IndicatorTotal> = {};
  const cumulative: Record<string, IndicatorTotal> = {};
  const targets: Record<string, IndicatorTotal> = {};
  const targetRates: Record<string, FigureRange> = {};
  for (const position of sortedPositions) {
    const definition = definitions[position];
    if (!definition) continue;
    const { key } = definition;
    const unit = definition.units[0] ?? '';
    for (let bucket = 0; bucket < 3; bucket++) {
      const slot = position * 3 + bucket;
      const values = bySlot[slot];
      if (!values) continue;
      const qualifier = qualifiers[slot] ?? 'exact';
      if (definition.kind === 'rate') {
        if (bucket === 2) targetRates[key] = rangeOf('%', values, qualifier);
        continue;
      }
      const into = bucket === 0 ? indicators : bucket === 1 ? cumulative : targets;
      into[key] = totalOf(unit, values, qualifier);
    }
  }

  const apart: ApartTotal[] = [];
  for (const [, group] of groupBy(apartFigures, (f) => `${f.indicator}\u0000${BUCKETS.indexOf(f.bucket)}\u0000${f.unit}`)) {
    const first = group[0];
    if (!first) continue;
    let qualifier: Qualifier = 'exact';
    for (const figure of group) qualifier = sumQualifier(qualifier, figure.qualifier);
    const values = Float64Array.from(group, (figure) => figure.value);
    apart.push({ indicator: first.indicator, scope: first.bucket, ...totalOf(first.unit, values, qualifier) });
  }

  const sections = Object.fromEntries(COUNTED_KINDS.map((kind) => [kind, sectionCounts.get(kind) ?? 0])) as AggregateResult['sections'];
  const superseded = [...state.superseded].sort((a, b) => compare(a.file, b.file) || compare(a.line ?? 0, b.line ?? 0) || compare(a.unit, b.unit));
  const skipped = [...state.skipped].sort((a, b) => compare(a.file, b.file) || compare(a.line ?? 0, b.line ?? 0));
  return {
    year: options.year,
    units: { expected: hasRoster ? roster.length : counted.length, reported: counted.length, missing, late, unpublished, unlisted },
    indicators,
    rates: ratesOf(counted, index, bySlot, qualifiers),
    cumulative,
    targets,
    targetRates,
    apart,
    sections,
    unclassified,
    unitsDetail: detail,
    superseded,
    skipped,
  };
}

function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => compare(a, b)));
}

function yearValues(entry: UnitEntry, index: CatalogIndex, sortedPositions: readonly number[]): UnitDetail['values'] {
  const { figures } = entry.figures;
  const at = index.slotAt;
  // Mark where each of the year's figures sits, walk the keys in order, then clear the marks.
  for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
    const slot = figures[i] ?? 0;
    if (slot % 3 === 0) at[slot] = i;
  }
  const values: Record<string, { value: number; qualifier: Qualifier }> = {};
  for (const position of sortedPositions) {
    const i = at[position * 3] ?? -1;
    if (i < 0) continue;
    const key = index.definitions[position]?.key;
    if (key) values[key] = { value: figures[i + 1] ?? 0, qualifier: QUALIFIERS[figures[i + 2] ?? 0] ?? 'exact' };
    at[position * 3] = -1;
  }
  return values;
}

// Rates from the counted units' year figures: a unit counts towards the recomputed value when
// it gave both counts exactly (a sum over 余 cannot make an exact share); any other unit that
// stated the percentage is `excluded`, and the percentages themselves are shown as reported.
function ratesOf(units: readonly UnitEntry[], index: CatalogIndex, bySlot: readonly (Float64Array | undefined)[], qualifiers: readonly Qualifier[]): Record<string, RateTotal> {
  const { definitions, position } = index;
  const rates = definitions
    .map((definition, at) => ({
      key: definition.key,
      at,
      numerator: definition.numerator === undefined ? undefined : position.get(definition.numerator),
      denominator: definition.denominator === undefined ? undefined : position.get(definition.denominator),
      rate: definition.kind === 'rate',
    }))
    .filter((rate) => rate.rate)
    .sort((a, b) => compare(a.key, b.key));
  const sums = rates.map(() => ({ numerator: 0, denominator: 0, reporting: 0, excluded: 0 }));
  // One scratch row of the year's values, filled and cleared per unit: no allocation per unit.
  const year = new Float64Array(definitions.length).fill(Number.NaN);
  const exact = new Uint8Array(definitions.length);
  for (const unit of units) {
    const { figures } = unit.figures;
    for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
      const slot = figures[i] ?? 0;
      if (slot % 3 !== 0) continue;
      year[slot / 3] = figures[i + 1] ?? 0;
      exact[slot / 3] = figures[i + 2] === 0 ? 1 : 0;
    }
    rates.forEach((rate, i) => {
      const sum = sums[i];
      if (!sum) return;
      const n = rate.numerator === undefined ? Number.NaN : (year[rate.numerator] ?? Number.NaN);
      const d = rate.denominator === undefined ? Number.NaN : (year[rate.denominator] ?? Number.NaN);
      if (!Number.isNaN(n) && !Number.isNaN(d) && exact[rate.numerator ?? 0] === 1 && exact[rate.denominator ?? 0] === 1 && d > 0) {
        sum.numerator += n;
        sum.denominator += d;
        sum.reporting += 1;
      } else if (!Number.isNaN(year[rate.at] ?? Number.NaN)) {
        sum.excluded += 1;
      }
    });
    for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
      const slot = figures[i] ?? 0;
      if (slot % 3 === 0) year[slot / 3] = Number.NaN;
    }
  }
  const result: Record<string, RateTotal> = {};
  rates.forEach((rate, i) => {
    const sum = sums[i];
    // The percentages as stated: the year's and the running ones, never the targets.
    const stated = Float64Array.from([...(bySlot[rate.at * 3] ?? []), ...(bySlot[rate.at * 3 + 1] ?? [])]);
    if (!sum || (sum.reporting === 0 && stated.length === 0)) return;
    let qualifier: Qualifier = qualifiers[rate.at * 3] ?? 'exact';
    if (bySlot[rate.at * 3 + 1]) qualifier = sumQualifier(qualifier, qualifiers[rate.at * 3 + 1] ?? 'exact');
    result[rate.key] = {
      value: sum.denominator > 0 ? Math.round((sum.numerator / sum.denominator) * 1e6) / 1e4 : null,
      numerator: tidy(sum.numerator),
      denominator: tidy(sum.denominator),
      reporting: sum.reporting,
      excluded: sum.excluded,
      reported: stated.length > 0 ? rangeOf('%', stated, qualifier) : null,
    };
  });
  return result;
}
