import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeText, parseRosterCsv, type Locale, type RosterEntry, type RosterProblem } from '@law-report/core';
import { readFailure } from './inputs.js';
import { UsageError } from './io.js';

/**
 * Reads a roster CSV (UTF-8 or GBK) with core's `parseRosterCsv`, for `aggregate --roster` and
 * `serve --roster` alike: a file that cannot be read, or names no unit column, is a usage error
 * (exit 2); the rows it refused come back for the command to list.
 */
export async function readRosterFile(
  file: string,
  cwd: string,
  locale: Locale,
): Promise<{ readonly entries: RosterEntry[]; readonly problems: readonly RosterProblem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (error) {
    throw new UsageError(`${file}: ${readFailure(error, locale)}`);
  }
  const { entries, problems } = parseRosterCsv(decodeText(bytes).text, locale);
  // A roster that names no unit is a configuration mistake, not a county with no units.
  const fatal = problems.find((problem) => problem.code === 'roster_no_name_column');
  if (fatal) throw new UsageError(`${file}: ${fatal.reason}`);
  return { entries, problems };
}
