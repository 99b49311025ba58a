import type { AggregateResult, Report, ValidationIssue } from '@law-report/core/model';

import type { ReviewStatus } from '../events/law-report-review-change-event.js';

export type { ReviewStatus };

/** What the collection server (`law-report serve`) said to a submission. */
export type Sent =
  | { readonly kind: 'submitted'; readonly id: string; readonly version: number; readonly status: ReviewStatus; readonly at: string; readonly warnings: readonly ValidationIssue[] }
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
  const value = (typeof body === 'object' && body !== null ? body : {}) as { id?: unknown; version?: unknown; status?: unknown; submittedAt?: unknown; warnings?: unknown; issues?: unknown; error?: { message?: unknown } };
  if (response.status === 201 && typeof value.id === 'string' && typeof value.version === 'number') {
    const at = typeof value.submittedAt === 'string' ? value.submittedAt : new Date().toISOString();
    const warnings = (Array.isArray(value.warnings) ? (value.warnings as ValidationIssue[]) : []).filter((issue) => issue.severity === 'warning' && typeof issue.message === 'string');
    return { kind: 'submitted', id: value.id, version: value.version, status: isStatus(value.status) ? value.status : 'submitted', at, warnings };
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

/** A step of the county's review, as the collection server names it. */
export type ReviewAction = 'return' | 'file' | 'publish' | 'unpublish';

/** One unit's latest report in the county's queue (reviewer token). */
export interface QueuedReport extends UnitReport {
  readonly unit: string;
}

/** One report as the county reviews it: latest version, the one before, history, what may be done. */
export interface ReviewedReport {
  readonly id: string;
  readonly unit: string;
  readonly year: number;
  readonly status: ReviewStatus;
  readonly version: number;
  readonly report: unknown;
  readonly previous: unknown;
  readonly warnings: readonly ValidationIssue[];
  readonly history: readonly { readonly action?: string; readonly to: ReviewStatus; readonly at: string; readonly by: string; readonly reason: string | null }[];
  readonly actions: readonly ReviewAction[];
}

/** What a review step did: the new status, the issues that stop it, or the server's message. */
export type Acted = { readonly ok: true; readonly status: ReviewStatus } | { readonly ok: false; readonly message: string; readonly issues: readonly ValidationIssue[] };

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Every unit's latest report on `year` (reviewer token), or the server's message why not. */
export async function listQueue(endpoint: string, token: string | undefined, locale: string, year: number): Promise<readonly QueuedReport[] | { readonly error: string }> {
  try {
    const response = await fetch(url(endpoint, `/reports?year=${year}`), { headers: headers(token, locale) });
    const body = (await response.json().catch(() => ({}))) as { reports?: unknown; error?: { message?: unknown } };
    if (!response.ok) return { error: typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}` };
    return list<Record<string, unknown>>(body.reports)
      .filter((record) => typeof record['id'] === 'string' && typeof record['unit'] === 'string' && isStatus(record['status']))
      .map((record) => ({
        id: record['id'] as string,
        unit: record['unit'] as string,
        year: typeof record['year'] === 'number' ? record['year'] : year,
        status: record['status'] as ReviewStatus,
        version: typeof record['version'] === 'number' ? record['version'] : 1,
        updatedAt: typeof record['updatedAt'] === 'string' ? record['updatedAt'] : '',
        publishedOn: typeof record['publishedOn'] === 'string' ? record['publishedOn'] : null,
      }));
  } catch (failure) {
    return { error: failure instanceof Error ? failure.message : String(failure) };
  }
}

/** One report for review: its latest version, the version before (if any) and what may be done. */
export async function fetchForReview(endpoint: string, token: string | undefined, locale: string, id: string): Promise<ReviewedReport | { readonly error: string }> {
  try {
    const response = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}`), { headers: headers(token, locale) });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown> & { error?: { message?: unknown } };
    if (!response.ok || !isStatus(body['status'])) return { error: typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}` };
    const version = typeof body['version'] === 'number' ? body['version'] : 1;
    // The server gives the version before (`previous: { version, report, … } | null`); an older one, only the list of versions.
    const given = body['previous'];
    let previous: unknown = typeof given === 'object' && given !== null ? (given as { report?: unknown }).report : undefined;
    if (given === undefined && version > 1) {
      const versions = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}/versions`), { headers: headers(token, locale) }).then((answer) => (answer.ok ? answer.json() : {})).catch(() => ({}));
      const all = list<{ version?: unknown; report?: unknown }>((versions as { versions?: unknown }).versions);
      previous = all.find((entry) => entry.version === version - 1)?.report;
    }
    return {
      id,
      unit: String(body['unit'] ?? ''),
      year: typeof body['year'] === 'number' ? body['year'] : 0,
      status: body['status'],
      version,
      report: body['report'],
      previous,
      warnings: list<ValidationIssue>(body['warnings']).filter((issue) => issue.severity === 'warning'),
      history: list(body['history']),
      actions: list<string>(body['actions']).filter((action): action is ReviewAction => ['return', 'file', 'publish', 'unpublish'].includes(action)),
    };
  } catch (failure) {
    return { error: failure instanceof Error ? failure.message : String(failure) };
  }
}

/** Takes a review step (`/reports/:id/<action>`), with a reason where one is given. */
export async function act(endpoint: string, token: string | undefined, locale: string, id: string, action: ReviewAction, reason: string): Promise<Acted> {
  try {
    const response = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}/${action}`), { method: 'POST', headers: headers(token, locale, true), body: JSON.stringify(reason ? { reason } : {}) });
    const body = (await response.json().catch(() => ({}))) as { status?: unknown; issues?: unknown; error?: { message?: unknown } };
    if (response.ok && isStatus(body.status)) return { ok: true, status: body.status };
    return { ok: false, message: typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}`, issues: list<ValidationIssue>(body.issues) };
  } catch (failure) {
    return { ok: false, message: failure instanceof Error ? failure.message : String(failure), issues: [] };
  }
}
