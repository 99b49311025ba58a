import { resolve } from 'node:path';
import { decodeText, parseRosterCsv, type Locale, type RosterEntry } from '@law-report/core';
import { readFailure } from './read-failure.js';
import { readRegularFile } from './read-regular-file.js';
import { UsageError } from './io.js';
import { t } from './messages.js';

/**
 * Reads a roster CSV (UTF-8 or GBK) with core's `parseRosterCsv`, for `aggregate --roster` and
 * `serve --roster` alike. The roster is configuration, not data: a file that cannot be read,
 * names no unit column or has any row core refused is a usage error (exit 2, nothing
 * written), one line for each problem naming the file and the row's line.
 */
export async function readRosterFile(
  file: string,
  cwd: string,
  locale: Locale,
): Promise<{ readonly entries: RosterEntry[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(resolve(cwd, file));
  } catch (error) {
    throw new UsageError(`${file}: ${readFailure(error, locale)}`);
  }
  const { entries, problems } = parseRosterCsv(decodeText(bytes).text, locale);
  // A roster that names no unit is a configuration mistake, not a county with no units.
  const fatal = problems.find((problem) => problem.code === 'roster_no_name_column');
  if (fatal) throw new UsageError(`${file}: ${fatal.reason}`);
  // Half a roster would count the rest of the county as missing or unlisted: none of it is used.
  if (problems.length > 0)
    throw new UsageError(
      problems
        .map((problem) => t(locale, 'rosterProblem', { file, line: problem.line, reason: problem.reason }))
        .join('\n'),
    );
  return { entries };
}
