import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseJson, resolveDeadlines, type DeadlineOverrides, type Locale } from '@law-report/core';
import { UsageError } from './io.js';
import { t } from './messages.js';

/** Reads a JSON file of deadline overrides, checking every day; a bad one is a usage error. */
export async function readDeadlines(file: string, cwd: string, locale: Locale): Promise<DeadlineOverrides> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(t(locale, 'badDeadlines', { file, reason: error instanceof Error ? error.message : String(error) }));
  }
  const parsed = parseJson(text, locale);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    throw new UsageError(t(locale, 'badDeadlines', { file, reason: parsed.ok ? 'not a JSON object' : parsed.issue.message }));
  }
  try {
    // resolveDeadlines checks the shape and every day, throwing a TypeError that names the problem.
    return resolveDeadlines(parsed.value as DeadlineOverrides);
  } catch (error) {
    throw new UsageError(t(locale, 'badDeadlines', { file, reason: error instanceof Error ? error.message : String(error) }));
  }
}
