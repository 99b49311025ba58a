import type { Report } from '@law-report/core';
import type { Store } from './store/store.js';

/** A published report as the public sees it: the unit's latest version and the county's act of publishing it. */
export interface PublishedReport {
  readonly id: string;
  readonly unit: string;
  readonly year: number;
  /** The day in China the county published it (its last 公开). */
  readonly publishedOn: string | null;
  /** The instant of its last 公开 in the history (ISO, UTC): a republished report's latest. */
  readonly publishedAt: string | null;
  /** The version shown (never changed once kept): with `id`, what a rendered file is kept by. */
  readonly version: number;
  readonly report: Report;
}

/**
 * The published reports (of one year, or of one unit and year), each with the latest version and
 * the instant of the county's last 公开 read from the history, never from the date typed in the
 * report. The one reader of what is public: the JSON list and the public pages both use it.
 *
 * @example await publishedReports(store, { year: 2023 })
 */
export async function publishedReports(
  store: Store,
  filter: { year?: number; unit?: string } = {},
): Promise<PublishedReport[]> {
  const records = await store.list({ status: 'published', ...filter });
  const reports = await Promise.all(
    records.map(async (record) => {
      const [latest, history] = await Promise.all([store.latest(record.id), store.history(record.id)]);
      const published = history.findLast((step) => step.action === 'publish');
      return latest
        ? {
            id: record.id,
            unit: record.unit,
            year: record.year,
            publishedOn: record.publishedOn,
            publishedAt: published?.at ?? null,
            version: latest.version,
            report: latest.report,
          }
        : undefined;
    }),
  );
  return reports.filter((report) => report !== undefined);
}

/**
 * The instant of the county's latest 公开 or 撤销公开 of any report (ISO), `undefined` when it
 * never published: when the public list last changed, for `Last-Modified` (a withdrawal changes
 * the list too, so a cached list is never kept past it).
 *
 * @example await lastPublicChange(store) // '2024-01-26T08:00:00.000Z'
 */
export async function lastPublicChange(store: Store): Promise<string | undefined> {
  const records = await store.list({});
  let latest: string | undefined;
  for (const record of records) {
    for (const step of await store.history(record.id)) {
      if (
        (step.action === 'publish' || step.action === 'unpublish') &&
        (latest === undefined || Date.parse(step.at) > Date.parse(latest))
      )
        latest = step.at;
    }
  }
  return latest;
}
