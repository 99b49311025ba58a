import type { Qualifier } from '../schema/enums.js';
import { formatChinaDate } from '../domain/dates.js';
import type { ImportIssueCode } from './import-messages.js';
import type { RuleIssueCode } from './rule-messages.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';
import { formatMessage, type MessageParams } from './format-message.js';

// Core's own modules import these from here (they were born here); the public entries name format-message.ts.
export { formatMessage, templatePieces, type MessageParams } from './format-message.js';

/** The locales every user-facing string exists in. */
export type Locale = 'zh-CN' | 'en';

/** The list of supported locales, default first. */
export const locales: readonly Locale[] = ['zh-CN', 'en'];

/** A message table's type with its literal strings widened to `string`. */
export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape of one locale's strings; zh-CN is the reference. */
export type LocaleMessages = Widen<typeof zhCN>;

/** One string in every supported locale. */
export type Messages = Readonly<Record<Locale, string>>;

/** Every issue code that validation, the importer and the readers can produce. */
export type IssueCode = SharedIssueCode | ImportIssueCode;

/** The issue codes of reading data, whose messages are in {@link messages}. */
export type ReadingIssueCode = keyof LocaleMessages['issues'];

/** The issue codes of reading data and of validation's rules (all but the importer's `import_…`). */
export type SharedIssueCode = ReadingIssueCode | RuleIssueCode;

/** All strings by locale. */
export const messages: Readonly<Record<Locale, LocaleMessages>> = { 'zh-CN': zhCN, en };

/**
 * The message for an issue code of reading data (a field of the wrong type, a forbidden key) in
 * both locales. Validation's rules have theirs in their own table, loaded with them; core's
 * `issueMessages` gives the message of any code.
 *
 * @example readingIssueMessages('required', { field: '报告标题' }) // { 'zh-CN': '请填写报告标题。', en: … }
 */
export function readingIssueMessages(
  code: ReadingIssueCode,
  params: Readonly<Record<Locale, MessageParams>> | MessageParams = {},
): Messages {
  return templateMessages({ 'zh-CN': zhCN.issues[code], en: en.issues[code] }, params);
}

/**
 * One issue's templates filled in both locales, its days written as each locale writes a day.
 *
 * @example templateMessages({ 'zh-CN': '{day}前', en: 'by {day}' }, { day: '2024-01-31' }) // { 'zh-CN': '2024年1月31日前', … }
 */
export function templateMessages(
  templates: Messages,
  params: Readonly<Record<Locale, MessageParams>> | MessageParams = {},
): Messages {
  const perLocale = isPerLocale(params);
  return fillBoth(templates, {
    'zh-CN': asDays(perLocale ? params['zh-CN'] : params, 'zh-CN'),
    en: asDays(perLocale ? params.en : params, 'en'),
  });
}

// The days a message names as a person reads them (2024年1月31日 in zh-CN), the one way every screen
// and the command line say a day; an issue's `params` keep the ISO day for programs.
function asDays(params: MessageParams, locale: Locale): MessageParams {
  const days: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    days[name] = typeof value === 'string' ? formatChinaDate(value, locale) : value;
  return days;
}

/**
 * One template per locale, each filled with the params (given once, or per locale).
 *
 * @example fillBoth({ 'zh-CN': '共{n}项', en: '{n} items' }, { n: 3 }) // { 'zh-CN': '共3项', en: '3 items' }
 */
export function fillBoth(
  templates: Messages,
  params: Readonly<Record<Locale, MessageParams>> | MessageParams = {},
): Messages {
  const perLocale = isPerLocale(params);
  return {
    'zh-CN': formatMessage(templates['zh-CN'], perLocale ? params['zh-CN'] : params),
    en: formatMessage(templates.en, perLocale ? params.en : params),
  };
}

/** Whether message params are given per locale (`{ 'zh-CN': {…}, en: {…} }`). */
export function isPerLocale(
  params: Readonly<Record<Locale, MessageParams>> | MessageParams,
): params is Readonly<Record<Locale, MessageParams>> {
  return typeof params['zh-CN'] === 'object' && typeof params.en === 'object';
}

/**
 * A string picked from both locales' dictionaries by a getter.
 *
 * @example pick((m) => m.kinds.plans) // { 'zh-CN': '下一年度…', en: "Next year's main plans" }
 */
export function pick(get: (m: LocaleMessages) => string): Messages {
  return { 'zh-CN': get(zhCN), en: get(en) };
}

/**
 * Message params that differ per locale (a kind's name, a field's label), built by one getter.
 *
 * @example localized((m) => ({ kind: m.kinds.plans }))
 */
export function localized(get: (m: LocaleMessages) => MessageParams): Readonly<Record<Locale, MessageParams>> {
  return { 'zh-CN': get(zhCN), en: get(en) };
}

/**
 * A bare number with its qualifier in words: 800余, 近800, 约800, 不足800 (en: over 800,
 * nearly 800…), so a bound is never shown as an exact figure. Only for a number shown without
 * its measure word (a change of +100余, a bar's value); a figure shown with its measure word is
 * written by `formatFigure` (800件以上), as the summary writes it.
 *
 * @example formatQualified(800, 'over', 'zh-CN') // '800余'
 */
export function formatQualified(value: number, qualifier: Qualifier, locale: Locale = 'zh-CN'): string {
  const ui = messages[locale].ui;
  return `${ui.qualifierPrefix[qualifier]}${value}${ui.qualifierSuffix[qualifier]}`;
}
