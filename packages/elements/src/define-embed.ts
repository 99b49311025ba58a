// The entry of the embed file `law-report-elements.js`: all three elements by one script tag.
// The form's top is in the file itself, so a clerk can type as soon as it has run (the rest of the
// form is a chunk it asks for as it starts: see law-report-form/rest-of-form.ts); the summary and the
// dashboard are in a chunk beside it, preloaded with the chunks it imports as soon as this file runs
// (one round trip after it, in parallel) and run once the form has been painted (they take Lit and
// core from this file by its name). A page's script that calls their methods waits for them as for
// any element: `await customElements.whenDefined('law-report-dashboard')`.
// See docs/decisions/2026-12-06-embed-form-first.md.
import { afterFirstPaint } from './internal/after-first-paint.js';
import { fieldStringsOf, localeOf, stringsReady } from './internal/locale.js';
import './law-report-form/define.js';

// The chunk and the chunks it imports are fetched at once (modulepreload: downloaded and compiled, not
// run) and run after the form's first paint, so their code never delays the clerk's first field. The
// build writes their names in place of the marker (build/embeds.ts); run from source there are none.
for (const file of '__LAW_REPORT_EAGER_FILES__'.split(',')) {
  if (!file.endsWith('.js')) continue;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, import.meta.url).href;
  document.head.append(link);
}

// A file missing on the portal, or the network gone: said inside each of the two elements on the page,
// not a blank. The tags stay undefined, so a file loaded later (law-report-review.js defines the summary
// too) still defines them, and the words go once one is.
function sayNotLoaded(): void {
  for (const tag of ['law-report-summary', 'law-report-dashboard']) {
    const said: Element[] = [];
    for (const element of document.querySelectorAll(`${tag}:not(:defined)`)) {
      const text = document.createElement('p');
      text.setAttribute('role', 'alert');
      text.textContent = fieldStringsOf(localeOf(element.getAttribute('locale'))).form.featureFailed;
      element.append(text);
      said.push(text);
    }
    void customElements.whenDefined(tag).then(() => {
      for (const text of said) text.remove();
    });
  }
}

const loadViews = () =>
  import('./embed-views.js').catch(async () => {
    if (document.querySelector('[locale="en"]')) await stringsReady('en');
    sayNotLoaded();
  });

afterFirstPaint(() => void loadViews());

export { LawReportFormElement } from './law-report-form/law-report-form.js';
export { LawReportChangeEvent } from './events/law-report-change-event.js';
export { LawReportSubmitEvent } from './events/law-report-submit-event.js';
export { LawReportInvalidEvent } from './events/law-report-invalid-event.js';
