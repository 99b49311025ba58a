import { formatMessage, type ValidationIssue } from '@law-report/core/model';
import type { ReviewStatus } from '../events/law-report-review-change-event.js';
import { localeOf } from './locale.js';
import { stringsOf } from './strings.js';

// What every client of the collection server (`law-report serve`) shares: its headers, its
// addresses, and reading its answers without trusting them.

export type { ReviewStatus };

/** The headers of a request: the token, the language answers come in, JSON when a body goes. */
export const headers = (token: string | undefined, locale: string, json = false): HeadersInit => ({
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  'accept-language': locale,
  ...(json ? { 'content-type': 'application/json' } : {}),
});

/** `{endpoint}{path}`, whatever slashes the endpoint ends in. */
export const url = (endpoint: string, path: string): string => `${endpoint.replace(/\/+$/, '')}${path}`;

/** The review's statuses, in the order of the review. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['submitted', 'returned', 'filed', 'published'];

/** Whether a value is a review status the server names. */
export const isStatus = (value: unknown): value is ReviewStatus =>
  typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value);

/** A report record of `GET /reports` as the clients keep it (its id and status already checked). */
export function reportRecord(record: Readonly<Record<string, unknown>>): {
  id: string;
  year: number;
  status: ReviewStatus;
  version: number;
  updatedAt: string;
  publishedOn: string | null;
  unit?: string;
  submittedOn?: string;
} {
  return {
    id: record['id'] as string,
    year: typeof record['year'] === 'number' ? record['year'] : 0,
    status: record['status'] as ReviewStatus,
    version: typeof record['version'] === 'number' ? record['version'] : 1,
    updatedAt: typeof record['updatedAt'] === 'string' ? record['updatedAt'] : '',
    publishedOn: typeof record['publishedOn'] === 'string' ? record['publishedOn'] : null,
    ...(typeof record['unit'] === 'string' ? { unit: record['unit'] } : {}),
    ...(typeof record['submittedOn'] === 'string' ? { submittedOn: record['submittedOn'] } : {}),
  };
}

/** A list from an answer, or none. */
export const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * The server's warnings as the form and the desk show them: only issues of that shape (a warning, a message);
 * the answer is never trusted (a `null` in the list is left out, never thrown on).
 */
export function warningsOf(given: unknown): readonly ValidationIssue[] {
  return (Array.isArray(given) ? given : []).filter(
    (issue): issue is ValidationIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      (issue as { severity?: unknown }).severity === 'warning' &&
      typeof (issue as { message?: unknown }).message === 'string',
  );
}

/**
 * An answer that carries no message of the server's own (a proxy's 502, a crash's 500), said in
 * words a clerk reads, with the status for whoever fixes it; `kept`: asked from the form, which says
 * that what was typed is kept (a dashboard or a desk has nothing typed to keep).
 */
export function serverFailed(locale: string, status: number, kept = false): string {
  const m = stringsOf(localeOf(locale));
  return formatMessage(kept ? m.form.serverFailed : m.dashboard.serverFailed, { status });
}

/**
 * No answer at all (the network is down, the server is off, or what came back is no answer of
 * it): a sentence a clerk reads, never the browser's own words (Failed to fetch).
 */
export function unreachable(locale: string): string {
  return stringsOf(localeOf(locale)).dashboard.offline;
}

// How a history's step is read, by the desk, the dashboard's dialog and the town's list (here, with what
// every embed file loads, so that no on-use part that reads a history makes a chunk of its own).

/** The steps of the county's review, as the server names them (`action`). */
export type ReviewAction = 'submit' | 'return' | 'file' | 'publish' | 'unpublish';

/**
 * The step each status is named by: 已备案 says 备案 was done. 撤销公开 leads to 已备案 too, and is
 * named itself, never said as a 备案 it was not.
 */
export const NAMED_BY: Readonly<Record<ReviewStatus, ReviewAction>> = {
  submitted: 'submit',
  returned: 'return',
  filed: 'file',
  published: 'publish',
};

const ACTIONS: readonly ReviewAction[] = ['submit', 'return', 'file', 'publish', 'unpublish'];

/**
 * The step a history entry records: the one the server names (`action`); from an older server
 * that gives only the states, 已公开 → 已备案 is 撤销公开 and any other step is the one its status is
 * named by (→ 已退回 is 退回). One reading for the desk's and dialog's history and the town's list.
 *
 * @example actionOf({ to: 'filed' }, { to: 'published' }) // 'unpublish'
 */
export function actionOf(
  step: { readonly action?: string | undefined; readonly to: string },
  before: { readonly to: string } | undefined,
): ReviewAction | undefined {
  const named = ACTIONS.find((action) => action === step.action);
  if (named) return named;
  if (step.action !== undefined) return undefined;
  if (before?.to === 'published' && step.to === 'filed') return 'unpublish';
  return Object.hasOwn(NAMED_BY, step.to) ? NAMED_BY[step.to as ReviewStatus] : undefined;
}
