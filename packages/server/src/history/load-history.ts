import {
  judgedSubmission,
  jumpWarnings,
  LATE_SUBMISSION_CODES,
  validateReport,
  type Catalog,
  type Locale,
  type Report,
  type ValidationIssue,
} from '@law-report/core';
import type { ReportStatus, Store } from '../store/store.js';
import { contentHash } from './content-hash.js';
import { matchUnit } from './match-unit.js';

/** An old report read from a file, for {@link loadHistory}. */
export interface HistoryItem {
  /** Where it was read, as the clerk named it: the file, with `:line` (JSON Lines) or `[index]` (an array). */
  readonly source: string;
  readonly report: Report;
}

/** Options of {@link loadHistory}. */
export interface LoadHistoryOptions {
  /** Who loads, for the history (default 历史导入). */
  readonly by?: string;
  /** The clock (tests set it). */
  readonly now?: () => Date;
  /** Called once for each item dealt with, whatever became of it (a progress counter). */
  readonly onItem?: () => void;
  /** The locale of the warnings kept with each version (default zh-CN; every locale's text is kept too). */
  readonly locale?: Locale;
  /** The county's catalog (`serve --catalog`): its own indicators are known to the warnings, ranged by its `plausible`. */
  readonly catalog?: Catalog;
}

/** Where a report of the load belongs: its unit as the roster names it, and its year. */
interface Placed {
  readonly source: string;
  readonly unit: string;
  readonly year: number;
}

/** A report kept as a version marked 历史导入. */
export interface HistoryAdded extends Placed {
  readonly id: string;
  readonly version: number;
  readonly status: ReportStatus;
  /** The version it now counts over, when the unit's report on the year was there already (loaded from `file`). */
  readonly previous: { readonly version: number; readonly file: string | null } | null;
}

/** A report whose content the server had already: nothing added. */
export interface HistoryPresent extends Placed {
  readonly version: number;
  /** The file the kept version was loaded from; null when the unit submitted it. */
  readonly file: string | null;
}

/** A report found again in this load with the same content: kept once, from `of`. */
export interface HistoryCopy extends Placed {
  readonly of: string;
}

/** A report whose unit is not on the roster (or could be two of its units). */
export interface HistoryUnmatched {
  readonly source: string;
  /** The unit's name as the report gives it. */
  readonly name: string;
  readonly year: number;
  readonly why: 'unknown' | 'ambiguous';
}

/**
 * Two or more reports of one unit and year with different contents in this load, in the order the
 * aggregator orders a unit's reports (by date: submittedOn, else the 落款 date; on one date, by
 * file name): each is kept as a version in that order, so the last (`counted`) is the one counted
 * and the others stay in the history. `sameDate`: the last two share a date, so the file name chose.
 */
export interface HistoryTwice {
  readonly unit: string;
  readonly year: number;
  readonly reports: readonly { readonly source: string; readonly date: string }[];
  /** Where the report counted was read. */
  readonly counted: string;
  readonly sameDate: boolean;
}

/** A report the server already has another report of the unit and year for, not kept: see {@link HistoryLoad}. */
export interface HistoryRefused extends Placed {
  readonly reason: 'submitted' | 'not_later';
  readonly version: number;
  readonly status: ReportStatus;
  /** The file the kept version was loaded from; null when the unit submitted it. */
  readonly file: string | null;
}

/** What {@link loadHistory} did with each report: every one is in exactly one list but `twice`, which names the reports it concerns again. */
export interface HistoryResult {
  readonly added: HistoryAdded[];
  readonly present: HistoryPresent[];
  readonly copies: HistoryCopy[];
  readonly unmatched: HistoryUnmatched[];
  readonly twice: HistoryTwice[];
  readonly refused: HistoryRefused[];
}

// The day a report gives for when the county had it: sent, else signed.
const dateOf = (report: Report) => report.submittedOn ?? report.issuedOn;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// What a submission of the report would have been told, for the review: every issue of the `submit`
// profile (its errors too: history is kept as it is, and shown for what it is) but lateness, which the
// aggregate judges by the report's own date, and a tenfold jump on the unit's year before.
function warningsOf(
  report: Report,
  previous: Report | undefined,
  locale: Locale,
  catalog: Catalog | undefined,
): ValidationIssue[] {
  const known = catalog ? { catalog } : {};
  const issues = validateReport(report, {
    profile: 'submit',
    locale,
    now: new Date(`${dateOf(report)}T12:00:00+08:00`),
    ...known,
  }).issues.filter((issue) => !LATE_SUBMISSION_CODES.has(issue.code));
  return previous ? [...issues, ...jumpWarnings(previous, report, { locale, ...known })] : issues;
}

