import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import type { IndicatorDefinition } from '../catalog/indicator.js';
import { COUNTED_CONTENTS, REQUIRED_CONTENTS } from '../domain/statutory-contents.js';
import { parseReport } from '#report-parser';
import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { Qualifier, SectionKind, UnitLevel } from '../schema/enums.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import {
  daysLate,
  dueDates,
  resolveDeadlines,
  submissionDate,
  type DeadlineConfig,
  type DeadlineOverrides,
} from '../validate/deadlines.js';
import { formatPath } from '../validate/issue.js';
import { fromZodIssues } from '../validate/schema-issues.js';
import * as z from 'zod/mini';
import { COMPLETENESS_WEIGHTS } from './completeness.js';
import { AggregatorSnapshotSchema, type AggregatorSnapshot } from './snapshot.js';
import type { RosterEntry, RosterProblemCode } from './roster.js';
import { contribute, createTotals, SECTION_BITS, totalsResult, type RunningTotals } from './running-totals.js';
import {
  FIGURE_WIDTH,
  QUALIFIERS,
  catalogIndex,
  unitFigures,
  type CatalogIndex,
  type UnitFigures,
} from './unit-figures.js';
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

/**
 * Why an input was left out: not a report, a report on another year, a file or line that
 * could not be read or parsed, a bad roster row. Stable, like issue codes.
 */
export type SkipCode = 'not_a_report' | 'other_year' | 'unreadable' | 'invalid_json' | RosterProblemCode;

/** Where a skipped input came from, and why it was skipped (`reason`: in the chosen language). */
export interface Skipped extends InputSource {
  readonly code: SkipCode;
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
  /** Which totals the figures stand apart from: the year's, the running ones, or the targets. */
  readonly scope: 'year' | 'cumulative' | 'target';
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
  /** Which of the statutory contents the counted report has (empty when nothing was submitted): a row of the coverage matrix. */
  readonly contents: CountedContent[];
  /** Where the counted report came from (the `source` given to `add`), `null` when nothing was submitted. */
  readonly source: InputSource | null;
  /**
   * The counted report's 公开日期, when it gives one (from a collection server, the day the county
   * published it): the sheet a county publishes beside its 公开率 says when each unit was published.
   */
  readonly publishedOn?: string;
  /**
   * The unit's figures for the year, as counted: indicator → value in its display word (rates
   * in %). Only with `result({ unitValues: true })`: a province's 40,000 units × 20 figures is
   * a table of its own, not part of every aggregate. `unit` is the word the unit wrote, where it
   * is another word of the same quantity (5项 of an indicator shown in 件): added into the total,
   * but never to be shown in a word the unit did not write.
   */
  readonly values?: Record<string, UnitValue>;
  /**
   * The unit's figures for the year in a word of another quantity (人 for an indicator counted in
   * 人次), each under its own word, as `apart` totals them. Only with `result({ unitValues: true })`,
   * and only when the unit wrote such a figure.
   */
  readonly apart?: readonly UnitApartValue[];
}

/** One of a unit's figures for the year, in its indicator's display word (rates in %). */
export interface UnitValue {
  readonly value: number;
  readonly qualifier: Qualifier;
  /** The word the unit wrote, when it is another word of the indicator's quantity than the display word. */
  readonly unit?: string;
}

/** One of a unit's figures for the year in a word of another quantity, as it wrote it. */
export interface UnitApartValue {
  readonly indicator: string;
  readonly unit: string;
  readonly value: number;
  readonly qualifier: Qualifier;
}

/** The contents a report is scored and counted on: every kind but the preamble. */
export type CountedContent = Exclude<SectionKind, 'preamble'>;

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
  /** Counted figures the importer could not classify (`unclassified`): not in any total. */
  readonly unclassified: number;
  /**
   * Labels and display words of the extension indicators (`x-…`) this aggregate totalled, from
   * the catalog it was made with: a CSV or table labels their columns without the catalog passed
   * again. Absent when no extension indicator was totalled.
   */
  readonly labels?: Record<string, { readonly label: Readonly<Record<'zh-CN' | 'en', string>>; readonly unit: string }>;
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
  /** The aggregate so far; with `unitValues`, each unit's figures in `unitsDetail[].values`. */
  result(options?: ResultOptions): AggregateResult;
  /**
   * The state as plain JSON, to send to another worker or machine and bring back with
   * {@link restoreAggregator} (then `merge`): `JSON.stringify(aggregator)` calls it.
   */
  toJSON(): AggregatorSnapshot;
}

