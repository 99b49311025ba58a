import type { Locale } from '../i18n/messages.js';
import { createReadingIssue, type ValidationIssue } from './issue.js';
import { jsonErrorAt } from './json-error-at.js';

/** What {@link parseJson} gives: the value, or one `invalid_json` issue. */
export type ParseJsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issue: ValidationIssue };

/**
 * Parses JSON text without throwing. `JSON.parse` keeps a `"__proto__"` key as an own
 * property (it never sets the prototype), and the strict report schema then rejects it
 * as an unknown field, so hostile input is reported, not obeyed.
 *
 * @param text - the file's text; a leading BOM is ignored
 * @param locale - the locale of the issue's `message`
 * @example
 * const parsed = parseJson(text);
 * if (parsed.ok) validateReport(parsed.value);
 */
export function parseJson(text: string, locale: Locale = 'zh-CN'): ParseJsonResult {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    // JSON.parse explains itself in English, sometimes without a position: find it ourselves.
    const { line, column } = jsonErrorAt(text);
    return { ok: false, issue: createReadingIssue('invalid_json', 'error', [], locale, { line, column }) };
  }
}
