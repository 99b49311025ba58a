import { yearsMessages, type Catalog, type DeadlineOverrides } from '@law-report/core/model';
import { headers, isStatus, serverFailed, url } from '../internal/client-base.js';
import { localeOf } from '../internal/locale.js';
import { fetchInfo } from '../internal/unit-client.js';
import type { ReadInput } from './read-one-file.js';
import { SERVER_FILE } from './years-sources.js';

// The years view's side of the collection server: every year's reports in one request
// (`GET {endpoint}/reports?include=report`). Loaded by the element only when it is given an endpoint.

/** A report on the server, named as a clerk finds it. */
export interface ServedPlace {
  readonly unit: string;
  readonly year: number;
}

/** What the server holds, as the years view counts it. */
export interface ServedReports {
  /** The reports counted (every one not returned), each with `file` {@link SERVER_FILE} and its own `line`. */
  readonly inputs: readonly ReadInput[];
  /** Each input's unit and year by its `line`, as the server names them. */
  readonly places: ReadonlyMap<number, ServedPlace>;
  /** Reports the county returned to their units: not counted until submitted again. */
  readonly returned: readonly ServedPlace[];
  /** The deadlines the server judges by (`GET {endpoint}/info`), checked; absent when it says none. */
  readonly deadlines?: DeadlineOverrides;
  /** The county's own indicators with the built-in ones (`serve --catalog`, `GET {endpoint}/info`); absent when it keeps none. */
  readonly catalog?: Catalog;
}

/**
 * Every report on the server the token may read, counted as the dashboard counts them by
 * default: each unit's latest version of each year, a returned report left out (listed in
 * `returned`) until the unit submits it again; the unit as the roster names it, its 报送日期 the
 * county's first receipt and its 公开 date the county's (the report's own `publishedOn` is only
 * what the unit typed). Never throws: `{ error }` with the server's message, or none when the
 * server cannot be reached.
 *
 * @example const served = await loadServedReports('/api', token, 'zh-CN');
 */
export async function loadServedReports(
  endpoint: string,
  token: string | undefined,
  locale: string,
): Promise<ServedReports | { readonly error: string | undefined }> {
  let body: { reports?: unknown; error?: { message?: unknown } };
  // The county's deadlines and its own indicators, asked beside the reports: lateness here is judged as the
  // dashboard judges it, and the county's indicators are totalled under their names, not set apart as unknown.
  const info = fetchInfo(endpoint, token, locale);
  try {
    const response = await fetch(url(endpoint, '/reports?include=report'), { headers: headers(token, locale) });
    const parsed = (await response.json().catch(() => undefined)) as typeof body | undefined;
    // A 200 whose JSON does not end: the server streams its answer, and a failure after the first
    // page cuts it off (a failure before it is a 503 with its message).
    if (response.ok && parsed === undefined) return { error: yearsMessages[localeOf(locale)].serverCutOff };
    body = parsed ?? {};
    if (!response.ok || !Array.isArray(body.reports))
      return {
        error: typeof body.error?.message === 'string' ? body.error.message : serverFailed(locale, response.status),
      };
  } catch {
    return { error: undefined };
  }
  const inputs: ReadInput[] = [];
  const places = new Map<number, ServedPlace>();
  const returned: ServedPlace[] = [];
  for (const record of body.reports as unknown[]) {
    if (typeof record !== 'object' || record === null) continue;
    const { unit, year, status, report, submittedOn, publishedOn } = record as Record<string, unknown>;
    if (typeof unit !== 'string' || typeof year !== 'number' || !isStatus(status)) continue;
    if (status === 'returned') {
      returned.push({ unit, year });
      continue;
    }
    const line = inputs.length + 1;
    places.set(line, { unit, year });
    inputs.push({ report: asCounted(report, unit, submittedOn, publishedOn), file: SERVER_FILE, line });
  }
  const { deadlines, catalog } = await info;
  return { inputs, places, returned, ...(deadlines ? { deadlines } : {}), ...(catalog ? { catalog } : {}) };
}

// The report as the county counts it (as the server's own aggregate does): the unit the roster
// names, without the code or parent it claims (they could match it to another unit); the 报送日期
// and the 公开 date the server gives. Anything not an object is passed on, for the aggregation to
// list as not a report.
function asCounted(report: unknown, unit: string, submittedOn: unknown, publishedOn: unknown): unknown {
  if (typeof report !== 'object' || report === null) return report;
  const { publishedOn: _typed, submittedOn: _claimed, ...rest } = report as Record<string, unknown>;
  const claimed = typeof rest['unit'] === 'object' && rest['unit'] !== null ? rest['unit'] : {};
  const { code: _code, parent: _parent, ...own } = claimed as Record<string, unknown>;
  return {
    ...rest,
    unit: { ...own, name: unit },
    ...(typeof submittedOn === 'string' ? { submittedOn } : {}),
    ...(typeof publishedOn === 'string' ? { publishedOn } : {}),
  };
}
