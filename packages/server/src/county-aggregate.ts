import {
  aggregate,
  countedFigures,
  dueDates,
  publicationDeadline,
  isUnitLevel,
  judgedSubmission,
  resolveDeadlines,
  UnitLevelSchema,
  type AggregateResult,
  type Catalog,
  type DeadlineOverrides,
  type Locale,
  type Metric,
  type Report,
  type RosterEntry,
  type UnitLevel,
  type ValidationIssue,
} from '@law-report/core';
import type { ReportStatus, Store, TransitionRecord } from './store/store.js';

/** Which reports a total counts: from `submitted` (every report not returned) or from `filed` on. */
export type CountFrom = 'submitted' | 'filed' | 'published';

/** The statuses each {@link CountFrom} counts. A returned report never counts. */
export const COUNTED: Readonly<Record<CountFrom, readonly ReportStatus[]>> = {
  submitted: ['submitted', 'filed', 'published'],
  filed: ['filed', 'published'],
  published: ['published'],
};

/** Where a unit's report on the year is in the review. */
export interface UnitWorkflow {
  readonly status: ReportStatus;
  readonly id: string;
  readonly version: number;
}

/** Where the deadlines judged by came from: given to the app, kept in the database (`serve --deadlines`), or the statutory defaults. */
export type DeadlineSource = 'options' | 'database' | 'default';

/** The deadlines an aggregate judged by. */
export interface JudgedDeadlines {
  readonly source: DeadlineSource;
  /** The county's overrides, as given or kept; null for the defaults. */
  readonly overrides: DeadlineOverrides | null;
  /** The submission deadline of each level for the year's reports. */
  readonly submitBy: Readonly<Record<UnitLevel, string>>;
  readonly publishBy: string;
  /** Units whose own deadline (from the roster) held instead of their level's. */
  readonly units: Readonly<Record<string, string>>;
}

/** A counted report whose figures the unit was warned about when it submitted them. */
export interface FigureWarnings {
  readonly unit: string;
  readonly id: string;
  readonly version: number;
  /** The warnings of its latest version that point at a figure (`path` starting `metrics`). */
  readonly issues: readonly ValidationIssue[];
  /**
   * The figure each of `issues` is about, as the report gives it, in the same order (null for a warning
   * about the figures as a whole): what a page marks in the county's totals (法律咨询 250000人次, above a
   * town's plausible range, totalled with the rest).
   */
  readonly figures: readonly (WarnedFigure | null)[];
}

/** A figure a warning is about: its indicator, words and value as the unit's report gives them. */
export interface WarnedFigure {
  readonly indicator: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Metric['qualifier'];
  readonly scope?: Metric['scope'];
  /**
   * Whether the year's total of its indicator counts it (core's `countedFigures`): not a target or a running
   * total, not in another quantity's measure word, not the smaller of a figure stated twice.
   */
  readonly counted: boolean;
}

/** The county's aggregate of a year, with what the review says of each unit. */
export interface CountyAggregate extends AggregateResult {
  /** The totalled reports with figures that carry warnings (implausible for the level, a tenfold jump…). */
  readonly figureWarnings: readonly FigureWarnings[];
  /** The deadlines on time and late were judged by. */
  readonly deadlines: JudgedDeadlines;
  /** The statuses whose reports were totalled. */
  readonly counted: readonly ReportStatus[];
  /** Each unit with a report on the year, by its name: the report's status, id and latest version. */
  readonly workflow: Readonly<Record<string, UnitWorkflow>>;
}

/**
 * Whether the county's reviewer confirmed 保密审查 (`confidentialityReviewed: true` at 备案 or 公开)
 * for the report's latest version: a confirmation kept in the history after the version arrived
 * (its 报送 or 历史导入 step). A version the unit sends after it is returned has not been confirmed.
 *
 * @param history - the report's steps, oldest first ({@link Store.history})
 * @example confirmedByCounty(await store.history(id)) // true once filed with the confirmation
 */
export function confirmedByCounty(history: readonly TransitionRecord[]): boolean {
  let confirmed = false;
  for (const step of history) {
    if (step.action === 'submit' || step.action === 'load') confirmed = false;
    else if (step.confidentialityReviewed) confirmed = true;
  }
  return confirmed;
}

/**
 * Core's aggregate of each unit's latest version, counted the county's way: a unit whose
 * report is returned (已退回) has not reported, and its figures stay out of every total until
 * it submits again; `from: 'filed'` counts only what the county has filed or published. On time
 * is judged by the day in China of the first submission (a report returned for corrections was
 * still submitted then); published by the county's own act, never by a date typed in the report;
 * 保密审查 done, in 完整度, also where the county's reviewer confirmed it ({@link confirmedByCounty}),
 * the report as the unit sent it left unchanged.
 *
 * @example const result = await countyAggregate(store, { year: 2023, from: 'filed' })
 */
