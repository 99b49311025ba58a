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
