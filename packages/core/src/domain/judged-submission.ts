import { chinaDateTime } from './dates.js';

// The one rule for the 报送日期 a county judges a report's timeliness by, so the collection
// server's answer and warnings, its aggregate, the review desk and the dashboard judge one date.
//
// - Through a collection server: the day in China the county FIRST received the unit's report of
//   the year. A report returned and sent again keeps that day: the unit did submit then.
// - Loaded as 历史导入 (`law-report serve --load`): the date the report itself gives (its
//   submittedOn, else its 落款 date), which the server keeps as that version's receipt.
// - Never through a server (a file given to the dashboard): the report's own submittedOn, else its
//   落款 date (a report cannot be submitted before it is issued).

/**
 * Where the date a report is judged by comes from: `received` the county's first receipt through
 * its server, `loaded` the date a report loaded as 历史导入 gives, `typed` the report's own
 * 报送日期 (`submittedOn`), `issued` its 落款 date when it gives no 报送日期.
 */
export type JudgedSubmissionKind = 'received' | 'loaded' | 'typed' | 'issued';

/** The date (`YYYY-MM-DD`, a day in China) a report's timeliness is judged by, and where it comes from. */
export interface JudgedSubmission {
  readonly on: string;
  readonly kind: JudgedSubmissionKind;
  /**
   * Whether `on` is another date than the 报送日期 the unit typed (`submittedOn`; true when it
   * typed none): a date shown as judged must then be named for what it is (收到日期（首次报送）).
   */
  readonly differsFromTyped: boolean;
}

/** The county's first receipt of a unit's report of a year, as its collection server kept it. */
export interface FirstReceipt {
  /**
   * The instant (ISO) the first version was received, or its day in China (`YYYY-MM-DD`); for a
   * loaded one, its report's own date (the server keeps it as midnight in China that day).
   */
  readonly at: string;
  /** Whether that first version was loaded as 历史导入 rather than sent by the unit. */
  readonly loaded: boolean;
}

/**
 * The day in China of the county's first receipt of a report through its server, and its kind
 * (`received`, or `loaded` for 历史导入): the 报送日期 of every report the server holds, for a list
 * that has not read the reports themselves. {@link judgedSubmission} says the same of one report.
 *
 * @param first - the first receipt: an instant, or a day (`YYYY-MM-DD`, read as that day in China)
 * @throws TypeError when `first.at` is neither (the server only passes its own records)
 * @example firstReceiptDay({ at: '2025-01-31T23:30:00Z', loaded: false }) // { on: '2025-02-01', kind: 'received' }
 */
export function firstReceiptDay(first: FirstReceipt): { readonly on: string; readonly kind: 'received' | 'loaded' } {
  const on = chinaDateTime(/^\d{4}-\d{2}-\d{2}$/.test(first.at) ? `${first.at}T00:00:00+08:00` : first.at)?.date;
  if (on === undefined) throw new TypeError(`firstReceiptDay: ${first.at} is no instant`);
  return { on, kind: first.loaded ? 'loaded' : 'received' };
}

/**
 * The date a county judges a report's timeliness by: with `first` (the server's first receipt of
 * the unit's report of the year), that day in China (`received`, or `loaded` for 历史导入); without,
 * the report's own `submittedOn` (`typed`), else its 落款 `issuedOn` (`issued`).
 *
 * @param report - the report as the unit wrote it (its latest version)
 * @param first - the first receipt through a collection server, when it went through one
 * @returns the day judged, its kind, and whether it differs from the 报送日期 the unit typed
 * @example
 * judgedSubmission({ issuedOn: '2025-01-02', submittedOn: '2025-01-05' }, { at: '2025-02-20T02:00:00Z', loaded: false })
 * // { on: '2025-02-20', kind: 'received', differsFromTyped: true }
 * judgedSubmission({ issuedOn: '2025-01-02', submittedOn: '2025-01-05' })
 * // { on: '2025-01-05', kind: 'typed', differsFromTyped: false }
 */
export function judgedSubmission(
  report: { readonly submittedOn?: string | undefined; readonly issuedOn: string },
  first?: FirstReceipt,
): JudgedSubmission {
  const typed = report.submittedOn;
  if (first) {
    const { on, kind } = firstReceiptDay(first);
    return { on, kind, differsFromTyped: on !== typed };
  }
  if (typed) return { on: typed, kind: 'typed', differsFromTyped: false };
  return { on: report.issuedOn, kind: 'issued', differsFromTyped: true };
}
