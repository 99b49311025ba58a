// The unit's latest submitted report on the collection server, for the form page's 打开 button:
// the version the county has, not a copy kept in the portal, so a correction already sent is
// what opens. Answers are checked (parseReport), never trusted; any failure is "none".
import { parseReport, type Report } from '@law-report/core/model';

/** The newest year the unit has a report for, and its latest version. */
export interface SubmittedReport {
  readonly id: string;
  readonly unit: string;
  readonly year: number;
  readonly version: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

async function getJson(url: string, token: string): Promise<unknown> {
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
    return response.ok ? ((await response.json()) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The unit's report of the newest year at `endpoint`, as the server lists it to the unit's token.
 *
 * @param endpoint - the collection server's API, e.g. `/api`
 * @param token - the unit's token
 * @returns the report's id, unit, year and latest version, or `undefined` when there is none or the server cannot say
 * @example const latest = await latestSubmitted('/api', token); // { id, unit: '柳林乡', year: 2023, version: 1 }
 */
export async function latestSubmitted(endpoint: string, token: string): Promise<SubmittedReport | undefined> {
  const answer = await getJson(`${endpoint}/reports`, token);
  const list = isRecord(answer) && Array.isArray(answer['reports']) ? answer['reports'] : [];
  let latest: SubmittedReport | undefined;
  for (const item of list) {
    if (!isRecord(item)) continue;
    const { id, unit, year, version } = item;
    if (typeof id !== 'string' || typeof unit !== 'string' || typeof year !== 'number' || typeof version !== 'number') continue;
    if (!latest || year > latest.year) latest = { id, unit, year, version };
  }
  return latest;
}

/**
 * The latest version of the report `id`, checked against the report schema.
 *
 * @returns the report, or `undefined` when it cannot be read or is not a report
 * @example const report = await openSubmitted('/api', token, latest.id);
 */
export async function openSubmitted(endpoint: string, token: string, id: string): Promise<Report | undefined> {
  const answer = await getJson(`${endpoint}/reports/${encodeURIComponent(id)}`, token);
  if (!isRecord(answer)) return undefined;
  const parsed = parseReport(answer['report']);
  return parsed.success ? parsed.data : undefined;
}
