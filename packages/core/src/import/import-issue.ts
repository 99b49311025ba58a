import { importIssueMessages, type ImportIssueCode } from '../i18n/import-messages.js';
import type { Locale, MessageParams } from '../i18n/messages.js';
import { issueWith, type IssuePath, type Severity, type ValidationIssue } from '../validate/issue.js';

/**
 * An importer's issue (`import_…`), with its messages from the file-reading strings.
 *
 * @example createImportIssue('import_unit_missing', 'warning', ['unit', 'name'], 'zh-CN')
 */
export function createImportIssue(
  code: ImportIssueCode,
  severity: Severity,
  path: IssuePath,
  locale: Locale,
  params?: MessageParams | Readonly<Record<Locale, MessageParams>>,
): ValidationIssue {
  return issueWith(code, importIssueMessages(code, params), severity, path, locale, params);
}
