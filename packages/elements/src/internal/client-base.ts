import type { ReviewStatus } from '../events/law-report-review-change-event.js';

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

const STATUSES: readonly string[] = ['submitted', 'returned', 'filed', 'published'];

/** Whether a value is a review status the server names. */
export const isStatus = (value: unknown): value is ReviewStatus => typeof value === 'string' && STATUSES.includes(value);

/** A list from an answer, or none. */
export const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