/**
 * Loads old reports (历史导入) into the server: each matched to the roster by its unit (matchUnit:
 * code, else normalised name under its parent), kept as a version of its unit's report on its
 * own year, marked as loaded with the file it came from, `published` when it says it was
 * published (`publishedOn`), else `filed`, with what a submission of it would have been warned
 * about (implausible figures, a tenfold jump on the year before). The same content is never kept twice, so loading a
 * folder again adds nothing. Nothing is dropped unsaid: each report ends in one list of the result.
 *
 * @example const result = await loadHistory(store, [{ source: '2019/北留镇.docx', report }])
 */
export async function loadHistory(
  store: Store,
  items: readonly HistoryItem[],
  options: LoadHistoryOptions = {},
): Promise<HistoryResult> {
  const result: HistoryResult = { added: [], present: [], copies: [], unmatched: [], twice: [], refused: [] };
  const by = options.by ?? '历史导入';
  const now = options.now ?? (() => new Date());
  const units = await store.units();
  // The reports of each unit and year, in the order met.
  const groups = new Map<
    string,
    { unit: string; year: number; found: { source: string; report: Report; hash: string }[] }
  >();
  for (const { source, report } of items) {
    const match = matchUnit(units, report.unit);
    if (!match.unit) {
      result.unmatched.push({ source, name: report.unit.name, year: report.year, why: match.why });
      options.onItem?.();
      continue;
    }
    const key = `${match.unit.name}\u0000${report.year}`;
    const group = groups.get(key) ?? { unit: match.unit.name, year: report.year, found: [] };
    groups.set(key, group);
    group.found.push({ source, report, hash: contentHash(report) });
  }
  // Oldest year first, so each report is checked against its unit's year before, loaded just now or earlier.
  const ordered = [...groups.values()].sort((a, b) => a.year - b.year);
  for (const { unit, year, found } of ordered) {
    const distinct = new Map<string, { source: string; report: Report; hash: string }>();
    for (const one of found) {
      const first = distinct.get(one.hash);
      if (first) {
        result.copies.push({ source: one.source, unit, year, of: first.source });
        options.onItem?.();
      } else distinct.set(one.hash, one);
    }
    // As the aggregator orders a unit's reports (by date, then by file), the last is the version counted.
    const versions = [...distinct.values()].sort(
      (a, b) => compare(dateOf(a.report), dateOf(b.report)) || compare(a.source, b.source),
    );
    const [last, before] = [versions.at(-1), versions.at(-2)];
    if (last && before) {
      const reports = versions.map((one) => ({ source: one.source, date: dateOf(one.report) }));
      result.twice.push({
        unit,
        year,
        reports,
        counted: last.source,
        sameDate: dateOf(last.report) === dateOf(before.report),
      });
    }
    const [previousYear] = await store.list({ unit, year: year - 1 });
    const previous = previousYear ? (await store.latest(previousYear.id))?.report : undefined;
    for (const { source, report, hash } of versions) {
      const at = now().toISOString();
      const status = report.publishedOn ? 'published' : 'filed';
      const loaded = await store.loadVersion({
        unit,
        year,
        report,
        hash,
        file: source,
        status,
        publishedOn: report.publishedOn ?? null,
        // Received, for a county's old report, on the date it gives: core's rule for the 报送日期 judged by.
        receivedAt: new Date(`${judgedSubmission(report).on}T00:00:00+08:00`).toISOString(),
        warnings: warningsOf(report, previous, options.locale ?? 'zh-CN', options.catalog),
        by,
        at,
      });
      if (loaded.change === 'added')
        result.added.push({
          source,
          unit,
          year,
          id: loaded.id,
          version: loaded.version,
          status: loaded.status,
          previous: loaded.previous,
        });
      else if (loaded.change === 'present')
        result.present.push({ source, unit, year, version: loaded.version, file: loaded.file });
      else
        result.refused.push({
          source,
          unit,
          year,
          reason: loaded.reason,
          version: loaded.version,
          status: loaded.status,
          file: loaded.file,
        });
      options.onItem?.();
    }
  }
  return result;
}
