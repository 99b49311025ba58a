// <law-report-form> with 20 sections and 1,000 figures against a plain-DOM page with the same
// inputs, side by side in one Chromium: first render to paint, and a keystroke's input to paint.
import { makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { median, percentile, withDistPages } from './browser.js';
import { row } from './measure.js';

// 20 sections of 50 figures each.
function bigReport() {
  const kinds = ['measures', 'duties', 'shortcomings', 'plans', 'other'] as const;
  const sections = Array.from({ length: 20 }, (_, i) =>
    makeSection(kinds[i % kinds.length] ?? 'measures', { id: `s${i}`, title: `第${i + 1}部分` }),
  );
  const metrics = Array.from({ length: 1000 }, (_, i) =>
    makeMetric('disputes.handled', i, { unit: '起', label: `第${i}项`, sectionId: `s${i % 20}` }),
  );
  return makeReport({ sections, metrics });
}

// A page that builds the same controls by hand, each in a field with its label: per figure an
// indicator picker (its own choice), a label, a value, a measure-word picker, a qualifier and a
// scope picker, a date; per section a kind picker, a title, paragraphs; 12 report fields.
const PLAIN = `<!doctype html><html><body><div id="root"></div><script>
window.renderPlain = (report) => {
  const root = document.getElementById('root');
  const field = (parent, tag, value, options) => {
    const div = document.createElement('div'); const label = document.createElement('label'); label.textContent = '标签';
    const el = document.createElement(tag);
    for (const option of options ?? []) { const o = document.createElement('option'); o.value = option; o.textContent = option; el.append(o); }
    el.value = value; div.append(label, el); parent.append(div); return el;
  };
  for (let i = 0; i < 12; i++) field(root, 'input', 'v');
  for (const section of report.sections) { field(root, 'select', section.kind, ['preamble','duties','measures','shortcomings','judgments','plans','other']); field(root, 'input', section.title); field(root, 'textarea', ''); }
  const table = document.createElement('table'); root.append(table);
  for (const metric of report.metrics) {
    const tr = document.createElement('tr'); table.append(tr);
    const td = () => { const cell = document.createElement('td'); tr.append(cell); return cell; };
    field(td(), 'select', metric.indicator, ['', 'unclassified', metric.indicator]);
    field(td(), 'input', metric.label); field(td(), 'input', String(metric.value));
    field(td(), 'select', metric.unit, ['起', '件', '宗', '个', '项']);
    field(td(), 'select', metric.qualifier, ['exact', 'over', 'nearly', 'about', 'under']);
    field(td(), 'select', '', ['', 'year', 'cumulative', 'asOf', 'target']);
    field(td(), 'input', '');
    const remove = document.createElement('button'); remove.textContent = '删除'; td().append(remove);
  }
};
</script></body></html>`;

// The embed file loads an element's chunk when its tag first appears: a hidden form brings the
// form's code in before the timed render, so the render is timed and not the download.
const FORM = `<!doctype html><html><head><script type="module" src="./law-report-elements.js"></script></head><body><law-report-form hidden></law-report-form></body></html>`;

/** First render and keystroke-to-paint of the form and of plain DOM, side by side. */
export async function benchForm(): Promise<string[]> {
  return withDistPages({ '/form.html': FORM, '/plain.html': PLAIN }, async (browser, origin) => {
    const report = bigReport();
    const firstRender = async (kind: 'form' | 'plain') => {
      const page = await browser.newPage();
      await page.goto(`${origin}/${kind}.html`);
      if (kind === 'form') {
        await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
        await page.evaluate(() => document.querySelector('law-report-form[hidden]')?.remove());
      }
      const ms = await page.evaluate(
        async ([which, data]) => {
          const start = performance.now();
          if (which === 'form') {
            const form = document.createElement('law-report-form') as HTMLElement & {
              report: unknown;
              updateComplete: Promise<unknown>;
            };
            form.report = data;
            document.body.append(form);
            await form.updateComplete;
          } else {
            (window as unknown as { renderPlain: (r: unknown) => void }).renderPlain(data);
          }
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - start;
        },
        [kind, report] as const,
      );
      return { page, ms };
    };
    // Input to paint as the page sees it: from the keydown's own timestamp (when the key
    // reached the page, whatever Playwright's round trip) to the first task after the next
    // frame, with the page in front so its frames are not throttled as a background tab's are.
    // INP-like: every keystroke counts, in every kind of field a clerk types in (the report's
    // title, a section's title and its paragraphs, a figure's words and value), and the 90th
    // percentile is reported; a keystroke faster than one frame counts as one frame.
    const FRAME = 1000 / 60;
    const keystrokes = async (page: import('playwright').Page, selectors: readonly string[]) => {
      await page.bringToFront();
      const times: number[] = [];
      for (const selector of selectors) {
        const input = page.locator(selector).first();
        await input.focus();
        for (let i = 0; i < 10; i++) {
          await page.evaluate(() => {
            (window as unknown as { typed: Promise<number> }).typed = new Promise((resolve) => {
              document.addEventListener(
                'keydown',
                (event) =>
                  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - event.timeStamp), 0)),
                { capture: true, once: true },
              );
            });
          });
          await page.keyboard.type('1');
          times.push(
            Math.max(FRAME, await page.evaluate(() => (window as unknown as { typed: Promise<number> }).typed)),
          );
        }
      }
      return percentile(times, 0.9);
    };
    const formRuns: number[] = [];
    const plainRuns: number[] = [];
    let formKey = 0;
    let plainKey = 0;
    for (let round = 0; round < 3; round++) {
      const form = await firstRender('form');
      const plain = await firstRender('plain');
      formRuns.push(form.ms);
      plainRuns.push(plain.ms);
      if (round === 2) {
        formKey = await keystrokes(form.page, [
          'law-report-form >> #f-title',
          'law-report-form >> #f-sections-10-title',
          'law-report-form >> #f-sections-10-paragraphs',
          'law-report-form >> #f-metrics-500-label',
          'law-report-form >> #f-metrics-500-value',
        ]);
        // The same kinds of field on the plain page: a report field, a section's title and text, a figure's words and value.
        plainKey = await keystrokes(plain.page, [
          '#root > div > input >> nth=0',
          '#root > div > input >> nth=22',
          '#root > div > textarea >> nth=10',
          'td input >> nth=1500',
          'td input >> nth=1501',
        ]);
      }
      await form.page.close();
      await plain.page.close();
    }
    const [form, plain] = [median(formRuns), median(plainRuns)];
    return [
      row(
        'form, 20 sections × 1,000 figures: first render',
        `${form.toFixed(0)} ms`,
        `×${(form / plain).toFixed(2)} plain DOM (${plain.toFixed(0)} ms); budget ≤ 2`,
      ),
      row(
        'form: keystroke to paint (p90 of 50 in 5 kinds of field, ≥ 1 frame)',
        `${formKey.toFixed(1)} ms`,
        `×${(formKey / Math.max(plainKey, 0.1)).toFixed(2)} plain DOM (${plainKey.toFixed(1)} ms); budget ≤ 1.5`,
      ),
    ];
  });
}
