import { validateReport, type ValidateOptions } from '../validate/validate-report.js';
import type { IssueCode } from '../i18n/messages.js';
import type { Severity } from '../validate/issue.js';

/**
 * The issues of one code, as `[severity, 'path.joined']` pairs: short to assert on.
 *
 * @example findings(report, 'missing_section') // [['error', 'sections']]
 */
export function findings(input: unknown, code: IssueCode, options: ValidateOptions = {}): [Severity, string][] {
  return validateReport(input, { now: new Date('2026-01-01'), ...options })
    .issues.filter((issue) => issue.code === code)
    .map((issue) => [issue.severity, issue.path.join('.')]);
}