/** Options of {@link Aggregator.result}. */
export interface ResultOptions {
  /** Include each unit's figures for the year (`unitsDetail[].values`), for a per-unit table. */
  readonly unitValues?: boolean;
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
  /** The report's 公开日期, when it gives one: the county's sheet lists it beside 公开率. */
  readonly publishedOn: string | undefined;
  readonly completeness: number;
  /** The contents the report has, one bit per kind (see `KIND_BITS`). */
  readonly kinds: number;
  readonly figures: UnitFigures;
  /** Where the report came from (kept as two fields: one object fewer per unit). */
  readonly file: string;
  readonly line: number | undefined;
  /** With the figures, decides between two reports alike in every date and source. */
  readonly title: string;
}

interface State {
  readonly options: AggregateOptions;
  readonly units: Map<string, UnitEntry>;
  /** The counted units' figures, kept up to date as units report and report again. */
  readonly totals: RunningTotals;
  readonly index: CatalogIndex;
  /** Whether a unit's figures count: with a roster, only the roster's units do. */
  readonly counted: (entry: UnitEntry) => boolean;
  readonly superseded: Superseded[];
  readonly skipped: Skipped[];
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
  const state: State = {
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
        const reason = formatMessage(messages[locale].aggregate.otherYear, { found: report.year, year: options.year });
        state.skipped.push({ ...source, code: 'other_year', reason });
        return false;
      }
      keepLatest(state, entryOf(report, index, matcher, source));
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

/**
 * Why an input is not a report, as the aggregation lists it: the first problem the shape check
 * found, with its path, in `locale`. For whatever else routes inputs to aggregators (a run of years).
 *
 * @example notAReportReason(parseReport({}).error.issues, 'zh-CN') // '不是有效的报告：title: …'
 */
export function notAReportReason(issues: Parameters<typeof fromZodIssues>[0], locale: Locale): string {
  const first = fromZodIssues(issues.slice(0, 1), locale)[0];
  const detail = first ? `${formatPath(first.path) || '-'}: ${first.message}` : '';
  return formatMessage(messages[locale].aggregate.notAReport, { detail });
}

// Each aggregator's state, out of the public type: merge reaches another's through here.
const states = new WeakMap<Aggregator, State>();

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
  const data = parsed.data;
  const aggregator = createAggregator(options);
  const state = states.get(aggregator);
  if (!state) throw new TypeError('restoreAggregator: internal state missing');
  if (data.year !== options.year)
    throw new TypeError(`restoreAggregator: the snapshot is for year ${data.year}, not ${options.year}`);
  if (JSON.stringify(data.roster) !== JSON.stringify(options.roster ?? []))
    throw new TypeError('restoreAggregator: the snapshot was made with another roster');
  const keys = state.index.definitions.map((definition) => definition.key);
  if (data.catalog.length !== keys.length || data.catalog.some((key, i) => key !== keys[i])) {
    throw new TypeError('restoreAggregator: the snapshot was made with another catalog');
  }
  const slots = keys.length * 3;
  const roster = options.roster ?? [];
  for (const [at, unit] of data.units.entries()) {
    const { figures } = unit;
    const bad =
      figures.length % FIGURE_WIDTH !== 0 ||
      figures.some((n, i) =>
        i % FIGURE_WIDTH === 0
          ? !Number.isInteger(n) || n < 0 || n >= slots
          : i % FIGURE_WIDTH === 2
            ? !Number.isInteger(n) || n < 0 || n >= QUALIFIERS.length
            : !Number.isFinite(n),
      );
    if (bad || unit.words?.some((word) => !figures.some((n, i) => i % FIGURE_WIDTH === 0 && n === word.slot)))
      throw new TypeError(`restoreAggregator: units[${at}].figures are not figures of this catalog`);
    const entry = unit.roster === null ? undefined : roster[unit.roster];
    if (unit.roster !== null && !entry)
      throw new TypeError(`restoreAggregator: units[${at}].roster points past the roster`);
    keepLatest(state, {
      key: unit.key,
      name: unit.name,
      level: unit.level,
      roster: entry,
      submitted: unit.submitted,
      issuedOn: unit.issuedOn,
      published: unit.published,
      publishedOn: unit.publishedOn,
      completeness: unit.completeness,
      kinds: unit.kinds,
      figures: {
        figures,
        apart: unit.apart,
        unclassified: unit.unclassified,
        ...(unit.words && unit.words.length > 0 ? { words: unit.words } : {}),
      },
      file: unit.file,
      line: unit.line ?? undefined,
      title: unit.title,
    });
  }
  for (const superseded of data.superseded)
    state.superseded.push(
      superseded.line === undefined
        ? { unit: superseded.unit, file: superseded.file }
        : { unit: superseded.unit, file: superseded.file, line: superseded.line },
    );
  for (const skipped of data.skipped)
    state.skipped.push(
      skipped.line === undefined
        ? { code: skipped.code, reason: skipped.reason, file: skipped.file }
        : { code: skipped.code, reason: skipped.reason, file: skipped.file, line: skipped.line },
    );
  return aggregator;
}

