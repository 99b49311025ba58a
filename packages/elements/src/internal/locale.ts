import { messages, type Locale, type LocaleMessages } from '@law-report/core/model';
import { elementStringsZhCN, type ElementStrings } from '@law-report/core/element-strings';

/** Every string an element shows: core's (labels, kinds, issue wording) and the elements' own screens. */
export type Strings = LocaleMessages & ElementStrings;

/** The locale named by an element's `locale` attribute; anything unknown falls back to zh-CN. */
export function localeOf(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

// The elements' own English strings arrive with the first element shown in English; a page in
// Chinese never loads them. Until they are here (or if they cannot be fetched) the Chinese ones
// stand in, so nothing is ever blank.
const screens: Partial<Record<Locale, ElementStrings>> = { 'zh-CN': elementStringsZhCN };
const tables = new Map<Locale, Strings>();
let english: Promise<void> | undefined;

/** The strings of a locale, from core: elements never carry their own copies. */
export function stringsOf(locale: Locale): Strings {
  let table = tables.get(locale);
  if (!table) {
    table = { ...messages[locale], ...(screens[locale] ?? elementStringsZhCN) };
    if (screens[locale]) tables.set(locale, table);
  }
  return table;
}

/**
 * Resolves once the strings of a locale are here. An element awaits it before each update (Lit's
 * `scheduleUpdate`), so its first render in English is in English and `updateComplete` waits for it.
 */
export function stringsReady(locale: Locale): Promise<void> | undefined {
  if (screens[locale]) return undefined;
  english ??= import('@law-report/core/element-strings/en').then(
    (module) => {
      screens.en = module.elementStringsEn;
    },
    () => {
      // Offline or blocked: the Chinese screens stay in place of the English ones.
    },
  );
  return english;
}
