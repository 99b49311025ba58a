import type { Locale } from '@law-report/core/model';
import {
  fieldStringsZhCN,
  formTopStringsZhCN,
  type ElementStrings,
  type FieldStrings,
  type FormTopStrings,
} from '@law-report/core/element-strings';

/** The strings a form's fields are drawn with: their names and codes, and the words of the form's top. */
export type FieldScreenStrings = FieldStrings & { readonly form: FormTopStrings };

/** The English strings of the elements' screens, once fetched (see {@link stringsReady}). */
export interface EnglishScreens {
  readonly screens: ElementStrings;
  readonly fields: FieldScreenStrings;
}

/** The locale named by an element's `locale` attribute; anything unknown falls back to zh-CN. */
export function localeOf(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

// The elements' own English strings arrive with the first element shown in English; a page in
// Chinese never loads them. Until they are here (or if they cannot be fetched) the Chinese ones
// stand in, so nothing is ever blank. Kept here, apart from the whole tables (strings.ts), so a form
// draws its first screen with the few strings it needs (fieldStringsOf).
let english: EnglishScreens | undefined;
let loading: Promise<void> | undefined;
const ZH_FIELDS: FieldScreenStrings = { ...fieldStringsZhCN, form: formTopStringsZhCN };

/** The elements' English strings, once they have come. */
export function englishScreens(): EnglishScreens | undefined {
  return english;
}

/** The strings a form's fields and top are drawn with, in a locale (Chinese until the English ones come). */
export function fieldStringsOf(locale: Locale): FieldScreenStrings {
  return (locale === 'en' && english?.fields) || ZH_FIELDS;
}

/**
 * Resolves once the strings of a locale are here. An element awaits it before each update (Lit's
 * `scheduleUpdate`), so its first render in English is in English and `updateComplete` waits for it.
 */
export function stringsReady(locale: Locale): Promise<void> | undefined {
  if (locale !== 'en' || english) return undefined;
  loading ??= import('@law-report/core/element-strings/en').then(
    (module) => {
      english = {
        screens: module.elementStringsEn,
        fields: { ...module.fieldStringsEn, form: module.formTopStringsEn },
      };
    },
    () => {
      // Offline or blocked: the Chinese screens stay in place of the English ones.
    },
  );
  return loading;
}