function snapshotOf(state: State): AggregatorSnapshot {
  const roster = state.options.roster ?? [];
  return {
    format: 'law-report/aggregator@1',
    year: state.options.year,
    catalog: state.index.definitions.map((definition) => definition.key),
    roster: [...roster],
    units: [...state.units.values()].map((entry) => ({
      key: entry.key,
      name: entry.name,
      level: entry.level,
      roster: entry.roster ? roster.indexOf(entry.roster) : null,
      submitted: entry.submitted,
      issuedOn: entry.issuedOn,
      published: entry.published,
      ...(entry.publishedOn ? { publishedOn: entry.publishedOn } : {}),
      completeness: entry.completeness,
      kinds: entry.kinds,
      figures: [...entry.figures.figures],
      apart: [...entry.figures.apart],
      unclassified: entry.figures.unclassified,
      ...(entry.figures.words ? { words: [...entry.figures.words] } : {}),
      file: entry.file,
      line: entry.line ?? null,
      title: entry.title,
    })),
    superseded: [...state.superseded],
    skipped: [...state.skipped],
  };
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

// The contents a report has, at any depth, one bit per kind.
function kindBits(sections: readonly Section[], bits = 0): number {
  let all = bits;
  for (const section of sections) all = kindBits(section.sections, all | KIND_BITS[section.kind]);
  return all;
}

/**
 * How complete one report is, 0 to 1: the four required contents (履职, 举措, 不足, 安排)
 * 0.15 each; at least one quantified fact 0.1; 保密审查 recorded 0.1; published 0.2, as
 * {@link COMPLETENESS_WEIGHTS} weighs them and `completenessParts` says in words.
 *
 * @example completeness(report) // 0.9
 */
export function completeness(report: Report): number {
  return scoreOf(report, kindBits(report.sections));
}

function scoreOf(report: Report, bits: number): number {
  let required = 0;
  for (const kind of REQUIRED_CONTENTS) if (bits & KIND_BITS[kind]) required += 1;
  const weights = COMPLETENESS_WEIGHTS;
  const score =
    required * weights.content +
    (report.metrics.length > 0 ? weights.figures : 0) +
    (report.confidentialityReviewed === true ? weights.confidentialityReviewed : 0) +
    (report.publishedOn ? weights.published : 0);
  return Math.round(score * 100) / 100;
}

function entryOf(
  report: Report,
  index: CatalogIndex,
  matcher: RosterMatcher | undefined,
  source: InputSource,
): UnitEntry {
  const bits = kindBits(report.sections);
  const roster = matcher?.match(report.unit);
  const figures = unitFigures(report, index);
  return {
    key: roster && matcher ? matcher.keyOf(roster) : unlistedKey(report.unit),
    name: roster?.name ?? report.unit.name,
    level: roster?.level ?? report.unit.level,
    roster,
    submitted: submissionDate(report),
    issuedOn: report.issuedOn,
    published: report.publishedOn !== undefined,
    publishedOn: report.publishedOn,
    completeness: scoreOf(report, bits),
    kinds: bits,
    figures,
    file: source.file,
    line: source.line,
    title: report.title,
  };
}

const KIND_BITS = SECTION_BITS;

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
    compare(a.file, b.file) ||
    compare(a.line ?? 0, b.line ?? 0) ||
    compare(fingerprintOf(a), fingerprintOf(b)) ||
    compare(a.completeness, b.completeness);
  return order >= 0 ? a : b;
}

