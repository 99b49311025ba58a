import {
  parseCatalog,
  parseDeadlines,
  type Catalog,
  type DeadlineOverrides,
  type Report,
  type ValidationIssue,
} from '@law-report/core/model';
import { headers, isStatus, reportRecord, serverFailed, url, warningsOf, type ReviewStatus } from './client-base.js';

// The unit's side of the collection server: submit a report, list the unit's reports, read one.
// Loaded by the form only once it has an endpoint and a token.

/** What the collection server (`law-report serve`) said to a submission. */
export type Sent =
  | {
      readonly kind: 'submitted';
      readonly id: string;
      readonly version: number;
      readonly status: ReviewStatus;
      readonly at: string;
      readonly warnings: readonly ValidationIssue[];
    }
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
  /** The unit as the county's roster names it (its public page is addressed by it); absent when the server does not say. */
  readonly unit?: string;
  /**
   * The 报送日期 the county judges the report by (ISO): the day it first received it, whatever
   * version came later; absent when the server does not say.
   */
  readonly submittedOn?: string;
}

/**
 * One report from the server: its latest version, the server's warnings on it (said when it came) and the
 * review's steps (`action`: the step, where the server names it).
 */
export interface ReportWithHistory {
  readonly report: unknown;
  readonly warnings: readonly ValidationIssue[];
  readonly history: readonly {
    readonly to: ReviewStatus;
    readonly at: string;
    readonly reason: string | null;
    readonly action?: string;
  }[];
}

/** POSTs a report to `{endpoint}/reports`; never throws. */
export async function sendReport(
  endpoint: string,
  token: string | undefined,
  locale: string,
  report: Report,
): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(url(endpoint, '/reports'), {
      method: 'POST',
      headers: headers(token, locale, true),
      body: JSON.stringify(report),
    });
  } catch {
    return { kind: 'offline' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const value = (typeof body === 'object' && body !== null ? body : {}) as {
    id?: unknown;
    version?: unknown;
    status?: unknown;
    submittedAt?: unknown;
    warnings?: unknown;
    issues?: unknown;
    error?: { message?: unknown };
  };
  if (response.status === 201 && typeof value.id === 'string' && typeof value.version === 'number') {
    const at = typeof value.submittedAt === 'string' ? value.submittedAt : new Date().toISOString();
    return {
      kind: 'submitted',
      id: value.id,
      version: value.version,
      status: isStatus(value.status) ? value.status : 'submitted',
      at,
      warnings: warningsOf(value.warnings),
    };
  }
  if (response.status === 422 && Array.isArray(value.issues)) {
    // Only issues of the shape the form shows (a path to a field, a message): the answer is never trusted.
    const issues = (value.issues as unknown[]).filter(
      (issue): issue is ValidationIssue =>
        typeof issue === 'object' &&
        issue !== null &&
        Array.isArray((issue as { path?: unknown }).path) &&
        typeof (issue as { message?: unknown }).message === 'string',
    );
    return { kind: 'invalid', issues };
  }
  return {
    kind: 'refused',
    message:
      typeof value.error?.message === 'string' ? value.error.message : serverFailed(locale, response.status, true),
  };
}

/** The unit's reports, every year, newest year first; the server's message why not, or offline. */
export async function listUnitReports(
  endpoint: string,
  token: string | undefined,
  locale: string,
): Promise<readonly UnitReport[] | { readonly error: string | undefined }> {
  try {
    const response = await fetch(url(endpoint, '/reports'), { headers: headers(token, locale) });
    const body = (await response.json().catch(() => ({}))) as { reports?: unknown; error?: { message?: unknown } };
    if (!response.ok || !Array.isArray(body.reports))
      return {
        error:
          typeof body.error?.message === 'string' ? body.error.message : serverFailed(locale, response.status, true),
      };
    return (body.reports as Record<string, unknown>[])
      .filter(
        (record) =>
          typeof record['id'] === 'string' && typeof record['year'] === 'number' && isStatus(record['status']),
      )
      .map(reportRecord)
      .sort((a, b) => b.year - a.year);
  } catch {
    return { error: undefined };
  }
}

/** One report's latest version and review steps, undefined when it cannot be had. */
export async function fetchReport(
  endpoint: string,
  token: string | undefined,
  locale: string,
  id: string,
): Promise<ReportWithHistory | undefined> {
  try {
    const response = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}`), {
      headers: headers(token, locale),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { report?: unknown; history?: unknown; warnings?: unknown };
    const history = (Array.isArray(body.history) ? body.history : []).filter(
      (step): step is ReportWithHistory['history'][number] =>
        typeof step === 'object' && step !== null && isStatus((step as { to?: unknown }).to),
    );
    return { report: body.report, warnings: warningsOf(body.warnings), history };
  } catch {
    return undefined;
  }
}

// How long an import waits to learn its unit before it goes on without.
const PATIENCE_MS = 5000;

/** What the server says of itself to a unit's token (`GET {endpoint}/info`). */
export interface ServerInfo {
  /** The county's name, when the server knows it (`serve --county`). */
  readonly county?: string;
  /** The unit the token signs in for, as the server names it. */
  readonly unit?: string;
  /** The county's deadline overrides (`serve --deadlines`), checked; absent when it set none or they are not valid. */
  readonly deadlines?: DeadlineOverrides;
  /** The unit's own deadline on the county's roster (an ISO date), when it has one. */
  readonly ownDeadline?: string;
  /** The county's own indicators (`serve --catalog`) with the built-in ones, checked; absent when it keeps none. */
  readonly catalog?: Catalog;
}

/**
 * The unit a token signs in for, the county's deadlines and its own indicators, as the server gives them (`GET
 * {endpoint}/info`; the form asks it for its unit's, the review desk for the county's catalog, the dashboard and the
 * years view for the county's name and catalog); no unit for a
 * county's token, nothing from an older server that does not say, or a server that does not answer in 5 s.
 *
 * @example await fetchInfo('/api', token, 'zh-CN') // { unit: '柳林乡', deadlines: { submit: { town: '01-31' } } }
 */
export async function fetchInfo(endpoint: string, token: string | undefined, locale: string): Promise<ServerInfo> {
  try {
    const response = await fetch(url(endpoint, '/info'), {
      headers: headers(token, locale),
      signal: AbortSignal.timeout(PATIENCE_MS),
    });
    const body = (await response.json().catch(() => ({}))) as {
      county?: unknown;
      unit?: unknown;
      deadlines?: unknown;
      ownDeadline?: unknown;
      catalog?: unknown;
    };
    if (!response.ok) return {};
    // Checked as any input is: a server's answer is never trusted to be what it should.
    const deadlines = body.deadlines == null ? undefined : parseDeadlines(body.deadlines, 'en');
    const catalog = body.catalog == null ? undefined : parseCatalog(body.catalog, 'en');
    return {
      ...(typeof body.county === 'string' && body.county.trim() ? { county: body.county } : {}),
      ...(typeof body.unit === 'string' && body.unit.trim() ? { unit: body.unit } : {}),
      ...(deadlines?.ok ? { deadlines: deadlines.value } : {}),
      // Judged by core's withOwnDeadline, which takes only an ISO date of the report's next year.
      ...(typeof body.ownDeadline === 'string' ? { ownDeadline: body.ownDeadline } : {}),
      ...(catalog?.ok ? { catalog: catalog.catalog } : {}),
    };
  } catch {
    return {};
  }
}
