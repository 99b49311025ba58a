import type { AggregateResult } from '@law-report/core/model';
import type { CountFrom } from './aggregate-review.js';
import { headers, serverFailed, unreachable, url, type ReviewStatus } from './client-base.js';
import { listUnitReports, type UnitReport } from './unit-client.js';

export type { ReviewStatus };
export { fetchForReview, type ReviewedReport } from './review-client.js';

// The dashboard's side of the collection server: the years it holds, the year's aggregate and one
// unit's report. Loaded by the dashboard only when it shows a server's data.

/** The year's aggregate from `{endpoint}/aggregate`, or the server's message why not. */
export async function fetchAggregate(
  endpoint: string,
  token: string | undefined,
  locale: string,
  year: number,
): Promise<AggregateResult | { readonly error: string }> {
  try {
    const response = await fetch(url(endpoint, `/aggregate?year=${year}`), { headers: headers(token, locale) });
    const body = (await response.json()) as AggregateResult & { error?: { message?: string } };
    return response.ok ? body : { error: body.error?.message ?? serverFailed(locale, response.status) };
  } catch {
    return { error: unreachable(locale) };
  }
}

/** A unit's latest report on `year` from the server (reviewer token), for its summary. */
export async function fetchUnitReport(
  endpoint: string,
  token: string | undefined,
  locale: string,
  year: number,
  unit: string,
): Promise<unknown> {
  try {
    const list = (await (
      await fetch(url(endpoint, `/reports?year=${year}`), { headers: headers(token, locale) })
    ).json()) as { reports?: { id: string; unit: string }[] };
    const id = list.reports?.find((report) => report.unit === unit)?.id;
    if (!id) return undefined;
    return (
      (await (
        await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}`), { headers: headers(token, locale) })
      ).json()) as { report?: unknown }
    ).report;
  } catch {
    return undefined;
  }
}

/** The year's aggregate counted from `countFrom` (`/aggregate?year=&status=`), or the server's message why not (none: no connection). */
export async function fetchCountedAggregate(
  endpoint: string,
  token: string | undefined,
  locale: string,
  year: number,
  countFrom: CountFrom,
): Promise<AggregateResult | { readonly error: string | undefined }> {
  try {
    const response = await fetch(url(endpoint, `/aggregate?year=${year}&status=${countFrom}`), {
      headers: headers(token, locale),
    });
    const body = (await response.json().catch(() => ({}))) as AggregateResult & { error?: { message?: unknown } };
    if (response.ok && typeof body.year === 'number' && Array.isArray(body.unitsDetail)) return body;
    return {
      error: typeof body.error?.message === 'string' ? body.error.message : serverFailed(locale, response.status),
    };
  } catch {
    return { error: undefined };
  }
}

/** The years the server holds reports on (reviewer token: every unit's), newest first, or the server's message why not (none: no connection). */
export async function listYears(
  endpoint: string,
  token: string | undefined,
  locale: string,
): Promise<readonly number[] | { readonly error: string | undefined }> {
  const reports = await listUnitReports(endpoint, token, locale);
  if (!Array.isArray(reports)) return { error: (reports as { error: string | undefined }).error };
  return [...new Set((reports as readonly UnitReport[]).map((report) => report.year))].sort((a, b) => b - a);
}
