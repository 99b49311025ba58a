import { Readable } from 'node:stream';
import { firstReceiptDay } from '@law-report/core';
import type { LatestReport, ReportRecord } from '../store/store.js';

// What a stream gathers before it hands a piece on: big enough that tens of thousands of
// reports are not tens of thousands of writes, small enough that memory stays flat.
const CHUNK = 64 * 1024;

/** What the review desk's list shows of a report before it is opened: what to look at first. */
export interface ListedReview {
  /** How many warnings its latest version came with (implausible figures, rates that disagree…). */
  readonly warnings: number;
  /** Days its 报送日期 is past the unit's deadline; absent when on time. */
  readonly daysLate?: number;
}

/** A report of the list with its 报送日期, as `GET /api/reports` gives every report, and what the desk shows of it when given. */
export function listedReport(
  record: ReportRecord,
  first: LatestReport['firstReceipt'] | undefined,
  review?: ListedReview,
) {
  const day = first ? firstReceiptDay(first) : undefined;
  return { ...record, ...(day ? { submittedOn: day.on, submittedOnKind: day.kind } : {}), ...review };
}

/**
 * `{ "reports": [ … ] }` written as the store reads it, each report of the list with its latest
 * version's `report`: the store's pages (`Store.latestReports`) go out as they come, so the
 * server holds one page and one chunk at a time whatever the county holds. The report is the JSON
 * the store kept, put in as it is. `first` is the first of `rows`, read before the answer began,
 * so a database that cannot be read at all is a 503; one that fails on a later page cuts the 200
 * off, which a client sees as JSON that does not end (the years view says so).
 *
 * @example reply.type('application/json; charset=utf-8').send(latestReportsJson(first, rows))
 */
export function latestReportsJson(
  first: IteratorResult<LatestReport>,
  rows: AsyncIterator<LatestReport>,
  // How late each came, as the list without include says it (see listedReport).
  daysLateOf: (record: ReportRecord, firstReceipt: LatestReport['firstReceipt']) => number | undefined = () =>
    undefined,
): Readable {
  async function* pieces(): AsyncGenerator<string> {
    let chunk = '{"reports":[';
    let next = first;
    let comma = '';
    while (!next.done) {
      const { reportJson, firstReceipt, warnings, ...record } = next.value;
      const late = daysLateOf(record, firstReceipt);
      const listed = JSON.stringify(
        listedReport(record, firstReceipt, { warnings, ...(late === undefined ? {} : { daysLate: late }) }),
      );
      // The record's object closed with the report, as kept, as its last member.
      chunk += `${comma}${listed.slice(0, -1)},"report":${reportJson}}`;
      comma = ',';
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
      next = await rows.next();
    }
    yield `${chunk}]}`;
  }
  return Readable.from(pieces(), { objectMode: false });
}
