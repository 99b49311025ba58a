import { isQualifier, isScope, type Locale, type Metric } from '@law-report/core/model';
import { isStatus, type ReviewStatus } from './client-base.js';

// What a collection server adds to its aggregate, read off it: the review (which statuses were
// counted, where each unit's report is) and the deadlines it judged by. Pure readers: the
// dashboard needs them for any aggregate, the fetching itself only with a server.

/** Which reports the county's totals count: every report not returned, or only what the county has filed or published. */
export type CountFrom = 'submitted' | 'filed';

/** Where a unit's report on the year is in the review, as the server's aggregate says. */
export interface UnitWorkflow {
  readonly status: ReviewStatus;
  readonly id: string;
  readonly version: number;
}

/** What the review adds to the server's aggregate: the statuses totalled and each unit's report. */
export interface AggregateReview {
  readonly counted: readonly ReviewStatus[];
  readonly workflow: Readonly<Record<string, UnitWorkflow>>;
}

/**
 * The review's part of an aggregate from `law-report serve` (`counted`, `workflow`), read
 * defensively; undefined for an aggregate made elsewhere, which has none.
 *
 * @example reviewOf(await (await fetch('/api/aggregate?year=2023')).json())?.workflow['北留镇']?.status // 'returned'
 */
export function reviewOf(aggregate: unknown): AggregateReview | undefined {
  if (typeof aggregate !== 'object' || aggregate === null) return undefined;
  const { counted, workflow } = aggregate as { counted?: unknown; workflow?: unknown };
  if (!Array.isArray(counted) || typeof workflow !== 'object' || workflow === null) return undefined;
  const units: Record<string, UnitWorkflow> = {};
  for (const [unit, entry] of Object.entries(workflow)) {
    const { status, id, version } = (typeof entry === 'object' && entry !== null ? entry : {}) as {
      status?: unknown;
      id?: unknown;
      version?: unknown;
    };
    if (isStatus(status) && typeof id === 'string')
      units[unit] = { status, id, version: typeof version === 'number' ? version : 1 };
  }
  return { counted: counted.filter(isStatus), workflow: units };
}

/** The deadlines the server judged a year's reports by (`deadlines` of its aggregate). */
export interface JudgedBy {
  readonly source: 'options' | 'database' | 'default';
  readonly submitBy: Readonly<Record<string, string>>;
  readonly publishBy: string | undefined;
}

/** Reads `deadlines` off a server's aggregate; undefined when it has none. */
export function judgedBy(aggregate: unknown): JudgedBy | undefined {
  const deadlines =
    typeof aggregate === 'object' && aggregate !== null ? (aggregate as { deadlines?: unknown }).deadlines : undefined;
  if (typeof deadlines !== 'object' || deadlines === null) return undefined;
  const { source, submitBy, publishBy } = deadlines as { source?: unknown; submitBy?: unknown; publishBy?: unknown };
  const dates = Object.fromEntries(
    Object.entries(typeof submitBy === 'object' && submitBy !== null ? submitBy : {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  return {
    source: source === 'options' || source === 'database' ? source : 'default',
    submitBy: dates,
    publishBy: typeof publishBy === 'string' ? publishBy : undefined,
  };
}

/** A figure in the totals its unit was warned about when it submitted it, read off a server's `figureWarnings` (the server's WarnedFigure, with its unit and what the unit was told). */
export interface DoubtfulFigure {
  /** The unit's name. */
  readonly unit: string;
  /** The figure as the unit's report gives it. */
  readonly figure: Pick<Metric, 'indicator' | 'label' | 'value' | 'unit' | 'qualifier' | 'scope'>;
  /** What the unit was told, in each language. */
  readonly messages: Readonly<Record<Locale, string>>;
}

/**
 * The figures in the year's totals of an aggregate from `law-report serve` that their units were warned
 * about (implausible for a town, ten times the year before…), read defensively. Not a figure the totals
 * leave out (a target, another quantity's measure word, the smaller of one stated twice: `counted` false),
 * nor a warning about no one figure; none for an aggregate made elsewhere, or a server's from before it
 * named them.
 *
 * @example doubtfulFiguresOf(aggregate).map(({ unit, figure }) => `${unit} ${figure.label}`) // ['西河镇 法律咨询']
 */
export function doubtfulFiguresOf(aggregate: unknown): DoubtfulFigure[] {
  const given =
    typeof aggregate === 'object' && aggregate !== null
      ? (aggregate as { figureWarnings?: unknown }).figureWarnings
      : undefined;
  if (!Array.isArray(given)) return [];
  return given.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { unit, issues, figures } = entry as { unit?: unknown; issues?: unknown; figures?: unknown };
    if (typeof unit !== 'string' || !Array.isArray(issues) || !Array.isArray(figures)) return [];
    return figures.flatMap((figure: unknown, index) => {
      const counted =
        typeof figure === 'object' && figure !== null && (figure as { counted?: unknown }).counted === true;
      const read = counted ? readFigure(figure) : undefined;
      const messages = readMessages(issues[index]);
      return read && messages ? [{ unit, figure: read, messages }] : [];
    });
  });
}

function readFigure(value: unknown): DoubtfulFigure['figure'] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { indicator, label, value: number, unit, qualifier, scope } = value as Record<string, unknown>;
  if (
    typeof indicator !== 'string' ||
    typeof label !== 'string' ||
    typeof number !== 'number' ||
    typeof unit !== 'string'
  )
    return undefined;
  return {
    indicator,
    label,
    value: number,
    unit,
    qualifier: isQualifier(qualifier) ? qualifier : 'exact',
    ...(isScope(scope) ? { scope } : {}),
  };
}

function readMessages(issue: unknown): Readonly<Record<Locale, string>> | undefined {
  if (typeof issue !== 'object' || issue === null) return undefined;
  const { message, messages } = issue as { message?: unknown; messages?: unknown };
  const both = typeof messages === 'object' && messages !== null ? (messages as Record<string, unknown>) : {};
  const zh = typeof both['zh-CN'] === 'string' ? both['zh-CN'] : typeof message === 'string' ? message : undefined;
  if (zh === undefined) return undefined;
  return { 'zh-CN': zh, en: typeof both.en === 'string' ? both.en : zh };
}
