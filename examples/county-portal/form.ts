// The county portal's form page, a town clerk's page: the unit (柳林乡, in the demo) writes or
// imports its report in <law-report-form>, checks it and submits it to the collection server
// (`npm start` runs one beside the portal). The heading names the unit and the report's year.
import '@law-report/elements/define';
import type { Report } from '@law-report/core/model';
import { withToken } from './demo-tokens.js';
import { followLocale, onLocale, portalLocale } from './locale.js';
import { formHeading, openSubmittedLabel } from './portal-strings.js';
import { latestSubmitted, openSubmitted, type SubmittedReport } from './submitted-report.js';

const ENDPOINT = '/api';

const form = document.querySelector('law-report-form');
const native = document.querySelector<HTMLFormElement>('#native');
const heading = document.querySelector<HTMLHeadingElement>('#heading');
const openSlot = document.querySelector<HTMLElement>('#open-slot');
const open = document.querySelector<HTMLButtonElement>('#open-submitted');

// Nothing typed, imported or restored yet: the five statutory headings alone are not content.
const isEmpty = (report: Readonly<Report>) => !report.title && !report.sections.some((section) => section.paragraphs.length > 0) && report.metrics.length === 0;

if (form && native && heading && openSlot && open) {
  let token: string | undefined;
  let unit: string | undefined;
  let submitted: SubmittedReport | undefined;

  const render = () => {
    const locale = portalLocale();
    const { year } = form.value;
    const phrases = formHeading(locale, unit, Number.isInteger(year) && year >= 1990 ? year : undefined);
    heading.replaceChildren(...phrases.flatMap((text, i) => (i === 0 ? [text] : [document.createElement('wbr'), text])));
    // Only over an empty form: opening never replaces what the clerk has written.
    openSlot.hidden = !submitted || !isEmpty(form.value);
    if (submitted) open.textContent = openSubmittedLabel(locale, submitted.year, submitted.version);
  };

  form.endpoint = ENDPOINT;
  followLocale([form]);
  onLocale(render);
  // A field typed in, an import, a draft restored or discarded (a click, with no event of its own).
  form.addEventListener('law-report-change', render);
  form.addEventListener('click', () => void form.updateComplete.then(render));

  await withToken('unit', (given, unitName) => {
    token = given;
    form.token = given;
    unit = unitName;
    submitted = undefined;
    render();
    void latestSubmitted(ENDPOINT, given).then((latest) => {
      if (token !== given) return;
      submitted = latest;
      unit ??= latest?.unit;
      render();
    });
  });

  open.addEventListener('click', () => {
    const at = submitted;
    if (!token || !at || !isEmpty(form.value)) return;
    void openSubmitted(ENDPOINT, token, at.id).then((report) => {
      if (!report || !isEmpty(form.value)) return;
      form.report = report;
      // The button is gone: the heading, now with the report's year, keeps the clerk's place.
      void form.updateComplete.then(() => {
        render();
        heading.focus();
      });
    });
  });
  // The report goes to the collection server (endpoint); the page's own <form> never posts.
  native.addEventListener('submit', (event) => event.preventDefault());
}
