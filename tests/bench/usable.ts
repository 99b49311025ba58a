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
//
// Beside them, the floor: the form's top as it first draws (its HTML and styles, taken from the
// form itself with the rest of the form held back) put on the page by a script that does nothing
// else, once from a file of just that and once from a file as large (gzip) as the form's own. What
// the form takes beyond the second is the work of its code; the rest is the round trip, the
// download and the drawing of those fields, which any script-drawn form of them pays.
//
// And the county's own page: the portal's form page as `law-report serve` serves it, the form's top
// drawn into its HTML (prerenderForm) and the form's own file to take it over. Usable is the same
// moment (the title field on the page and focusable; what is typed before the element takes over is
// kept: tests/portal.test.ts); beside it, when the element has taken the drawing over.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import { dist, median, withDistPages } from './browser.js';
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
        // Focused only to see that it takes focus: a form drawn in the page waits for a pause in typing in a
        // field it is to take over (prerendered-top.ts), which no one is doing here.
        field.blur();
        return;
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

// And, for a form drawn in the page's HTML, the frame in which the element has rendered itself in its place.
const WATCH_FOR_ELEMENT = `(() => {
  const look = () => {
    if (document.querySelector('law-report-form')?.hasUpdated) window.ownAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

const timeIn = async (page: Page, name: 'usableAt' | 'ownAt') => {
  const handle = await page.waitForFunction(
    (name) => (window as unknown as Record<string, number | undefined>)[name] ?? false,
    name,
    {
      polling: 100,
      timeout: 60_000,
    },
  );
  return Number(await handle.jsonValue());
};

// Milliseconds from navigation start until the title field exists and holds focus (and until the
// element has rendered, when `own`).
async function usableAt(page: Page, url: string, own = false): Promise<{ usable: number; own: number }> {
  await page.addInitScript({ content: WATCH_FOR_TITLE });
  if (own) await page.addInitScript({ content: WATCH_FOR_ELEMENT });
  // Playwright sets itself up in the page only after the load event, so it takes none of the page's time before.
  await page.goto(url, { waitUntil: 'load' });
  const usable = await timeIn(page, 'usableAt');
  return { usable, own: own ? await timeIn(page, 'ownAt') : usable };
}

// The form's top as it first draws: the HTML of its shadow root (Lit's markers left out) and its styles,
// taken with the rest of the form held back, at full speed.
async function topOfForm(browser: Browser, origin: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(/law-report-form-[^/]*\.js$/, () => new Promise<void>(() => {}));
    await page.goto(`${origin}/usable-own.html`);
    await page.waitForFunction(() => document.querySelector('law-report-form')?.shadowRoot?.querySelector('#f-title'));
    return await page.evaluate(() => {
      const root = document.querySelector('law-report-form')?.shadowRoot;
      if (!root) throw new Error('usable: the form has no shadow root');
      const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
      return `<style>${css}</style>${root.innerHTML.replace(/<!--[^>]*-->/g, '')}`;
    });
  } finally {
    await context.close();
  }
}

// A script that puts `top` in a <law-report-form>'s shadow root and does nothing else; padded with
// incompressible bytes in a comment to `gzipBytes` when given, so it downloads as long as a file that size.
function floorScript(top: string, gzipBytes = 0): string {
  const draw = `customElements.define('law-report-form',class extends HTMLElement{constructor(){super();this.attachShadow({mode:'open'}).innerHTML=${JSON.stringify(top)}}});`;
  const padded = (bytes: number) => (bytes > 0 ? `${draw}/*${randomBytes(bytes).toString('base64')}*/` : draw);
  // Random bytes do not compress: their base64 gzips to about as many bytes as they were. One correction for the rest.
  const first = gzipBytes - gzipSync(draw).length;
  return padded(first - (gzipSync(padded(first)).length - gzipBytes));
}

const gzipKb = (text: string | Buffer) => (gzipSync(text).length / 1024).toFixed(1);

/** Time to a usable form on Lighthouse's mobile profile, against a no-script page, by either embed file, and the floor beside it. */
export async function benchUsable(): Promise<string[]> {
  const pages: Record<string, string> = {
    '/usable-all.html': formPage(FILES.all),
    '/usable-own.html': formPage(FILES.own),
    '/usable-plain.html': PLAIN,
  };
  return withDistPages(pages, async (browser, origin) => {
    const top = await topOfForm(browser, origin);
    const ownFile = readFileSync(join(dist, FILES.own));
    pages['/floor-top.js'] = floorScript(top);
    pages['/floor-sized.js'] = floorScript(top, gzipSync(ownFile).length);
    pages['/usable-floor-top.html'] = formPage('floor-top.js');
    pages['/usable-floor-sized.html'] = formPage('floor-sized.js');
    // The county's page: the form's top in the HTML, as the portal's build writes it (examples/prerendered-form.ts,
    // with the built package: its styles minified, as the bench's scripts are).
    const built = new URL('../../packages/elements/dist/prerender.js', import.meta.url).href;
    const { prerenderForm } = (await import(built)) as typeof import('@law-report/elements/prerender');
    const drawn = await prerenderForm();
    // A function, so that no `$&` in the drawing is read as a replacement pattern.
    for (const file of ['all', 'own'] as const)
      pages[`/usable-county-${file}.html`] = formPage(FILES[file]).replace(
        '<law-report-form></law-report-form>',
        () => drawn,
      );
    const kinds = ['plain', 'floor-top', 'floor-sized', 'all', 'own', 'county-all', 'county-own'] as const;
    const drawnIn = (kind: string): kind is 'county-all' | 'county-own' => kind.startsWith('county-');
    const times = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<
      (typeof kinds)[number],
      number[]
    >;
    const takenOver: Record<'county-all' | 'county-own', number[]> = { 'county-all': [], 'county-own': [] };
    for (let round = 0; round < 5; round++) {
      for (const kind of kinds) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await throttle(page);
        const time = await usableAt(page, `${origin}/usable-${kind}.html`, drawnIn(kind));
        times[kind].push(time.usable);
        if (drawnIn(kind)) takenOver[kind].push(time.own);
        await context.close();
      }
    }
    const plain = median(times.plain);
    const against = (kind: (typeof kinds)[number]) => {
      const time = median(times[kind]);
      return [`${(time / 1000).toFixed(2)} s`, `×${(time / plain).toFixed(2)}`] as const;
    };
    const rows = (['all', 'own'] as const).map((kind) => {
      const [time, ratio] = against(kind);
      return row(
        `form usable, mobile profile, ${FILES[kind]}`,
        time,
        `${ratio} a no-script form (${(plain / 1000).toFixed(2)} s, median of 5); budget ≤ 1.8`,
      );
    });
    const county = (['all', 'own'] as const).map((file) => {
      const [time, ratio] = against(`county-${file}`);
      const taken = median(takenOver[`county-${file}`]);
      return row(
        `form usable, mobile profile, the county's page (its top in the HTML: ${(Buffer.byteLength(drawn) / 1024).toFixed(1)} kB, ${gzipKb(drawn)} kB gzip) + ${FILES[file]}`,
        time,
        `${ratio} a no-script form; budget ≤ 1.8. The element took it over at ${(taken / 1000).toFixed(2)} s (×${(taken / plain).toFixed(2)}), what was typed kept`,
      );
    });
    const floorTop = against('floor-top');
    const floorSized = against('floor-sized');
    return [
      ...rows,
      ...county,
      row(
        `  floor: its top drawn by a bare ${gzipKb(pages['/floor-top.js'])} kB script`,
        floorTop[0],
        `${floorTop[1]} (the round trip, download and drawing any script-drawn form of these fields pays)`,
      ),
      row(
        `  floor: the same from a ${gzipKb(pages['/floor-sized.js'])} kB file`,
        floorSized[0],
        `${floorSized[1]} (as large as ${FILES.own}, ${gzipKb(ownFile)} kB: the form's code takes the rest)`,
      ),
    ];
  });
}
