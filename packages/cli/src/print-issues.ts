import { createIssue, formatPath, messages, type Locale, type ValidationIssue } from '@law-report/core';
import type { Io } from './io.js';

/**
 * Writes one line per issue on stderr: `place: path: severity: message`.
 *
 * @example printIssues(io, 'report.json', issues, 'zh-CN')
 */
export function printIssues(io: Io, place: string, issues: readonly ValidationIssue[], locale: Locale): void {
  for (const issue of issues) {
    io.err(
      `${place}: ${formatPath(issue.path) || '-'}: ${messages[locale].severities[issue.severity]}: ${issue.message}\n`,
    );
  }
}

/** An input that could not be read, as an issue like any other, so --json stays uniform. */
export function unreadable(message: string, locale: Locale): ValidationIssue {
  return createIssue('unreadable_input', 'error', [], locale, { reason: message });
}
