// The language picker every portal page has: the elements follow it, and it is remembered.
const KEY = 'law-report-portal-locale';

/** Sets `locale` on the elements from the page's #locale picker, now and on every change. */
export function followLocale(elements: readonly (HTMLElement & { locale: string })[]): void {
  const picker = document.querySelector<HTMLSelectElement>('#locale');
  if (!picker) return;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage blocked: the choice just is not remembered.
  }
  if (saved === 'en' || saved === 'zh-CN') picker.value = saved;
  const apply = () => {
    for (const element of elements) element.locale = picker.value;
    document.documentElement.lang = picker.value;
    try {
      localStorage.setItem(KEY, picker.value);
    } catch {
      // As above.
    }
  };
  picker.addEventListener('change', apply);
  apply();
}
