import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import {
  messages,
  parseCatalog,
  validateReport,
  type Locale,
  type Report,
  type ValidationIssue,
} from '@law-report/core';
import type { HistoryItem, HistoryResult, Store } from '@law-report/server';
import type { CatalogFile } from '../catalog-file.js';
import { importFiles, type ReportFile } from '../import-batch.js';
import { isLeftOut, REPORT_FILES } from '../report-files.js';
import { formatSource, readInputs } from '../inputs.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from '../io.js';
import { listOf, t } from '../messages.js';
import { createProgress } from '../progress.js';
import { readFailure } from '../read-failure.js';
import { loadServer } from '../server-module.js';
import { walkFolder } from '../walk-folder.js';

// `law-report serve --load <dir|file…>`: a county's old reports (历史导入) into its server. The
// files are read here (Word, text, Markdown and HTML by core's importer on every core; JSON and
// JSON Lines as `aggregate` reads them); @law-report/server's loadHistory matches each report to
// the roster and keeps it as a version marked 历史导入. Every file and report ends in a line or
// a count: nothing is dropped unsaid.

const JSON_FILES = new Set(['.json', '.jsonl', '.ndjson']);
// What a folder holds beside reports that is no one's report: the system's own files.
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);

/** A file or value that could not be read as a report, and why. */
interface Unreadable {
  readonly source: string;
  readonly reason: string;
}

/** The files under the paths named, sorted into those the importer reads, JSON, and what cannot be read. */
interface Found {
  readonly reports: ReportFile[];
  readonly json: ReportFile[];
  readonly unreadable: Unreadable[];
}

async function findFiles(paths: readonly string[], cwd: string, locale: Locale): Promise<Found> {
  const found: Found = { reports: [], json: [], unreadable: [] };
  const sort = (file: ReportFile) =>
    (JSON_FILES.has(extname(file.path).toLowerCase()) ? found.json : found.reports).push(file);
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch (error) {
      found.unreadable.push({ source: path, reason: readFailure(error, locale) });
      continue;
    }
    if (!info.isDirectory()) {
      sort({ path: absolute, shown: path });
      continue;
    }
    const prefix = path.endsWith(sep) || path.endsWith('/') ? path : `${path}${sep}`;
    const before = found.reports.length + found.json.length + found.unreadable.length;
    const shownOf = (file: string) => `${prefix}${relative(absolute, file)}`;
    // Hidden files, Word's lock files (~$…) and the system's own are left out unsaid; a link to a folder is not
    // followed and is said, as is anything that is no regular file.
    await walkFolder(
      absolute,
      {
        file: (file) => {
          const extension = extname(file).toLowerCase();
          if (REPORT_FILES.has(extension) || JSON_FILES.has(extension)) sort({ path: file, shown: shownOf(file) });
          else found.unreadable.push({ source: shownOf(file), reason: t(locale, 'loadNotReportFile') });
        },
        skip: (file, reason) => found.unreadable.push({ source: shownOf(file), reason }),
        leaveOut: (name) => isLeftOut(name) || SYSTEM_FILES.has(name.toLowerCase()),
      },
      locale,
    );
    if (found.reports.length + found.json.length + found.unreadable.length === before)
      found.unreadable.push({ source: path, reason: t(locale, 'loadEmptyFolder') });
  }
  return found;
}

// Why an imported draft is no report to load: a year guessed from today, or no unit named. The
// importer guesses both for a form to confirm; an old report must give them itself.
function missingFromDraft(report: Report, issues: readonly ValidationIssue[], locale: Locale): string | undefined {
  if (issues.some((issue) => issue.code === 'import_unit_missing')) return t(locale, 'loadNoUnit');
  // The importer says where it read the year (`params.basis`); today's date is no reading at all.
  const fromToday = issues.some(
    (issue) => issue.code === 'import_year_inferred' && issue.params?.['basis'] === 'today',
  );
  return fromToday ? t(locale, 'loadNoYear', { year: report.year }) : undefined;
}

/**
 * `--load <dir|file…>`: reads every report in the folders (recursively) and files named: Word
 * (.docx, .doc), text, Markdown, HTML, a report JSON, a JSON array of reports, JSON Lines. Each
 * is loaded into the server as a version marked 历史导入 (@law-report/server's loadHistory). Lists
 * on stderr what could not be read, could not be matched to the roster, was found twice with
 * different contents or is already on the server with other content, then what was done. Exit 0
 * when every report was loaded (or was there already), 1 when something is listed.
 *
 * @example await loadReports(store, ['历年报告'], io, 'zh-CN')
 */
