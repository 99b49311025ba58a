import { messages, type Locale, type LocaleMessages } from '@law-report/core/model';

/** The locale named by an element's `locale` attribute; anything unknown falls back to zh-CN. */
export function localeOf(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

/** The strings of a locale, from core: elements never carry their own copies. */
export function stringsOf(locale: Locale): LocaleMessages {
  return messages[locale];
}
