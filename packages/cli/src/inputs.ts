import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseJson, type Locale } from '@law-report/core';
import { t } from './messages.js';
import { openRegularFile, readRegularFile } from './read-regular-file.js';

/** Where one input value came from, for messages: a file, and a line or array index in it. */
export interface InputSource {
  readonly file: string;
  readonly line?: number;
  readonly index?: number;
}

/** One value read from the inputs, or a message saying why it could not be read. */
export type InputItem =
  | { readonly source: InputSource; readonly value: unknown }
  | { readonly source: InputSource; readonly error: string; readonly code: 'unreadable' | 'invalid_json' };

const JSON_LINES = new Set(['.jsonl', '.ndjson']);
const JSON_FILES = new Set(['.json', ...JSON_LINES]);

/**
 * Reads report values from files and directories: a report JSON file, a JSON array of
 * reports, JSON Lines (read line by line, so memory does not grow with the file), or a
 * directory of such files (recursively, in name order). Never throws for bad input: a
 * missing file or malformed JSON becomes an item with `error`.
 */
export async function* readInputs(paths: readonly string[], cwd: string, locale: Locale): AsyncGenerator<InputItem> {
  for await (const batch of readInputBatches(paths, cwd, locale)) yield* batch;
}

/**
 * {@link readInputs} in batches (a chunk of JSON Lines at a time): the commands' loop, where
 * one await per report would cost more than the aggregation itself.
 */
export async function* readInputBatches(
  paths: readonly string[],
  cwd: string,
  locale: Locale,
): AsyncGenerator<InputItem[]> {
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    // Paths are shown as the user wrote them, files found in a folder under the folder as written.
    const shown = path;
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch {
      yield [{ source: { file: shown }, error: t(locale, 'noSuchFile'), code: 'unreadable' }];
      continue;
    }
    if (info.isDirectory()) {
      const files = await listJsonFiles(absolute);
      if (files.length === 0) {
        yield [{ source: { file: shown }, error: t(locale, 'emptyDirectory'), code: 'unreadable' }];
      }
      const prefix = path.endsWith(sep) || path.endsWith('/') ? path : `${path}${sep}`;
      for (const file of files) yield* readFileItems(file, `${prefix}${relative(absolute, file)}`, locale);
    } else {
      yield* readFileItems(absolute, shown, locale);
    }
  }
}

async function listJsonFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) for (const file of await listJsonFiles(path)) files.push(file);
    else if (JSON_FILES.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

async function* readFileItems(path: string, shown: string, locale: Locale): AsyncGenerator<InputItem[]> {
  if (JSON_LINES.has(extname(path).toLowerCase())) {
    yield* readJsonLines(path, shown, locale);
    return;
  }
  let text: string;
  try {
    text = (await readRegularFile(path)).toString('utf8');
  } catch (error) {
    yield [{ source: { file: shown }, error: readFailure(error, locale), code: 'unreadable' }];
    return;
  }
  const parsed = parseJson(text, locale);
  if (!parsed.ok) {
    // A .json file that is really JSON Lines is common enough to accept.
    if (looksLikeJsonLines(text)) {
      yield* readJsonLines(path, shown, locale);
      return;
    }
    yield [{ source: { file: shown }, error: parsed.issue.message, code: 'invalid_json' }];
    return;
  }
  if (Array.isArray(parsed.value))
    yield parsed.value.map((value: unknown, index) => ({ source: { file: shown, index }, value }));
  else yield [{ source: { file: shown }, value: parsed.value }];
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{'));
}

// The items of a JSON Lines file, a chunk at a time.
async function* readJsonLines(path: string, shown: string, locale: Locale): AsyncGenerator<InputItem[]> {
  let line = 0;
  let handle: Awaited<ReturnType<typeof openRegularFile>> | undefined;
  try {
    handle = await openRegularFile(path);
    // Bytes split at line feeds by hand (a line feed never occurs inside a UTF-8 character),
    // each line decoded once: faster than readline's decoder and iterator, and memory stays
    // one chunk whatever the file's size.
    let rest: Buffer | undefined;
    for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      const bytes = rest ? Buffer.concat([rest, chunk]) : chunk;
      const batch: InputItem[] = [];
      let start = 0;
      for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
        line += 1;
        const item = lineItem(bytes.toString('utf8', start, end), shown, line, locale);
        if (item) batch.push(item);
        start = end + 1;
      }
      rest = start < bytes.length ? bytes.subarray(start) : undefined;
      if (batch.length > 0) yield batch;
    }
    if (rest) {
      line += 1;
      const item = lineItem(rest.toString('utf8'), shown, line, locale);
      if (item) yield [item];
    }
  } catch (error) {
    yield [{ source: { file: shown }, error: readFailure(error, locale), code: 'unreadable' }];
  } finally {
    await handle?.close();
  }
}

// One line of JSON Lines (CR LF allowed), or nothing for a blank line.
function lineItem(raw: string, file: string, line: number, locale: Locale): InputItem | undefined {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (text.trim() === '') return undefined;
  const parsed = parseJson(text, locale);
  return parsed.ok
    ? { source: { file, line }, value: parsed.value }
    : { source: { file, line }, error: parsed.issue.message, code: 'invalid_json' };
}

/**
 * Why a file could not be read, in the clerk's language: never Node's English text.
 *
 * @example readFailure(Object.assign(new Error(), { code: 'ENOENT' }), 'en') // 'cannot read: no such file or directory'
 */
export function readFailure(error: unknown, locale: Locale): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return t(locale, 'noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return t(locale, 'permissionDenied');
  if (code === 'EISDIR') return t(locale, 'isDirectory');
  if (code === 'ENOTREG') return t(locale, 'notRegularFile');
  // Over 2 GB (one buffer) or 512 MB of text (one string): JSON Lines is read a line at a time.
  if (code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG') return t(locale, 'fileTooLarge');
  return t(locale, 'cannotRead', { reason: code || '?' });
}

/**
 * How a source is written in messages: `file`, `file:12` (line) or `file[3]` (array index).
 *
 * @example formatSource({ file: 'reports.jsonl', line: 12 }) // 'reports.jsonl:12'
 */
export function formatSource(source: InputSource): string {
  if (source.line !== undefined) return `${source.file}:${source.line}`;
  if (source.index !== undefined) return `${source.file}[${source.index}]`;
  return source.file;
}
