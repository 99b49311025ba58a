import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { type FileHandle, open, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '@law-report/core';
import { EXIT_OK, UsageError, type Io } from './io.js';
import { type CliMessage, t } from './messages.js';

// Why a file could not be written, by Node's error code: never Node's English text.
const WRITE_FAILURES: Readonly<Record<string, CliMessage>> = {
  EISDIR: 'writeIsDirectory',
  ENOENT: 'writeNoFolder',
  ENOTDIR: 'writeNotFolder',
  EACCES: 'writeDenied',
  EPERM: 'writeDenied',
  ENOSPC: 'writeNoSpace',
  EDQUOT: 'writeNoSpace',
  EROFS: 'writeReadOnly',
};

/**
 * The usage error for an `--out` that cannot be written (exit 2: the place named is wrong, the
 * input is fine), its reason in the clerk's language.
 *
 * @example cannotWrite('/tmp', Object.assign(new Error(), { code: 'EISDIR' }), 'en').message // 'Cannot write /tmp: it is a folder, not a file'
 */
export function cannotWrite(file: string, error: unknown, locale: Locale): UsageError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason = t(locale, WRITE_FAILURES[code] ?? 'writeFailed');
  return new UsageError(t(locale, 'cannotWrite', { file, reason }));
}

/**
 * Writes a command's result to `--out` when given, else to stdout.
 *
 * @throws UsageError when `--out` cannot be written
 */
export async function emit(
  io: Io,
  text: string | Uint8Array,
  out: string | undefined,
  locale: Locale,
): Promise<number> {
  if (out === undefined) {
    io.out(typeof text === 'string' ? text : new TextDecoder().decode(text));
    return EXIT_OK;
  }
  try {
    await writeFile(resolve(io.cwd, out), text);
  } catch (error) {
    throw cannotWrite(out, error, locale);
  }
  io.err(`${t(locale, 'written', { file: out })}\n`);
  return EXIT_OK;
}

/**
 * Writes text given a piece at a time (`jsonChunks`) to `--out` when given, else to stdout, a
 * megabyte at a time: output larger than the longest string JavaScript holds is still written.
 *
 * @throws UsageError when `--out` cannot be written
 */
export async function emitPieces(
  io: Io,
  pieces: Iterable<string>,
  out: string | undefined,
  locale: Locale,
): Promise<number> {
  if (out === undefined) {
    for (const text of joined(pieces)) io.out(text);
    return EXIT_OK;
  }
  const { stream, finish } = await openOut(out, io.cwd, locale);
  try {
    for (const text of joined(pieces)) if (!stream.write(text)) await once(stream, 'drain');
  } catch (error) {
    throw cannotWrite(out, error, locale);
  }
  await finish();
  io.err(`${t(locale, 'written', { file: out })}\n`);
  return EXIT_OK;
}

// Small pieces joined into about a megabyte each: one write per piece would cost more than the writing.
function* joined(pieces: Iterable<string>): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= 1 << 20) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}

/**
 * Opens `--out` for a long run's output before any work is done, so a place that cannot be
 * written is said at once; `finish` ends the stream and reports a failure met while writing.
 *
 * @throws UsageError when `out` cannot be opened for writing
 */
export async function openOut(
  out: string,
  cwd: string,
  locale: Locale,
): Promise<{ readonly stream: WriteStream; readonly finish: () => Promise<void> }> {
  let handle: FileHandle;
  try {
    handle = await open(resolve(cwd, out), 'w');
  } catch (error) {
    throw cannotWrite(out, error, locale);
  }
  const stream = handle.createWriteStream();
  // Listened to from the start: an error emitted with no listener would end the process with a stack.
  let failure: unknown;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const finish = () =>
    new Promise<void>((done, fail) => {
      if (failure !== undefined || stream.destroyed) {
        fail(cannotWrite(out, failure, locale));
        return;
      }
      stream.end(() => (failure === undefined ? done() : fail(cannotWrite(out, failure, locale))));
      stream.once('error', () => fail(cannotWrite(out, failure, locale)));
    });
  return { stream, finish };
}

/** The value of `--format` when it is one of `allowed`. */
export function formatOption<const F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F | undefined,
): F | undefined {
  if (value === undefined) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as F) : undefined;
}
