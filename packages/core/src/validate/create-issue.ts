import type { Locale, MessageParams, SharedIssueCode } from '../i18n/messages.js';
import { issueMessages } from '../i18n/rule-messages.js';
import { issueWith, type IssuePath, type Severity, type ValidationIssue } from './issue.js';

/**
 * Builds an issue: its message in both locales from the code's template, `message` in the
 * locale asked for. Params may differ per locale (a kind's name, a field's label). A module apart
 * from issue.ts because it reads the rules' messages, which a page loads with the rules.
 *
 * @example createIssue('missing_section', 'warning', ['sections'], 'en', localized((m) => ({ kind: m.kinds.other })))
 */
export function createIssue(
  code: SharedIssueCode,
  severity: Severity,
  path: IssuePath,
  locale: Locale,
  params?: MessageParams | Readonly<Record<Locale, MessageParams>>,
): ValidationIssue {
  return issueWith(code, issueMessages(code, params), severity, path, locale, params);
}
