import { resolve } from 'node:path';
import { parseDeadlines, parseJson, type DeadlineOverrides, type Locale } from '@law-report/core';
import { readFailure } from './read-failure.js';
import { readRegularFile } from './read-regular-file.js';
import { UsageError } from './io.js';
import { t } from './messages.js';

/**
 * Reads a JSON file of deadline overrides and checks it with core's `parseDeadlines`: a bad
 * file is a usage error (exit 2) naming each bad field in the chosen language.
 */
export async function readDeadlines(file: string, cwd: string, locale: Locale): Promise<DeadlineOverrides> {
  let text: string;
  try {
    text = (await readRegularFile(resolve(cwd, file))).toString('utf8');
  } catch (error) {
    throw new UsageError(t(locale, 'badDeadlines', { file, reason: readFailure(error, locale) }));
  }
  const json = parseJson(text, locale);
  if (!json.ok) throw new UsageError(t(locale, 'badDeadlines', { file, reason: json.issue.message }));
  const parsed = parseDeadlines(json.value, locale);
  if (!parsed.ok) {
    const reasons = parsed.issues.map((issue) => `${issue.path.join('.') || '—'}: ${issue.message}`).join('；');
    throw new UsageError(t(locale, 'badDeadlines', { file, reason: reasons }));
  }
  return parsed.value;
}