export async function countyAggregate(
  store: Store,
  options: {
    readonly year: number;
    readonly from?: CountFrom;
    readonly locale?: Locale;
    readonly deadlines?: DeadlineOverrides;
    readonly source?: DeadlineSource;
    /** The county's catalog (`serve --catalog`): its own indicators totalled and labelled (`labels`), not apart. */
    readonly catalog?: Catalog;
  },
): Promise<CountyAggregate> {
  const { year } = options;
  const counted = COUNTED[options.from ?? 'submitted'];
  const [records, units] = await Promise.all([store.list({ year }), store.units()]);
  const reports: Report[] = [];
  const workflow: Record<string, UnitWorkflow> = {};
  const figureWarnings: FigureWarnings[] = [];
  for (const record of records) {
    workflow[record.unit] = { status: record.status, id: record.id, version: record.version };
    if (!counted.includes(record.status)) continue;
    const [first, latest, history] = await Promise.all([
      store.firstReceipt(record.id),
      store.latest(record.id),
      store.history(record.id),
    ]);
    if (!latest || !first) continue;
    const { publishedOn: _typed, ...report } = latest.report;
    // The unit is the one whose token sent it, as the roster names it.
    const listed = units.find((unit) => unit.name === record.unit);
    // Only the roster's word: a parent or code the report claims could match it to another unit's row.
    const { code: _code, parent: _parent, ...claimed } = report.unit;
    const unit = {
      ...claimed,
      name: record.unit,
      ...(listed?.code ? { code: listed.code } : {}),
      ...(listed?.parent ? { parent: { name: listed.parent } } : {}),
    };
    const onFigures = latest.warnings.filter((issue) => issue.path[0] === 'metrics');
    if (onFigures.length > 0)
      figureWarnings.push({
        unit: record.unit,
        id: record.id,
        version: record.version,
        issues: onFigures,
        figures: onFigures.map((issue) => warnedFigure(latest.report, issue, options.catalog)),
      });
    reports.push({
      ...report,
      unit,
      // The 报送日期 as core's one rule has it: the first receipt (a loaded report's own date).
      submittedOn: judgedSubmission(latest.report, first).on,
      ...(record.publishedOn ? { publishedOn: record.publishedOn } : {}),
      // 保密审查 as the county confirmed it (备案, 公开): counted in 完整度 whatever the unit's report says.
      ...(confirmedByCounty(history) ? { confidentialityReviewed: true } : {}),
    });
  }
  const roster: RosterEntry[] = units.map((unit) => ({
    name: unit.name,
    level: isUnitLevel(unit.level) ? unit.level : 'town',
    ...(unit.code ? { code: unit.code } : {}),
    ...(unit.parent ? { parent: unit.parent } : {}),
    // A roster's own deadline is a date: it holds for the reports due in its year.
    ...(unit.deadline?.startsWith(`${year + 1}-`) ? { deadline: unit.deadline } : {}),
  }));
  const result = aggregate(reports, {
    year,
    roster,
    unitValues: true,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.deadlines ? { deadlines: options.deadlines } : {}),
    ...(options.catalog ? { catalog: options.catalog } : {}),
  });
  const config = resolveDeadlines(options.deadlines);
  const due = (level: UnitLevel) => dueDates(year, level, config);
  const deadlines: JudgedDeadlines = {
    source: options.source ?? (options.deadlines ? 'options' : 'default'),
    overrides: options.deadlines ?? null,
    submitBy: Object.fromEntries(UnitLevelSchema.options.map((level) => [level, due(level).submitBy])) as Record<
      UnitLevel,
      string
    >,
    publishBy: publicationDeadline(year, config),
    units: Object.fromEntries(roster.flatMap((entry) => (entry.deadline ? [[entry.name, entry.deadline]] : []))),
  };
  return { ...result, counted, workflow, figureWarnings, deadlines };
}

// The figure a warning is about (its path `metrics.N…`), and whether the year's total counts it; null when
// the path names none.
function warnedFigure(report: Report, issue: ValidationIssue, catalog: Catalog | undefined): WarnedFigure | null {
  const metric = typeof issue.path[1] === 'number' ? report.metrics[issue.path[1]] : undefined;
  if (!metric) return null;
  return {
    indicator: metric.indicator,
    label: metric.label,
    value: metric.value,
    unit: metric.unit,
    qualifier: metric.qualifier,
    ...(metric.scope ? { scope: metric.scope } : {}),
    counted: countedFigures(report, metric.indicator, catalog).counted === metric,
  };
}

/**
 * The county's name: as set with `serve --county`, else the parent most units on the roster
 * share (青川县 for its towns), else undefined.
 *
 * @example await countyName(store) // '青川县'
 */
export async function countyName(store: Store): Promise<string | undefined> {
  const { county } = await store.settings();
  if (county) return county;
  const counts = new Map<string, number>();
  for (const unit of await store.units()) if (unit.parent) counts.set(unit.parent, (counts.get(unit.parent) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