export async function loadReports(store: Store, paths: readonly string[], io: Io, locale: Locale): Promise<number> {
  const { loadHistory } = await loadServer(locale);
  // Reports are matched to the roster: without one, nothing could be, so nothing is read.
  if ((await store.units()).length === 0) {
    io.err(`${t(locale, 'loadEmptyRoster')}\n`);
    return EXIT_PROBLEMS;
  }
  // The county's own indicators (`serve --catalog`, kept in the database): read in the files, known to the warnings.
  const extension = await storedCatalog(store);
  const known = extension ? { catalog: extension.catalog } : {};
  const found = await findFiles(paths, io.cwd, locale);
  const unreadable = [...found.unreadable];
  const items: HistoryItem[] = [];
  // Report files on every core; the order of the list stays the order of the files.
  const progress = createProgress(io, t(locale, 'loadReading'), found.reports.length + found.json.length);
  const read: (HistoryItem | Unreadable | undefined)[] = [];
  await importFiles(
    found.reports,
    locale,
    (index, { report, issues, unreadable: why }) => {
      progress.tick();
      const source = found.reports[index]?.shown ?? '';
      if (!report) {
        read[index] = {
          source,
          reason: why ?? issues.find((issue) => issue.severity === 'error')?.message ?? t(locale, 'noReports'),
        };
        return;
      }
      const missing = missingFromDraft(report, issues, locale);
      read[index] = missing ? { source, reason: missing } : { source, report };
    },
    extension,
  );
  for (const one of read) {
    if (one && 'report' in one) items.push(one);
    else if (one) unreadable.push(one);
  }
  for (const file of found.json) {
    progress.tick();
    for await (const item of readInputs([file.path], io.cwd, locale)) {
      const source = formatSource({ ...item.source, file: file.shown });
      if ('error' in item) {
        unreadable.push({ source, reason: item.error });
        continue;
      }
      // The shape only: an old report's own mistakes are its history, not a reason to leave it out.
      const checked = validateReport(item.value, { profile: 'draft', locale, ...known });
      if (checked.report) items.push({ source, report: checked.report });
      else
        unreadable.push({
          source,
          reason: checked.issues.find((issue) => issue.severity === 'error')?.message ?? t(locale, 'noReports'),
        });
    }
  }
  progress.done();
  const loading = createProgress(io, t(locale, 'loadLoading'), items.length);
  const result = await loadHistory(store, items, { onItem: () => loading.tick(), ...known });
  loading.done();
  const lines = describe(result, unreadable, locale);
  for (const line of lines) io.err(`${line}\n`);
  const files = found.reports.length + found.json.length + found.unreadable.length;
  io.err(
    `${t(locale, 'loadDone', { files, reports: items.length, added: result.added.length, present: result.present.length, copies: result.copies.length, listed: lines.length - result.copies.length })}\n`,
  );
  return lines.length > result.copies.length ? EXIT_PROBLEMS : EXIT_OK;
}

// The extension catalog the county keeps (`serve --catalog`), as `--catalog` gives it to the importer;
// one that no longer parses (a database edited by hand) is not used.
async function storedCatalog(store: Store): Promise<CatalogFile | undefined> {
  const { catalog } = await store.settings();
  if (!catalog) return undefined;
  const parsed = parseCatalog(catalog);
  return parsed.ok ? { catalog: parsed.catalog, json: catalog } : undefined;
}

// One line for the clerk per thing to decide: unreadable, unmatched, twice, refused; then the copies kept once.
function describe(result: HistoryResult, unreadable: readonly Unreadable[], locale: Locale): string[] {
  const list = (names: readonly string[]) => listOf(locale, names);
  const status = (value: keyof (typeof messages)['zh-CN']['review']) => messages[locale].review[value];
  const twice = new Set(result.twice.flatMap((one) => one.reports.map((report) => report.source)));
  return [
    ...unreadable.map((one) =>
      t(locale, 'loadUnreadable', { file: one.source, reason: one.reason.replace(/[。.]$/, '') }),
    ),
    ...result.unmatched.map((one) =>
      t(locale, one.why === 'unknown' ? 'loadUnknownUnit' : 'loadAmbiguousUnit', {
        file: one.source,
        name: one.name,
        year: one.year,
      }),
    ),
    ...result.twice.map((one) => {
      const files = list(
        one.reports.map((report) =>
          locale === 'en' ? `${report.source} (${report.date})` : `${report.source}（${report.date}）`,
        ),
      );
      return t(locale, one.sameDate ? 'loadTwiceSameDate' : 'loadTwiceLater', {
        unit: one.unit,
        year: one.year,
        count: one.reports.length,
        files,
        latest: one.counted,
      });
    }),
    // A new version over one loaded before (the reports found twice in this load are named above).
    ...result.added.flatMap((one) =>
      one.previous && !twice.has(one.source)
        ? [
            t(locale, 'loadNewVersion', {
              file: one.source,
              unit: one.unit,
              year: one.year,
              previous: one.previous.version,
              from: one.previous.file ?? '',
              version: one.version,
            }),
          ]
        : [],
    ),
    ...result.refused.map((one) =>
      one.reason === 'submitted'
        ? t(locale, 'loadRefusedSubmitted', {
            file: one.source,
            unit: one.unit,
            year: one.year,
            version: one.version,
            status: status(one.status),
          })
        : t(locale, 'loadRefusedNotLater', {
            file: one.source,
            unit: one.unit,
            year: one.year,
            version: one.version,
            from: one.file ?? '',
          }),
    ),
    ...result.copies.map((one) => t(locale, 'loadCopy', { file: one.source, of: one.of })),
  ];
}
