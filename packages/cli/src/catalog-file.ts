import { resolve } from 'node:path';
import { parseCatalog, parseJson, type Catalog, type Locale } from '@law-report/core';
import { readFailure } from './read-failure.js';
import { readRegularFile } from './read-regular-file.js';
import { UsageError } from './io.js';
import { t } from './messages.js';

/** A `--catalog` file read: the merged catalog, and the JSON it came from (for worker threads). */
export interface CatalogFile {
  readonly catalog: Catalog;
  readonly json: unknown;
}

/**
 * Reads `--catalog <file>`, a town's extension catalog as docs/extending.md describes it (one
 * extension catalog or an array of them), with core's `parseCatalog`: a bad file is a usage
 * error (exit 2) naming each problem in the chosen language.
 */
export async function readCatalog(file: string, cwd: string, locale: Locale): Promise<CatalogFile> {
  let text: string;
  try {
    text = (await readRegularFile(resolve(cwd, file))).toString('utf8');
  } catch (error) {
    throw new UsageError(t(locale, 'badCatalog', { file, reason: readFailure(error, locale) }));
  }
  const json = parseJson(text, locale);
  if (!json.ok) throw new UsageError(t(locale, 'badCatalog', { file, reason: json.issue.message }));
  const parsed = parseCatalog(json.value, locale);
  if (!parsed.ok) throw new UsageError(t(locale, 'badCatalog', { file, reason: parsed.problems.join('；') }));
  return { catalog: parsed.catalog, json: json.value };
}

/** The `--catalog` option, for a command's `parse`. */
export const catalogOption = { catalog: { type: 'string' } } as const;

/** The catalog of `--catalog`, or undefined without it. */
export async function catalogOf(
  value: string | boolean | undefined,
  cwd: string,
  locale: Locale,
): Promise<CatalogFile | undefined> {
  return typeof value === 'string' ? readCatalog(value, cwd, locale) : undefined;
}
