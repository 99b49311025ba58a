// The county portal's form page, a town clerk's page: the unit (柳林乡, in the demo) writes or
// imports its report in <law-report-form>, checks it, submits it to the collection server
// (`npm start` runs one beside the portal) and sees what the county made of it in the element's
// list of the unit's reports, where a report the server has is also opened (asked first over
// typed work). The page names the unit and the report's year above it and lists the steps.
import '@law-report/elements/define';
import { withToken } from './demo-tokens.js';
import { withFocusInPlace } from './focus-in-place.js';
import { followLocale, onLocale, portalLocale } from './locale.js';
import { formHeading } from './portal-strings.js';

// After a reload the form itself brings the clerk back: its question about the draft left takes focus, and
// 恢复草稿 puts them back where they were. The browser's own scroll restoration, coming after, would scroll the
// focused question out of sight (a review found 恢复草稿 focused 957 px above the screen).
history.scrollRestoration = 'manual';

const form = document.querySelector('law-report-form');
const native = document.querySelector<HTMLFormElement>('#native');
const heading = document.querySelector<HTMLHeadingElement>('#heading');

if (form && native && heading) {
  // The demo's token says which unit it is; a typed token does not, so then the report does.
  let tokenUnit: string | undefined;

  const render = () => {
    const { year, unit } = form.value;
    const name = tokenUnit ?? (unit.name.trim() || undefined);
    const phrases = formHeading(portalLocale(), name, Number.isInteger(year) && year >= 1990 ? year : undefined);
    // The field being typed in below stays where it is when the heading takes another line.
    withFocusInPlace(() =>
      heading.replaceChildren(
        ...phrases.flatMap((text, i) => (i === 0 ? [text] : [document.createElement('wbr'), text])),
      ),
    );
  };

  form.endpoint = '/api';
  followLocale([form]);
  onLocale(render);
  // A field typed in, or a report imported; a report opened or a draft restored fires no event of
  // its own, but the element then moves focus into the form, which the page hears.
  form.addEventListener('law-report-change', render);
  form.addEventListener('focusin', render);

  await withToken('unit', (token, unitName) => {
    form.token = token;
    tokenUnit = unitName;
    render();
  });
  // The report goes to the collection server (endpoint); the page's own <form> never posts.
  native.addEventListener('submit', (event) => event.preventDefault());
}
