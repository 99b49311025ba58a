import type { AggregateResult, Report, ValidationIssue } from '@law-report/core/model';

/** Where a report is in the county's review, as the collection server says. */
export type ReviewStatus = 'submitted' | 'returned' | 'filed' | 'published';

/** What the collection server (`law-report serve`) said to a submission. */
export type Sent =
  | { readonly kind: 'submitted'; readonly id: string; readonly version: number; readonly status: ReviewStatus; readonly at: string }
  | { readonly kind: 'invalid'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'offline' };

/** One of the unit's reports as the county tracks it: one a year, its latest version's number. */
export interface UnitReport {
  readonly id: string;
  readonly year: number;
  readonly status: ReviewStatus;
  readonly version: number;
  readonly updatedAt: string;
  readonly publishedOn: string | null;
}

/** One report from the server: its latest version and the review's steps. */
export interface ReportWithHistory {
  readonly report: unknown;
  readonly history: readonly { readonly to: ReviewStatus; readonly at: string; readonly reason: string | null }[];
}

const headers = (token: string | undefined, locale: string, json = false): HeadersInit => ({
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  'accept-language': locale,
  ...(json ? { 'content-type': 'application/json' } : {}),
});

const url = (endpoint: string, path: string) => `${endpoint.replace(/\/+$/, '')}${path}`;

const STATUSES: readonly string[] = ['submitted', 'returned', 'filed', 'published'];
const isStatus = (value: unknown): value is ReviewStatus => typeof value === 'string' && STATUSES.includes(value);

/** POSTs a report to `{endpoint}/reports`; never throws. */
export async function sendReport(endpoint: string, token: string | undefined, locale: string, report: Report): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(url(endpoint, '/reports'), { method: 'POST', headers: headers(token, locale, true), body: JSON.stringify(report) });
  } catch {
    return { kind: 'offline' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const value = (typeof body === 'object' && body !== null ? body : {}) as { id?: unknown; version?: unknown; status?: unknown; submittedAt?: unknown; issues?: unknown; error?: { message?: unknown } };
  if (response.status === 201 && typeof value.id === 'string' && typeof value.version === 'number') {
    const at = typeof value.submittedAt === 'string' ? value.submittedAt : new Date().toISOString();
    return { kind: 'submitted', id: value.id, version: value.version, status: isStatus(value.status) ? value.status : 'submitted', at };
  }
  if (response.status === 422 && Array.isArray(value.issues)) return { kind: 'invalid', issues: value.issues as ValidationIssue[] };
  return { kind: 'refused', message: typeof value.error?.message === 'string' ? value.error.message : `HTTP ${response.status}` };
}

/** The unit's reports, every year, newest year first; the server's message why not, or offline. */
export async function listUnitReports(endpoint: string, token: string | undefined, locale: string): Promise<readonly UnitReport[] | { readonly error: string | undefined }> {
  try {
    const response = await fetch(url(endpoint, '/reports'), { headers: headers(token, locale) });
    const body = (await response.json().catch(() => ({}))) as { reports?: unknown; error?: { message?: unknown } };
    if (!response.ok || !Array.isArray(body.reports)) return { error: typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}` };
    return (body.reports as Record<string, unknown>[])
      .filter((record) => typeof record['id'] === 'string' && typeof record['year'] === 'number' && isStatus(record['status']))
      .map((record) => ({
        id: record['id'] as string,
        year: record['year'] as number,
        status: record['status'] as ReviewStatus,
        version: typeof record['version'] === 'number' ? record['version'] : 1,
        updatedAt: typeof record['updatedAt'] === 'string' ? record['updatedAt'] : '',
        publishedOn: typeof record['publishedOn'] === 'string' ? record['publishedOn'] : null,
      }))
      .sort((a, b) => b.year - a.year);
  } catch {
    return { error: undefined };
  }
}

/** One report's latest version and review steps, undefined when it cannot be had. */
export async function fetchReport(endpoint: string, token: string | undefined, locale: string, id: string): Promise<ReportWithHistory | undefined> {
  try {
    const response = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}`), { headers: headers(token, locale) });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { report?: unknown; history?: unknown };
    const history = (Array.isArray(body.history) ? body.history : []).filter((step): step is ReportWithHistory['history'][number] => typeof step === 'object' && step !== null && isStatus((step as { to?: unknown }).to));
    return { report: body.report, history };
  } catch {
    return undefined;
  }
}

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