function keepLatest(state: State, entry: UnitEntry): void {
  const current = state.units.get(entry.key);
  if (!current) {
    state.units.set(entry.key, entry);
    if (state.counted(entry)) contribute(state.totals, state.index, entry, 1);
    return;
  }
  const kept = later(current, entry);
  const dropped = kept === current ? entry : current;
  if (kept !== current) {
    state.units.set(entry.key, kept);
    if (state.counted(current)) contribute(state.totals, state.index, current, -1);
    if (state.counted(kept)) contribute(state.totals, state.index, kept, 1);
  }
  state.superseded.push(
    dropped.line === undefined
      ? { unit: kept.name, file: dropped.file }
      : { unit: kept.name, file: dropped.file, line: dropped.line },
  );
}

function mergeState(into: State, from: State): void {
  if (into === from) throw new TypeError('merge: an aggregator cannot be merged into itself');
  if (into.options.year !== from.options.year) {
    throw new TypeError(`merge: cannot merge year ${from.options.year} into year ${into.options.year}`);
  }
  const roster = (state: State) => JSON.stringify(state.options.roster ?? []);
  if (roster(into) !== roster(from)) throw new TypeError('merge: the aggregators have different rosters');
  // Figures are kept by catalog position: shards must count with the same indicators.
  const keys = (state: State) => state.index.definitions.map((definition) => definition.key).join('\n');
  if (into.index !== from.index && keys(into) !== keys(from))
    throw new TypeError('merge: the aggregators have different catalogs');
  for (const entry of from.units.values()) keepLatest(into, entry);
  for (const superseded of from.superseded) into.superseded.push(superseded);
  for (const skipped of from.skipped) into.skipped.push(skipped);
}

