import type { AggregateResult, Report, ValidationIssue } from '@law-report/core/model';

/** What the collection server (`law-report serve`) said to a submission. */
export type Sent =
  | { readonly kind: 'submitted'; readonly id: string; readonly version: number }
  | { readonly kind: 'invalid'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'offline' };

const headers = (token: string | undefined, locale: string, json = false): HeadersInit => ({
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  'accept-language': locale,
  ...(json ? { 'content-type': 'application/json' } : {}),
});

const url = (endpoint: string, path: string) => `${endpoint.replace(/\/+$/, '')}${path}`;

/** POSTs a report to `{endpoint}/reports`; never throws. */
export async function sendReport(endpoint: string, token: string | undefined, locale: string, report: Report): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(url(endpoint, '/reports'), { method: 'POST', headers: headers(token, locale, true), body: JSON.stringify(report) });
  } catch {
    return { kind: 'offline' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  const value = (typeof body === 'object' && body !== null ? body : {}) as { id?: unknown; version?: unknown; issues?: unknown; error?: { message?: unknown } };
  if (response.status === 201 && typeof value.id === 'string' && typeof value.version === 'number') return { kind: 'submitted', id: value.id, version: value.version };
  if (response.status === 422 && Array.isArray(value.issues)) return { kind: 'invalid', issues: value.issues as ValidationIssue[] };
  return { kind: 'refused', message: typeof value.error?.message === 'string' ? value.error.message : `HTTP ${response.status}` };
}

/** The reason the county gave when it returned the unit's report on `year`, if it is returned. */
export async function returnedReason(endpoint: string, token: string | undefined, locale: string, year: number): Promise<string | undefined> {
  try {
    const list = (await (await fetch(url(endpoint, `/reports?year=${year}&status=returned`), { headers: headers(token, locale) })).json()) as { reports?: { id: string }[] };
    const id = list.reports?.[0]?.id;
    if (!id) return undefined;
    const one = (await (await fetch(url(endpoint, `/reports/${encodeURIComponent(id)}`), { headers: headers(token, locale) })).json()) as { history?: { to: string; reason: string | null }[] };
    return one.history?.filter((step) => step.to === 'returned').at(-1)?.reason ?? undefined;
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
