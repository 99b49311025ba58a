import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '@law-report/core';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { t } from './messages.js';

/** Writes a command's result to `--out` when given, else to stdout. */
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
    io.err(
      `${t(locale, 'cannotWrite', { file: out, reason: error instanceof Error ? error.message : String(error) })}\n`,
    );
    return EXIT_PROBLEMS;
  }
  io.err(`${t(locale, 'written', { file: out })}\n`);
  return EXIT_OK;
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
