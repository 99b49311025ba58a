import { parseDeadlines, type DeadlineOverrides } from '@law-report/core/model';
import { headers, list, url } from '../internal/client-base.js';

// The county's roster for the desk: the order its units are listed in, and the deadlines the
// county set (`serve --deadlines`, each unit's own), which lateness is judged by.

/** The county's roster as the desk reads it (`GET /units`): its units in order and the deadlines it set. */
export interface CountyRoster {
  /** The units the county expects, in the roster's order, each with its own deadline (an ISO date) if it has one. */
  readonly units: readonly { readonly name: string; readonly deadline: string | null }[];
  /**
   * The county's deadline overrides the server judges by (`serve --deadlines`), null for the
   * statutory defaults; undefined when the server does not say (one older than the answer's `deadlines`).
   */
  readonly deadlines: DeadlineOverrides | null | undefined;
}

/** The roster and the county's deadlines (reviewer token), or undefined when the server gives neither. */
export async function fetchRoster(
  endpoint: string,
  token: string | undefined,
  locale: string,
): Promise<CountyRoster | undefined> {
  try {
    const response = await fetch(url(endpoint, '/units'), { headers: headers(token, locale) });
    if (!response.ok) return undefined;
    const body = (await response.json().catch(() => ({}))) as { units?: unknown; deadlines?: unknown };
    const units = list<Record<string, unknown>>(body.units)
      .filter((unit) => typeof unit === 'object' && unit !== null && typeof unit['name'] === 'string')
      .map((unit) => ({
        name: unit['name'] as string,
        deadline: typeof unit['deadline'] === 'string' ? unit['deadline'] : null,
      }));
    const said = typeof body.deadlines === 'object' && body.deadlines !== null ? body.deadlines : undefined;
    const overrides = said && 'overrides' in said ? said.overrides : undefined;
    // Overrides the desk cannot read are as good as none said: it judges by no deadline rather than a wrong one.
    const parsed = overrides === null || overrides === undefined ? undefined : parseDeadlines(overrides);
    const deadlines = overrides === null ? null : parsed?.ok ? parsed.value : undefined;
    return { units, deadlines };
  } catch {
    return undefined;
  }
}
