// The language picker every portal page has (#locale): Chinese unless the person picks English,
// remembered across pages. It rewrites the page's own text (data-text, data-label: see
// portal-strings.ts) and tells whoever listens: the elements and the pages' scripts.
import { isPortalStringKey, portalStrings, type PortalLocale } from './portal-strings.js';

const KEY = 'law-report-portal-locale';
const listeners: ((locale: PortalLocale) => void)[] = [];
let current: PortalLocale | undefined;

function saved(): PortalLocale | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'en' || value === 'zh-CN' ? value : undefined;
  } catch {
    // Storage blocked: the choice just is not remembered.
    return undefined;
  }
}

// The page's own text in `locale`: each marked element from the table, the page's language too.
function translatePage(locale: PortalLocale): void {
  const strings = portalStrings[locale];
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset['text'] ?? '';
    if (isPortalStringKey(key)) element.textContent = strings[key];
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const key = element.dataset['label'] ?? '';
    if (isPortalStringKey(key)) element.setAttribute('aria-label', strings[key]);
  }
  document.documentElement.lang = locale;
}

// The first call finds the picker, shows the remembered choice and follows its changes.
function start(): PortalLocale {
  if (current) return current;
  const picker = document.querySelector<HTMLSelectElement>('#locale');
  current = saved() ?? 'zh-CN';
  if (picker) {
    picker.value = current;
    picker.addEventListener('change', () => {
      current = picker.value === 'en' ? 'en' : 'zh-CN';
      try {
        localStorage.setItem(KEY, current);
      } catch {
        // As above.
      }
      translatePage(current);
      for (const listener of listeners) listener(current);
    });
  }
  translatePage(current);
  return current;
}

/** Calls `listener` with the page's language now and whenever the picker changes it. */
export function onLocale(listener: (locale: PortalLocale) => void): void {
  const locale = start();
  listeners.push(listener);
  listener(locale);
}

/** The page's language now. */
export function portalLocale(): PortalLocale {
  return start();
}

/** Sets `locale` on the elements from the page's picker, now and on every change. */
export function followLocale(elements: readonly (HTMLElement & { locale: string })[]): void {
  onLocale((locale) => {
    for (const element of elements) element.locale = locale;
  });
}
