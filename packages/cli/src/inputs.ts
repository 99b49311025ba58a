import { constants as bufferLimits } from 'node:buffer';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { parseJson, type Locale } from '@law-report/core';
import type { Stdin } from './io.js';
import { t } from './messages.js';
import { readFailure } from './read-failure.js';
import { openRegularFile, readRegularFile } from './read-regular-file.js';
import { STDIN, stdinChunks, stdinName } from './stdin.js';
import { isReportDocument } from './report-files.js';
import { walkFolder } from './walk-folder.js';

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
 * directory of such files (recursively, in name order), and with `stdin` the path `-` as
 * what is piped in (read to its end, then as a `.json` file is). Never throws for bad input: a
 * missing file, malformed JSON or a folder's entry that is not read (a link to a folder, a
 * pipe) becomes an item with `error`.
 */
export async function* readInputs(
  paths: readonly string[],
  cwd: string,
  locale: Locale,
  stdin?: Stdin,
): AsyncGenerator<InputItem> {
  for await (const batch of readInputBatches(paths, cwd, locale, stdin)) yield* batch;
}

/**
 * {@link readInputs} in batches (a chunk of JSON Lines at a time): the commands' loop, where
 * one await per report would cost more than the aggregation itself.
 */
export async function* readInputBatches(
  paths: readonly string[],
  cwd: string,
  locale: Locale,
  stdin?: Stdin,
): AsyncGenerator<InputItem[]> {
  for (const path of paths) {
    if (path === STDIN && stdin) {
      yield* readStdinItems(stdin, stdinName(locale), locale);
      continue;
    }
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
      const entries = await listJsonFiles(absolute, locale);
      if (entries.length === 0) {
        yield [{ source: { file: shown }, error: t(locale, 'emptyDirectory'), code: 'unreadable' }];
      }
      const prefix = path.endsWith(sep) || path.endsWith('/') ? path : `${path}${sep}`;
      for (const entry of entries) {
        const file = `${prefix}${relative(absolute, entry.path)}`;
        // Not read, and said like a file that cannot be read: the county sees what its total is without.
        if (entry.skipped !== undefined) yield [{ source: { file }, error: entry.skipped, code: 'unreadable' }];
        else yield* readFileItems(entry.path, file, locale);
      }
    } else {
      yield* readFileItems(absolute, shown, locale);
    }
  }
}

// The JSON and JSON Lines files below `directory` in name order (a link to one read as a file), and beside
// them, in their place, every entry that is not read with why (a link to a folder, a pipe, a report in Word).
async function listJsonFiles(
  directory: string,
  locale: Locale,
): Promise<{ readonly path: string; readonly skipped?: string }[]> {
  const entries: { readonly path: string; readonly skipped?: string }[] = [];
  await walkFolder(
    directory,
    {
      file: (path) => {
        if (JSON_FILES.has(extname(path).toLowerCase())) entries.push({ path });
        // A town's report in Word or text beside the JSON: not counted, and said, never left out of a total unsaid.
        else if (isReportDocument(path)) entries.push({ path, skipped: t(locale, 'reportNotJson') });
      },
      skip: (path, skipped) => entries.push({ path, skipped }),
    },
    locale,
  );
  return entries;
}

async function* readFileItems(path: string, shown: string, locale: Locale): AsyncGenerator<InputItem[]> {
  if (JSON_LINES.has(extname(path).toLowerCase())) {
    yield* readJsonLines(path, shown, locale);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch (error) {
    yield [{ source: { file: shown }, error: readFailure(error, locale), code: 'unreadable' }];
    return;
  }
  yield* bytesItems(bytes, shown, locale, false);
}

// What is piped in, read to its end: a report, an array of them or JSON Lines, as a .json file is read; too
// large for one string, it can only be JSON Lines, read a line at a time.
async function* readStdinItems(stdin: Stdin, shown: string, locale: Locale): AsyncGenerator<InputItem[]> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stdinChunks(stdin)) {
      chunks.push(chunk);
      length += chunk.length;
    }
  } catch (error) {
    yield [{ source: { file: shown }, error: readFailure(error, locale), code: 'unreadable' }];
    return;
  }
  if (length > bufferLimits.MAX_LENGTH) yield* jsonLineBatches(chunks, shown, locale);
  else yield* bytesItems(Buffer.concat(chunks, length), shown, locale, true);
}

// The values of a file's bytes: one JSON value (a report or an array of them), else JSON Lines. `piped` (stdin,
// which has no extension to say JSON Lines): bytes too long for one string are JSON Lines, not too large, and so
// is a text whose first line is a whole JSON object, so one bad line is said alone and the other lines read.
async function* bytesItems(bytes: Buffer, shown: string, locale: Locale, piped: boolean): AsyncGenerator<InputItem[]> {
  let text: string;
  try {
    text = bytes.toString('utf8');
  } catch (error) {
    if (piped) yield* jsonLineBatches([bytes], shown, locale);
    else yield [{ source: { file: shown }, error: readFailure(error, locale), code: 'unreadable' }];
    return;
  }
  const parsed = parseJson(text, locale);
  if (!parsed.ok) {
    // A .json file that is really JSON Lines is common enough to accept: its bytes, already read, split by line.
    if (looksLikeJsonLines(text) || (piped && firstLineIsObject(text, locale))) {
      yield* jsonLineBatches([bytes], shown, locale);
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

// Whether the first line that is not blank is a whole JSON object (JSON Lines' first report), as the first line
// of a report written over several lines (`{` alone) never is.
function firstLineIsObject(text: string, locale: Locale): boolean {
  const first = /^[ \t\r\n]*([^\n]*)/.exec(text)?.[1]?.trim() ?? '';
  if (!first.startsWith('{')) return false;
  const parsed = parseJson(first, locale);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value);
}

// The items of a JSON Lines file, a chunk at a time.
async function* readJsonLines(path: string, shown: string, locale: Locale): AsyncGenerator<InputItem[]> {
  let handle: Awaited<ReturnType<typeof openRegularFile>> | undefined;
  try {
    handle = await openRegularFile(path);
    yield* jsonLineBatches(handle.createReadStream({ highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>, shown, locale);
  } catch (error) {
    yield [{ source: { file: shown }, error: readFailure(error, locale), code: 'unreadable' }];
  } finally {
    await handle?.close();
  }
}

// The items of JSON Lines given in chunks of bytes, a chunk at a time. Errors reading the chunks are the caller's.
async function* jsonLineBatches(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  shown: string,
  locale: Locale,
): AsyncGenerator<InputItem[]> {
  let line = 0;
  // Bytes split at line feeds by hand (a line feed never occurs inside a UTF-8 character),
  // each line decoded once: faster than readline's decoder and iterator, and memory stays
  // one chunk whatever the file's size.
  let rest: Buffer | undefined;
  for await (const chunk of chunks) {
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
 * How a source is written in messages: `file`, `file:12` (line) or `file[3]` (array index).
 *
 * @example formatSource({ file: 'reports.jsonl', line: 12 }) // 'reports.jsonl:12'
 */
export function formatSource(source: InputSource): string {
  if (source.line !== undefined) return `${source.file}:${source.line}`;
  if (source.index !== undefined) return `${source.file}[${source.index}]`;
  return source.file;
}
