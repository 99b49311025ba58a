// How soon a town clerk can start typing on a slow phone: the page with the embed file and
// <law-report-form> against a page with a plain HTML form and no script, side by side in one
// Chromium, both under Lighthouse's mobile profile (150 ms round trip, 1.6 Mbps down, 750 kbps
// up, the CPU slowed 4×). "Usable" is the first animation frame in which the report's title field
// is on the page and takes focus (for the form: inside its shadow root, after the element has
// rendered), timed in the page from the start of the navigation; the median of five loads each,
// with a cold cache.
//
// The watch runs in the page from its first moment (an init script), not from the harness: a
// `waitForFunction` sent after the navigation starts polling only once Playwright has set itself up
// in the page, ~150 ms into a no-script page that is usable long before, which made the baseline
// slower than it is and the ratio look better (×1.8 where it was ×2.6; see
// docs/decisions/2026-12-06-usable-timed-in-the-page.md).
import type { Page } from 'playwright';
import { median, withDistPages } from './browser.js';
import { row } from './measure.js';

// The same first fields a clerk meets, as plain HTML.
const PLAIN = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>填报</title></head><body><form>
${['报告标题', '报告年度', '单位名称', '单位层级', '行政区划代码', '上级单位名称', '落款单位', '落款日期'].map((label, i) => `<div><label for="f${i}">${label}</label><input id="f${i}"></div>`).join('')}
<button>提交</button></form></body></html>`;

// The form by the embed file of all three elements, and by the form's own file (a town's page).
const formPage = (file: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>填报</title><script type="module" src="./${file}"></script></head><body><law-report-form></law-report-form></body></html>`;
const FILES = { all: 'law-report-elements.js', own: 'law-report-form.js' } as const;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

// Installed before any script of the page runs: each animation frame looks for the title field, and
// the first one that finds it focusable records the time (ms since the navigation started). A string,
// not a function, so that what tsx adds to compiled functions never reaches the page.
const WATCH_FOR_TITLE = `(() => {
  const look = () => {
    const field =
      document.querySelector('law-report-form')?.shadowRoot?.querySelector('#f-title') ??
      document.querySelector('#f0');
    if (field) {
      field.focus();
      if (field.getRootNode().activeElement === field) {
        window.usableAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

// Milliseconds from navigation start until the title field exists and holds focus.
async function usableAt(page: Page, url: string): Promise<number> {
  await page.addInitScript({ content: WATCH_FOR_TITLE });
  // Playwright sets itself up in the page only after the load event, so it takes none of the page's time before.
  await page.goto(url, { waitUntil: 'load' });
  const handle = await page.waitForFunction(() => (window as { usableAt?: number }).usableAt ?? false, undefined, {
    polling: 100,
    timeout: 60_000,
  });
  return Number(await handle.jsonValue());
}

/** Time to a usable form on Lighthouse's mobile profile, against a no-script page, by either embed file. */
export async function benchUsable(): Promise<string[]> {
  return withDistPages(
    { '/usable-all.html': formPage(FILES.all), '/usable-own.html': formPage(FILES.own), '/usable-plain.html': PLAIN },
    async (browser, origin) => {
      const times: Record<'all' | 'own' | 'plain', number[]> = { all: [], own: [], plain: [] };
      for (let round = 0; round < 5; round++) {
        for (const kind of ['plain', 'all', 'own'] as const) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await throttle(page);
          times[kind].push(await usableAt(page, `${origin}/usable-${kind}.html`));
          await context.close();
        }
      }
      const plain = median(times.plain);
      return (['all', 'own'] as const).map((kind) => {
        const form = median(times[kind]);
        return row(
          `form usable, mobile profile, ${FILES[kind]}`,
          `${(form / 1000).toFixed(2)} s`,
          `×${(form / plain).toFixed(2)} a no-script form (${(plain / 1000).toFixed(2)} s, median of 5); budget ≤ 1.8`,
        );
      });
    },
  );
}