function resultOf(state: State, deadlines: DeadlineConfig, index: CatalogIndex, unitValues: boolean): AggregateResult {
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
  const sortedPositions = definitions
    .map((definition, position) => ({ key: definition.key, position }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ position }) => position);
  const levelDeadlines = new Map<UnitLevel, string>();
  const deadlineOf = (level: UnitLevel) => {
    let deadline = levelDeadlines.get(level);
    if (deadline === undefined) {
      deadline = dueDates(options.year, level, deadlines).submitBy;
      levelDeadlines.set(level, deadline);
    }
    return deadline;
  };

  const note = (
    name: string,
    entry: UnitEntry | undefined,
    level: UnitLevel,
    ownDeadline: string | undefined,
    listed: boolean,
  ) => {
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
    const line: UnitDetail = {
      name,
      status,
      completeness: entry?.completeness ?? 0,
      submittedOn: entry?.submitted ?? null,
      deadline,
      daysLate: days === null ? null : Math.max(0, days),
      contents: entry ? COUNTED_CONTENTS.filter((kind) => (entry.kinds & SECTION_BITS[kind]) !== 0) : [],
      source: entry ? (entry.line === undefined ? { file: entry.file } : { file: entry.file, line: entry.line }) : null,
      ...(entry?.publishedOn ? { publishedOn: entry.publishedOn } : {}),
    };
    const apart = unitValues && entry ? yearApart(entry) : [];
    detail.push(
      unitValues
        ? {
            ...line,
            values: entry ? yearValues(entry, index, sortedPositions) : {},
            ...(apart.length > 0 ? { apart } : {}),
          }
        : line,
    );
  };
  for (const entry of roster)
    note(entry.name, matcher ? state.units.get(matcher.keyOf(entry)) : undefined, entry.level, entry.deadline, true);
  // Units not on the roster, in key order (a native string sort: a province has thousands).
  const others = [...state.units.keys()].sort();
  for (const key of others) {
    const entry = state.units.get(key);
    if (entry && !entry.roster) note(entry.name, entry, entry.level, undefined, !hasRoster);
  }

  const totals = totalsResult(state.totals, index, sortedPositions);
  const sections = Object.fromEntries(
    COUNTED_CONTENTS.map((kind) => [kind, state.totals.sections.get(kind) ?? 0]),
  ) as AggregateResult['sections'];
  const superseded = [...state.superseded].sort(
    (a, b) => compare(a.file, b.file) || compare(a.line ?? 0, b.line ?? 0) || compare(a.unit, b.unit),
  );
  const skipped = [...state.skipped].sort((a, b) => compare(a.file, b.file) || compare(a.line ?? 0, b.line ?? 0));
  return {
    year: options.year,
    units: {
      expected: hasRoster ? roster.length : counted.length,
      reported: counted.length,
      missing,
      late,
      unpublished,
      unlisted,
    },
    indicators: totals.indicators,
    rates: totals.rates,
    cumulative: totals.cumulative,
    targets: totals.targets,
    targetRates: totals.targetRates,
    apart: totals.apart,
    sections,
    unclassified: state.totals.unclassified,
    ...extensionLabels(definitions, [totals.indicators, totals.rates, totals.cumulative, totals.targets]),
    unitsDetail: detail,
    superseded,
    skipped,
  };
}

// The labels of the extension indicators that have a total, so the result names them alone.
function extensionLabels(
  definitions: readonly IndicatorDefinition[],
  totals: readonly Record<string, unknown>[],
): Pick<AggregateResult, 'labels'> {
  const labels: NonNullable<AggregateResult['labels']> = {};
  let any = false;
  for (const definition of definitions) {
    if (!definition.key.startsWith('x-') || !totals.some((table) => Object.hasOwn(table, definition.key))) continue;
    labels[definition.key] = { label: definition.label, unit: definition.units[0] ?? '' };
    any = true;
  }
  return any ? { labels } : {};
}

function yearValues(
  entry: UnitEntry,
  index: CatalogIndex,
  sortedPositions: readonly number[],
): Record<string, UnitValue> {
  const { figures, words } = entry.figures;
  const at = index.slotAt;
  // Mark where each of the year's figures sits, walk the keys in order, then clear the marks.
  for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
    const slot = figures[i] ?? 0;
    if (slot % 3 === 0) at[slot] = i;
  }
  const values: Record<string, UnitValue> = {};
  for (const position of sortedPositions) {
    const i = at[position * 3] ?? -1;
    if (i < 0) continue;
    const key = index.definitions[position]?.key;
    const value = { value: figures[i + 1] ?? 0, qualifier: QUALIFIERS[figures[i + 2] ?? 0] ?? 'exact' };
    const unit = words?.find((word) => word.slot === position * 3)?.unit;
    if (key) values[key] = unit === undefined ? value : { ...value, unit };
    at[position * 3] = -1;
  }
  return values;
}

// The unit's figures for the year in a word of another quantity, in the order `apart` keeps them.
function yearApart(entry: UnitEntry): UnitApartValue[] {
  const year: UnitApartValue[] = [];
  for (const figure of entry.figures.apart) {
    if (figure.bucket !== 'year') continue;
    year.push({ indicator: figure.indicator, unit: figure.unit, value: figure.value, qualifier: figure.qualifier });
  }
  return year;
}
