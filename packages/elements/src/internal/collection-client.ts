import type { AggregateResult } from '@law-report/core/model';
import { headers, isStatus, list, url, type ReviewStatus } from './client-base.js';
import { listUnitReports, type UnitReport } from './unit-client.js';

export type { ReviewStatus };
export { fetchForReview, type ReviewedReport } from './review-client.js';

// The dashboard's side of the collection server: the year's aggregate and one unit's report.

/** The year's aggregate from `{endpoint}/aggregate`, or the server's message why not. */
export async function fetchAggregate(endpoint: string, token: string | undefined, locale: string, year: number): Promise<AggregateResult | { readonly error: string }> {
  try {
    const response = await fetch(url(endpoint, `/aggregate?year=${year}`), { headers: headers(token, locale) });
    const body = (await response.json()) as AggregateResult & { error?: { message?: string } };
    return response.ok ? body : { error: body.error?.message ?? `HTTP ${response.status}` };
  } catch (failure) {
    return { error: failure instanceof Error ? failure.message : String(failure) };
  }
}

/** A unit's latest report on `year` from the server (reviewer token), for its summary. */
export async function fetchUnitReport(endpoint: string, token: string | undefined, locale: string, year: number, unit: string): Promise<unknown> {
  try {
    const list = (await (await fetch(url(endpoint, `/reports?year=${year}`), { headers: headers(token, locale) })).json()) as { reports?: { id: string; unit: string }[] };
    const id = list.reports?.find((report) => report.unit === unit)?.id;
    if (!id) return undefined;
    return ((await (await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}`), { headers: headers(token, locale) })).json()) as { report?: unknown }).report;
  } catch {
    return undefined;
  }
}

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
    const { status, id, version } = (typeof entry === 'object' && entry !== null ? entry : {}) as { status?: unknown; id?: unknown; version?: unknown };
    if (isStatus(status) && typeof id === 'string') units[unit] = { status, id, version: typeof version === 'number' ? version : 1 };
  }
  return { counted: counted.filter(isStatus), workflow: units };
}

/** The year's aggregate counted from `countFrom` (`/aggregate?year=&status=`), or the server's message why not (none: no connection). */
export async function fetchCountedAggregate(endpoint: string, token: string | undefined, locale: string, year: number, countFrom: CountFrom): Promise<AggregateResult | { readonly error: string | undefined }> {
  try {
    const response = await fetch(url(endpoint, `/aggregate?year=${year}&status=${countFrom}`), { headers: headers(token, locale) });
    const body = (await response.json().catch(() => ({}))) as AggregateResult & { error?: { message?: unknown } };
    if (response.ok && typeof body.year === 'number' && Array.isArray(body.unitsDetail)) return body;
    return { error: typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}` };
  } catch {
    return { error: undefined };
  }
}

/** The years the server holds reports on (reviewer token: every unit's), newest first, or the server's message why not (none: no connection). */
export async function listYears(endpoint: string, token: string | undefined, locale: string): Promise<readonly number[] | { readonly error: string | undefined }> {
  const reports = await listUnitReports(endpoint, token, locale);
  if (!Array.isArray(reports)) return { error: (reports as { error: string | undefined }).error };
  return [...new Set((reports as readonly UnitReport[]).map((report) => report.year))].sort((a, b) => b - a);
}

/** What the county's server says of itself (`/api/info`): its county's name, when it knows it. */
export async function fetchCounty(endpoint: string, token: string | undefined, locale: string): Promise<string | undefined> {
  try {
    const response = await fetch(url(endpoint, '/info'), { headers: headers(token, locale) });
    const body = (await response.json().catch(() => ({}))) as { county?: unknown };
    return response.ok && typeof body.county === 'string' && body.county.trim() ? body.county : undefined;
  } catch {
    return undefined;
  }
}

/** The deadlines the server judged a year's reports by (`deadlines` of its aggregate). */
export interface JudgedBy {
  readonly source: 'options' | 'database' | 'default';
  readonly submitBy: Readonly<Record<string, string>>;
  readonly publishBy: string | undefined;
}

/** Reads `deadlines` off a server's aggregate; undefined when it has none. */
export function judgedBy(aggregate: unknown): JudgedBy | undefined {
  const deadlines = typeof aggregate === 'object' && aggregate !== null ? (aggregate as { deadlines?: unknown }).deadlines : undefined;
  if (typeof deadlines !== 'object' || deadlines === null) return undefined;
  const { source, submitBy, publishBy } = deadlines as { source?: unknown; submitBy?: unknown; publishBy?: unknown };
  const dates = Object.fromEntries(Object.entries(typeof submitBy === 'object' && submitBy !== null ? submitBy : {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return { source: source === 'options' || source === 'database' ? source : 'default', submitBy: dates, publishBy: typeof publishBy === 'string' ? publishBy : undefined };
}

