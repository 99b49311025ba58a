import {
  readingIssueMessages,
  templateMessages,
  type Locale,
  type MessageParams,
  type Messages,
  type ReadingIssueCode,
  type SharedIssueCode,
  type Widen,
} from './messages.js';
import { rulesEn } from './rules.en.js';
import { rulesZhCN } from './rules.zh-CN.js';

// The messages of validation's rules, apart from messages.ts so that a page showing a form loads them
// with the rules (on use), not before: the town's form checks a report only once someone works in it.

/** The shape of one locale's rule messages; zh-CN is the reference. */
export type RuleLocaleMessages = Widen<typeof rulesZhCN>;

/** Issue codes of validation's rules (`missing_section`, `late_submission`…). */
export type RuleIssueCode = keyof RuleLocaleMessages['issues'];

/** Rule messages by locale. */
export const ruleMessages: Readonly<Record<Locale, RuleLocaleMessages>> = { 'zh-CN': rulesZhCN, en: rulesEn };

/**
 * The message for an issue code in both locales: a rule's from {@link ruleMessages}, reading data's
 * from `messages` (the importer's `import_…` codes have theirs in its own table, loaded with it).
 *
 * @param code - the issue code
 * @param params - values for the template placeholders, per locale where they differ; an ISO day
 *   (2024-01-31) is written as the locale writes a day (2024年1月31日)
 * @returns `{ 'zh-CN': …, en: … }`
 * @example issueMessages('missing_section', { 'zh-CN': { kind: '…' }, en: { kind: '…' } })
 */
export function issueMessages(
  code: SharedIssueCode,
  params: Readonly<Record<Locale, MessageParams>> | MessageParams = {},
): Messages {
  if (!Object.hasOwn(rulesZhCN.issues, code)) return readingIssueMessages(code as ReadingIssueCode, params);
  const rule = code as RuleIssueCode;
  return templateMessages({ 'zh-CN': ruleMessages['zh-CN'].issues[rule], en: ruleMessages.en.issues[rule] }, params);
}
