import type { Locale } from '@law-report/core';
import { UsageError, type Io, type Stdin } from './io.js';
import { t } from './messages.js';

/** The input that names what is piped in (`law-report validate -`), as most commands write it. */
export const STDIN = '-';

/**
 * How messages name what was piped in: 标准输入 / stdin, in angle brackets so no file is taken for it.
 *
 * @example stdinName('en') // '<stdin>'
 */
export const stdinName = (locale: Locale): string => t(locale, 'stdinName');

/**
 * The stdin to read for `-` among `paths`, or undefined when none is `-`. A usage error (exit 2), before
 * anything is read, for `-` given twice (stdin is read once) and for a stdin that is a terminal or absent:
 * nothing is piped in, and a read would wait for typing for ever.
 *
 * @example const stdin = pipedStdin(positionals, io, locale)
 */
export function pipedStdin(paths: readonly string[], io: Io, locale: Locale): Stdin | undefined {
  const count = paths.filter((path) => path === STDIN).length;
  if (count === 0) return undefined;
  if (count > 1) throw new UsageError(t(locale, 'stdinTwice'));
  const stdin = io.stdin?.();
  if (!stdin || stdin.isTTY) throw new UsageError(t(locale, 'stdinIsTerminal'));
  return stdin;
}

/**
 * The chunks of `stdin` as bytes, to its end (a string chunk, from a stream given an encoding, as UTF-8).
 *
 * @example for await (const chunk of stdinChunks(stdin)) chunks.push(chunk)
 */
export async function* stdinChunks(stdin: Stdin): AsyncGenerator<Buffer> {
  for await (const chunk of stdin)
    yield typeof chunk === 'string'
      ? Buffer.from(chunk, 'utf8')
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * All of `stdin`, to its end, as one buffer: a report to import is read whole as a file is.
 *
 * @example const bytes = await readStdin(stdin)
 */
export async function readStdin(stdin: Stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdinChunks(stdin)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
