import type { ValidationIssue } from '@law-report/core/model';
import {
  headers,
  isStatus,
  list,
  serverFailed,
  unreachable,
  url,
  warningsOf,
  type ReviewStatus,
} from './client-base.js';

export { REVIEW_STATUSES } from './client-base.js';

export type { ReviewStatus };

// The county's side of the review: one report with what may be done, and a step. The desk reads its
// queue (`GET /reports`) with law-report-review/desk-queue.ts.

/** A step of the county's review, as the collection server names it. */
export type ReviewAction = 'return' | 'file' | 'publish' | 'unpublish';

/** One report as the county reviews it: latest version, the one before, history, what may be done. */
export interface ReviewedReport {
  readonly id: string;
  readonly unit: string;
  readonly year: number;
  readonly status: ReviewStatus;
  readonly version: number;
  /**
   * The report's 报送日期 as the server gives it: the day in China the county first received the
   * unit's report of the year (a loaded one's own date), which a resubmission does not move; an
   * older server gave the day the latest version came.
   */
  readonly submittedOn: string | undefined;
  readonly report: unknown;
  /** The version the review compares with: the one the county last returned when the unit sent it again since, else the one before. */
  readonly previous: unknown;
  /** That version's number, and whether it is the one the county returned (`returned`) or the one before (`before`). */
  readonly compared: { readonly version: number; readonly kind: 'returned' | 'before' } | undefined;
  readonly warnings: readonly ValidationIssue[];
  /** Every step; `confidentialityReviewed` where the reviewer confirmed 保密审查 in it (公开). */
  readonly history: readonly {
    readonly action?: string;
    readonly to: ReviewStatus;
    readonly at: string;
    readonly by: string;
    readonly reason: string | null;
    readonly confidentialityReviewed?: boolean;
  }[];
  readonly actions: readonly ReviewAction[];
}

/** What a review step did: the new status, the issues that stop it, or the server's message. */
export type Acted =
  | { readonly ok: true; readonly status: ReviewStatus }
  | { readonly ok: false; readonly message: string; readonly issues: readonly ValidationIssue[] };

/** One report for review: its latest version, the version before (if any) and what may be done. */
export async function fetchForReview(
  endpoint: string,
  token: string | undefined,
  locale: string,
  id: string,
): Promise<ReviewedReport | { readonly error: string }> {
  try {
    const response = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}`), {
      headers: headers(token, locale),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown> & {
      error?: { message?: unknown };
    };
    if (!response.ok || !isStatus(body['status']))
      return {
        error: typeof body.error?.message === 'string' ? body.error.message : serverFailed(locale, response.status),
      };
    const version = typeof body['version'] === 'number' ? body['version'] : 1;
    // The server gives the version to compare with (`previous: { version, report, compared, … } | null`); an older one,
    // only the list of versions.
    const given = body['previous'];
    let previous: unknown =
      typeof given === 'object' && given !== null ? (given as { report?: unknown }).report : undefined;
    let compared: ReviewedReport['compared'] =
      typeof given === 'object' && given !== null
        ? {
            version: Number((given as { version?: unknown }).version) || version - 1,
            kind: (given as { compared?: unknown }).compared === 'returned' ? 'returned' : 'before',
          }
        : undefined;
    if (given === undefined && version > 1) {
      // An older server: the version before, by its number.
      const before = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}/versions/${version - 1}`), {
        headers: headers(token, locale),
      })
        .then((answer) => (answer.ok ? answer.json() : {}))
        .catch(() => ({}));
      previous = (before as { report?: unknown }).report;
      compared = { version: version - 1, kind: 'before' };
    }
    return {
      id,
      unit: String(body['unit'] ?? ''),
      year: typeof body['year'] === 'number' ? body['year'] : 0,
      status: body['status'],
      version,
      submittedOn: typeof body['submittedOn'] === 'string' ? body['submittedOn'] : undefined,
      report: body['report'],
      previous,
      compared,
      warnings: warningsOf(body['warnings']),
      history: list(body['history']),
      actions: list<string>(body['actions']).filter((action): action is ReviewAction =>
        ['return', 'file', 'publish', 'unpublish'].includes(action),
      ),
    };
  } catch {
    return { error: unreachable(locale) };
  }
}

/** What a review step says besides its reason: the version read, and what the reviewer confirms. */
export interface StepDetails {
  /** The version the reviewer read: the server refuses the step (409) when a newer one came since. */
  readonly version?: number;
  /** 公开: the reviewer confirms 保密审查 is done (the server keeps who and when). */
  readonly confidentialityReviewed?: boolean;
}

/** Takes a review step (`/reports/:id/<action>`), with a reason where one is given, the version read and any confirmation. */
export async function act(
  endpoint: string,
  token: string | undefined,
  locale: string,
  id: string,
  action: ReviewAction,
  reason: string,
  details: StepDetails = {},
): Promise<Acted> {
  try {
    const sent = { ...(reason ? { reason } : {}), ...details };
    const response = await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}/${action}`), {
      method: 'POST',
      headers: headers(token, locale, true),
      body: JSON.stringify(sent),
    });
    const body = (await response.json().catch(() => ({}))) as {
      status?: unknown;
      issues?: unknown;
      error?: { message?: unknown };
    };
    if (response.ok && isStatus(body.status)) return { ok: true, status: body.status };
    return {
      ok: false,
      message: typeof body.error?.message === 'string' ? body.error.message : serverFailed(locale, response.status),
      issues: list<ValidationIssue>(body.issues),
    };
  } catch {
    return { ok: false, message: unreachable(locale), issues: [] };
  }
}
