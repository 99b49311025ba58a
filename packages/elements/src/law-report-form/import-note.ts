import type { Locale, Messages } from '@law-report/core/model';

/**
 * An importer's note, in both languages, so it speaks the form's language whenever that changes;
 * a draft saved before notes kept both holds one string, shown as it is.
 */
export type ImportNote = Messages | string;

/** A note in the form's language now (an older draft's single string as it is). */
export const inLocale = (note: ImportNote, locale: Locale): string => (typeof note === 'string' ? note : note[locale]);

/** Sentences joined as each language joins them (none between Chinese sentences, a space in English). */
export const sentences = (locale: Locale, ...said: readonly (string | undefined)[]): string =>
  said.filter((one) => one !== undefined && one !== '').join(locale === 'en' ? ' ' : '');

/** A note as a saved draft holds it: a string (older drafts) or both languages; anything else is none. */
export function noteFrom(value: unknown): ImportNote | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const { 'zh-CN': zh, en } = value as { 'zh-CN'?: unknown; en?: unknown };
  return typeof zh === 'string' && typeof en === 'string' ? { 'zh-CN': zh, en } : undefined;
}
