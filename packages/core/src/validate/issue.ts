import {
  isPerLocale,
  readingIssueMessages,
  type IssueCode,
  type Locale,
  type Messages,
  type MessageParams,
  type ReadingIssueCode,
} from '../i18n/messages.js';

/** How bad an issue is: errors block submission, warnings ask for a look, info just tells. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * How strict validation is: `draft` checks types only, `submit` adds the statutory
 * completeness and consistency rules, `publish` adds 保密审查 and the publication date.
 */
export type Profile = 'draft' | 'submit' | 'publish';

/** The profiles, least strict first. */
export const profiles: readonly Profile[] = ['draft', 'submit', 'publish'];

/** A path into the report, as zod gives it: `['sections', 0, 'title']`. */
export type IssuePath = readonly (string | number)[];

/** One finding of validation. */
export interface ValidationIssue {
  /** Stable snake_case code, e.g. `missing_section`. */
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly path: IssuePath;
  /** The message in the locale asked for. */
  readonly message: string;
  /** The message in every locale. */
  readonly messages: Messages;
  /** The values the message was filled with, for programs that build their own text. */
  readonly params?: MessageParams;
}

/**
 * Renders a path the way people read it: `sections[0].title`.
 *
 * @example formatPath(['metrics', 3, 'value']) // 'metrics[3].value'
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  }
  return out;
}

/**
 * Builds an issue of reading data (a field of the wrong type, a forbidden key): its message in both
 * locales from the code's template, `message` in the locale asked for. A rule's issue is built by
 * `createIssue` (create-issue.ts), whose messages load with the rules.
 *
 * @example createReadingIssue('required', 'error', ['title'], 'zh-CN', { field: '报告标题' })
 */
export function createReadingIssue(
  code: ReadingIssueCode,
  severity: Severity,
  path: IssuePath,
  locale: Locale,
  params?: MessageParams | Readonly<Record<Locale, MessageParams>>,
): ValidationIssue {
  return issueWith(code, readingIssueMessages(code, params), severity, path, locale, params);
}

/** An issue whose messages are already made (the importer's come from its own table). */
export function issueWith(
  code: IssueCode,
  messages: Messages,
  severity: Severity,
  path: IssuePath,
  locale: Locale,
  params?: MessageParams | Readonly<Record<Locale, MessageParams>>,
): ValidationIssue {
  const own = params && isPerLocale(params) ? params[locale] : params;
  const issue: ValidationIssue = { code, severity, path, message: messages[locale], messages };
  return own ? { ...issue, params: own } : issue;
}
