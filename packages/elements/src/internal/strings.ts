import { messages, type Locale, type LocaleMessages } from '@law-report/core/model';
import { elementStringsZhCN, type ElementStrings } from '@law-report/core/element-strings';
import { englishScreens } from './locale.js';

/** Every string an element shows: core's (labels, kinds, issue wording) and the elements' own screens. */
export type Strings = LocaleMessages & ElementStrings;

const tables = new Map<Locale, Strings>();

/**
 * The strings of a locale, from core: elements never carry their own copies. In English, the
 * elements' own screens are in Chinese until their English strings have come (`stringsReady`).
 */
export function stringsOf(locale: Locale): Strings {
  let table = tables.get(locale);
  if (!table) {
    const screens = locale === 'en' ? englishScreens()?.screens : elementStringsZhCN;
    table = { ...messages[locale], ...(screens ?? elementStringsZhCN) };
    if (screens) tables.set(locale, table);
  }
  return table;
}
