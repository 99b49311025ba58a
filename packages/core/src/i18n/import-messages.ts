import { importEn } from './import.en.js';
import { importZhCN } from './import.zh-CN.js';
import { fillBoth, type Locale, type MessageParams, type Messages, type Widen } from './messages.js';

// The strings of reading files (the importer's notes, the roster reader's problems), apart
// from messages.ts so pages that only show and check reports never load them.

/** The shape of one locale's file-reading strings; zh-CN is the reference. */
export type ImportLocaleMessages = Widen<typeof importZhCN>;

/** Issue codes only the importer produces (`import_…`). */
export type ImportIssueCode = keyof ImportLocaleMessages['issues'];

/** File-reading strings by locale. */
export const importMessages: Readonly<Record<Locale, ImportLocaleMessages>> = { 'zh-CN': importZhCN, en: importEn };

/**
 * The message for an importer's issue code in both locales, as `issueMessages` gives the others.
 *
 * @example importIssueMessages('import_unit_missing') // { 'zh-CN': '没有识别出报告单位，请填写。', en: … }
 */
export function importIssueMessages(
  code: ImportIssueCode,
  params: Readonly<Record<Locale, MessageParams>> | MessageParams = {},
): Messages {
  return fillBoth({ 'zh-CN': importZhCN.issues[code], en: importEn.issues[code] }, params);
}

/**
 * Params that differ per locale, built from the file-reading strings.
 *
 * @example localizedImport((m) => ({ reason: m.notAReport.pdf }))
 */
export function localizedImport(
  get: (m: ImportLocaleMessages) => MessageParams,
): Readonly<Record<Locale, MessageParams>> {
  return { 'zh-CN': get(importZhCN), en: get(importEn) };
}
