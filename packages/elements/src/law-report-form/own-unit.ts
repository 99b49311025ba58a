import { headers, url } from '../internal/client-base.js';

// How long an import waits to learn the unit it is for before it goes on without.
const PATIENCE_MS = 5000;

/**
 * The unit a token signs in for, as the collection server names it on that unit's reports
 * (`GET {endpoint}/reports`, which answers a unit's token with its own reports only).
 *
 * @returns the unit's name; undefined while the unit has no report there, for a token whose list
 * holds more than one unit (the county's), or when the server cannot be asked
 * @example await ownUnitName('/api', token, 'zh-CN') // '柳林乡'
 */
export async function ownUnitName(endpoint: string, token: string, locale: string): Promise<string | undefined> {
  try {
    const response = await fetch(url(endpoint, '/reports'), {
      headers: headers(token, locale),
      signal: AbortSignal.timeout(PATIENCE_MS),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { reports?: unknown };
    const names = new Set(
      (Array.isArray(body.reports) ? (body.reports as unknown[]) : []).map((record) =>
        typeof record === 'object' && record !== null ? (record as { unit?: unknown }).unit : undefined,
      ),
    );
    const [name] = names;
    return names.size === 1 && typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}
