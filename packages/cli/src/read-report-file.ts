import { importReportFile, type Catalog, type Locale, type Report, type ValidationIssue } from '@law-report/core';
import { readFailure } from './read-failure.js';
import { t } from './messages.js';
import { readRegularFile } from './read-regular-file.js';
import { isReportJson } from './report-json.js';

/** A report file read and imported: the draft, what needs checking, and how it was read. */
export interface ReadReport {
  readonly report: Report | undefined;
  readonly issues: readonly ValidationIssue[];
  /** `UTF-8`, `GBK`, … or `Word`. */
  readonly encoding: string;
  /** Why the file could not be read at all (no such file, no permission). */
  readonly unreadable?: string;
}

/**
 * Reads one report file and imports it: a Word file (or an old .doc, a damaged one) by its
 * bytes whatever its name says, text, Markdown or HTML by its extension or its content, in
 * UTF-8 or GBK, finding the figures of `catalog`'s extension indicators too. Report JSON is
 * refused with a hint (it needs no import). Never throws.
 */
export async function readReportFile(path: string, locale: Locale, catalog?: Catalog): Promise<ReadReport> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path);
  } catch (error) {
    return { report: undefined, issues: [], encoding: '', unreadable: readFailure(error, locale) };
  }
  return importReportBytes(bytes, path, locale, catalog);
}

/**
 * Imports a report file's bytes (read from a file or piped in) as {@link readReportFile} does; `name` gives
 * the format by its extension (.html, .md), else the content does. Never throws.
 *
 * @example await importReportBytes(await readStdin(stdin), '-', 'zh-CN')
 */
export async function importReportBytes(
  bytes: Uint8Array,
  name: string,
  locale: Locale,
  catalog?: Catalog,
): Promise<ReadReport> {
  if (isReportJson(bytes))
    return { report: undefined, issues: [], encoding: '', unreadable: t(locale, 'alreadyReportJson') };
  const { report, issues, encoding } = await importReportFile(bytes, name, { locale, ...(catalog ? { catalog } : {}) });
  return { report, issues, encoding };
}
