import { headers, isStatus, list, reportRecord, serverFailed, unreachable, url } from '../internal/client-base.js';
import type { UnitReport } from '../internal/unit-client.js';

// The desk's queue (`GET /reports`, reviewer token): every unit's latest report with the 报送日期 it
// is judged by, as the server gives it from core's rule (the county's first receipt).

/** The 报送日期 a queued report is judged by: the county's first receipt, or a loaded report's own date. */
export interface QueuedReceipt {
  readonly on: string;
  readonly kind: 'received' | 'loaded';
}

/** One unit's latest report in the desk's queue, with its 报送日期 when the server gives it. */
export interface DeskQueued extends UnitReport {
  readonly unit: string;
  readonly received: QueuedReceipt | undefined;
  /** How many warnings its latest version came with; undefined from a server that does not say. */
  readonly warnings: number | undefined;
  /** Days its 报送日期 is past the unit's deadline, as the server judges; undefined when on time or not said. */
  readonly daysLate: number | undefined;
}

/** Every unit's latest report on every year, each with its 报送日期, or the server's message why not. */
export async function listDeskQueue(
  endpoint: string,
  token: string | undefined,
  locale: string,
): Promise<readonly DeskQueued[] | { readonly error: string }> {
  try {
    const response = await fetch(url(endpoint, '/reports'), { headers: headers(token, locale) });
    const body = (await response.json().catch(() => ({}))) as { reports?: unknown; error?: { message?: unknown } };
    if (!response.ok)
      return {
        error: typeof body.error?.message === 'string' ? body.error.message : serverFailed(locale, response.status),
      };
    return list<Record<string, unknown>>(body.reports)
      .filter(
        (record) =>
          typeof record['id'] === 'string' && typeof record['unit'] === 'string' && isStatus(record['status']),
      )
      .map((record) => ({
        ...reportRecord(record),
        unit: record['unit'] as string,
        received: receiptOf(record),
        warnings: count(record['warnings']),
        daysLate: count(record['daysLate']),
      }));
  } catch {
    return { error: unreachable(locale) };
  }
}

// A server older than the 报送日期 in its list gives none: the queue then shows none.
function receiptOf(record: Readonly<Record<string, unknown>>): QueuedReceipt | undefined {
  const on = record['submittedOn'];
  if (typeof on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(on)) return undefined;
  return { on, kind: record['submittedOnKind'] === 'loaded' ? 'loaded' : 'received' };
}

// A count the server gives (warnings, days late): a whole number of at least 1, else none.
function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
