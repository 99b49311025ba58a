import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { renderDocx } from '@law-report/core/docx';
import { renderReport } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './chromium.js';

// The embed file as a county portal uses it: one <script type="module"> pointing at the built
// file, served with the chunks it loads on demand beside it.
const dist = fileURLToPath(new URL('../packages/elements/dist/', import.meta.url));

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    const html = PAGES[path.slice(path.lastIndexOf('/') + 1)];
    if (html) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    readFile(path).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const PAGE = `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-elements.js"></script>
<script type="module" src="./law-report-elements.js?second-copy"></script></head>
<body><law-report-summary></law-report-summary><law-report-form></law-report-form></body></html>`;

const PAGES: Readonly<Record<string, string>> = {
  'page.html': PAGE,
  'english.html': `<!doctype html><html lang="en"><head><script type="module" src="./law-report-elements.js"></script></head><body><law-report-form locale="en"></law-report-form></body></html>`,
  'form.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-form.js"></script></head><body><law-report-form></law-report-form></body></html>`,
  // A town's page with the county's server: the token is a property, set by the portal's script.
  'form-server.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-form.js"></script></head><body><law-report-form endpoint="/api"></law-report-form>
<script type="module">customElements.whenDefined('law-report-form').then(() => { document.querySelector('law-report-form').token = 'unit-token'; });</script></body></html>`,
  'form-draft.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-form.js"></script></head><body><law-report-form draft-key="town-draft"></law-report-form></body></html>`,
  'form-native.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-form.js"></script></head><body><form><law-report-form name="report" required></law-report-form></form></body></html>`,
  'form-versioned.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-form.js?v=2"></script></head><body><law-report-form></law-report-form></body></html>`,
  'all.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-elements.js"></script></head><body><law-report-form></law-report-form><law-report-summary></law-report-summary><law-report-dashboard></law-report-dashboard></body></html>`,
  'dashboard.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-elements.js"></script></head><body><law-report-dashboard></law-report-dashboard></body></html>`,
  'years.html': `<!doctype html><html lang="zh-CN"><head><script type="module" src="./law-report-years.js"></script></head><body><law-report-years></law-report-years></body></html>`,
};

// What only the checks' chunk holds: the message of the rule that a statutory content is missing.
const CHECKS = /缺少法定内容/;

/**
 * Opens one of PAGES once its form is registered, requests matching `blocked` refused (a file
 * missing on the portal); `loaded` lists the path of everything the page requests.
 */
async function open(file: string, blocked?: RegExp): Promise<{ page: Page; loaded: string[] }> {
  const page = await browser.newPage();
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  if (blocked) await page.route(blocked, (route) => route.abort());
  await page.goto(`${origin}/${file}`);
  await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
  return { page, loaded };
}

describe('law-report-elements.js', () => {
  it('registers the elements with one script tag (loaded twice without harm) and renders a report', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(
      () =>
        customElements.get('law-report-summary') !== undefined && customElements.get('law-report-form') !== undefined,
    );
    await page.evaluate((report) => {
      const element = document.querySelector('law-report-summary') as HTMLElement & { report: unknown };
      element.report = report;
    }, beiliuReport());
    await expect
      .poll(() => page.locator('law-report-summary h2').textContent())
      .toBe('北留镇2023年法治政府建设年度报告');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the importer only when a report is pasted into the form', async () => {
    const { page, loaded } = await open('page.html');
    const before = loaded.filter((path) => path.includes('import-entry'));
    await page.getByText('从文本导入').click();
    await page
      .getByLabel('报告全文')
      .fill(
        '东河镇2023年法治政府建设工作报告\n一、主要举措和成效\n全年排查矛盾纠纷36起。\n\n东河镇人民政府\n2024年1月20日',
      );
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已导入' }).textContent()).toContain('已导入');
    expect(before).toEqual([]);
    expect(loaded.some((path) => path.includes('import-entry'))).toBe(true);
    await page.close();
  });

  it('says so when the importer cannot be loaded, and keeps what was typed', async () => {
    const { page } = await open('page.html', /import-entry/);
    await page.getByLabel('报告标题（必填）').fill('东河镇2023年法治政府建设工作报告');
    await page.getByText('从文本导入').click();
    await page
      .getByLabel('报告全文')
      .fill('东河镇2023年法治政府建设工作报告\n一、主要举措和成效\n全年排查矛盾纠纷36起。');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByText('没有加载成功').count()).toBe(1);
    await page.getByLabel('按名称或别称查找指标').first().fill('调解');
    await expect.poll(() => page.getByText('没有加载成功').count()).toBe(2);
    expect(await page.getByLabel('报告标题（必填）').inputValue()).toBe('东河镇2023年法治政府建设工作报告');
    await page.close();
  });
});

describe('law-report-form.js', () => {
  it('registers the form alone for a town’s page, and imports a report with the importer loaded on use', async () => {
    const { page, loaded } = await open('form.html');
    expect(
      await page.evaluate(() =>
        [customElements.get('law-report-summary'), customElements.get('law-report-dashboard')].map(
          (one) => one === undefined,
        ),
      ),
    ).toEqual([true, true]);
    await page.getByText('从文本导入').click();
    await page
      .getByLabel('报告全文')
      .fill(
        '东河镇2023年法治政府建设工作报告\n一、主要举措和成效\n全年排查矛盾纠纷36起。\n\n东河镇人民政府\n2024年1月20日',
      );
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已导入' }).count()).toBe(1);
    expect(loaded.filter((path) => path.endsWith('.js')).map((path) => path.slice(path.lastIndexOf('/') + 1))[0]).toBe(
      'law-report-form.js',
    );
    expect(loaded.some((path) => path.endsWith('/law-report-elements.js'))).toBe(false);
    await page.close();
  });

  it('loads the checks once a person works in the form, from a chunk that takes Lit and core from the form’s file', async () => {
    const { page, loaded } = await open('form.html');
    // The files by name, as they lie in dist/.
    const names = () => loaded.filter((path) => path.endsWith('.js')).map((path) => path.slice(1));
    const withChecks = async (names: readonly string[]) => {
      const files = await Promise.all(names.map((name) => readFile(join(dist, name), 'utf8')));
      return names.filter((_, i) => CHECKS.test(files[i] ?? ''));
    };
    await page.waitForLoadState('networkidle');
    // Shown, not yet worked in: the form's file and the rest of the form, without the checks.
    const shown = names();
    expect(shown[0]).toBe('law-report-form.js');
    expect(await withChecks(shown)).toEqual([]);
    await page.getByLabel('报告标题（必填）').focus();
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.getByRole('alert', { name: '提交前请修改以下问题' }).count()).toBe(1);
    const chunks = names().filter((path) => path !== 'law-report-form.js');
    expect(await withChecks(chunks)).toHaveLength(1);
    // Each chunk imports what the page has from the form's file: one copy of Lit and core.
    for (const chunk of chunks)
      expect(await readFile(join(dist, chunk), 'utf8')).toMatch(/from"\.\/law-report-form\.js"/);
    await page.close();
  });

  it('still checks a report when a portal loads the form’s file under a query string (at the price of a second download)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/form-versioned.html`);
    await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
    await page.getByLabel('报告标题（必填）').fill('');
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('alert', { name: '提交前请修改以下问题' })
          .getByRole('link', { name: /报告标题/ })
          .count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the report was not sent when the checks cannot be loaded, and keeps what was typed', async () => {
    const page = await browser.newPage();
    const loaded: string[] = [];
    // The checks' chunk refused, by what it holds (the rules' messages); the rest of the form comes.
    await page.route(/law-report-form-[\w-]+\.js$/, async (route) => {
      loaded.push(new URL(route.request().url()).pathname);
      const response = await route.fetch();
      const body = await response.text();
      return CHECKS.test(body) ? route.abort() : route.fulfill({ response, body });
    });
    await page.goto(`${origin}/form.html`);
    await page.getByLabel('报告标题（必填）').fill('东河镇2023年法治政府建设工作报告');
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.getByRole('alert', { name: '报告没有报送' });
    await expect.poll(() => summary.textContent()).toContain('检查规则没有加载成功');
    // Asked for again with a person's next action, not again and again by what is drawn after the failure (a
    // review saw hundreds of requests a second).
    const asked = () => loaded.length;
    const before = asked();
    await page.waitForTimeout(1000);
    expect(asked() - before).toBeLessThanOrEqual(2);
    expect(
      await page.evaluate(() => document.querySelector('law-report-form')?.shadowRoot?.activeElement?.className),
    ).toContain('summary');
    expect(await page.getByLabel('报告标题（必填）').inputValue()).toBe('东河镇2023年法治政府建设工作报告');
    // 检查报告 then says it could not check, beside the buttons, and the refusal of the 提交 before is over.
    await page.getByRole('button', { name: '检查报告' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '没能检查' }).count()).toBe(1);
    expect(await summary.count()).toBe(0);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });
});

describe('the files a page loads first', () => {
  it('ask the browser to compile them whole while they download (every function runs on load), and no chunk loaded later does', async () => {
    const hinted: string[] = [];
    for (const name of await readdir(dist))
      if (
        name.endsWith('.js') &&
        (await readFile(join(dist, name), 'utf8')).startsWith('//# allFunctionsCalledOnLoad\n')
      )
        hinted.push(name);
    expect(hinted.sort()).toEqual(['law-report-elements.js', 'law-report-form.js']);
  });
});

describe('law-report-form.js: its top first, the rest of the form one round trip after', () => {
  // The form's chunks held at the server until the returned function is called: what a clerk meets before they come.
  const holdRestOfForm = async (page: Page): Promise<() => void> => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/law-report-form-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    return () => release();
  };

  it('lets a clerk type the title before the rest of the form has come, and hands it what was typed: the change, the draft saved, focus kept', async () => {
    const page = await browser.newPage();
    const release = await holdRestOfForm(page);
    await page.goto(`${origin}/form-draft.html`);
    const title = page.getByLabel('报告标题（必填）');
    await title.fill('东河镇2024年法治政府建设工作报告');
    expect(await page.getByRole('button', { name: '提交' }).count()).toBe(0);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { changes: string[] }).changes = seen;
      document
        .querySelector('law-report-form')
        ?.addEventListener('law-report-change', (event) => seen.push(event.path.join('.')));
    });
    release();
    await expect.poll(() => page.getByRole('button', { name: '提交' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { changes: string[] }).changes)).toContain('title');
    expect(await title.inputValue()).toBe('东河镇2024年法治政府建设工作报告');
    expect(await page.evaluate(() => document.querySelector('law-report-form')?.shadowRoot?.activeElement?.id)).toBe(
      'f-title',
    );
    await expect.poll(() => page.evaluate(() => localStorage.getItem('town-draft'))).toContain('东河镇2024年');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });

  it('is a form control from its first render: in a native <form> its value is what was typed and a required form waits; a reset before the rest comes keeps what is typed after it', async () => {
    const page = await browser.newPage();
    const release = await holdRestOfForm(page);
    await page.goto(`${origin}/form-native.html`);
    const title = page.getByLabel('报告标题（必填）');
    await title.fill('东河镇2024年法治政府建设工作报告');
    const native = () =>
      page.evaluate(() => {
        const form = document.querySelector('form') as HTMLFormElement;
        const value = new FormData(form).get('report');
        return {
          valid: form.checkValidity(),
          title: typeof value === 'string' ? (JSON.parse(value) as { title: string }).title : null,
        };
      });
    expect(await native()).toEqual({
      valid: false,
      title: '东河镇2024年法治政府建设工作报告',
    });
    await page.evaluate(() => (document.querySelector('form') as HTMLFormElement).reset());
    await expect.poll(() => title.inputValue()).toBe('');
    await title.fill('西岭镇2024年法治政府建设工作报告');
    release();
    await expect.poll(() => page.getByRole('button', { name: '提交' }).count()).toBe(1);
    expect(
      await page.evaluate(
        () => (document.querySelector('law-report-form') as HTMLElement & { value: { title: string } }).value.title,
      ),
    ).toBe('西岭镇2024年法治政府建设工作报告');
    expect((await native()).title).toBe('西岭镇2024年法治政府建设工作报告');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });

  it('says so when the rest of the form cannot be loaded, and keeps its top to type in', async () => {
    const page = await browser.newPage();
    await page.route(/law-report-form-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${origin}/form.html`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('表单的其余部分没有加载成功');
    await page.getByLabel('报告标题（必填）').fill('东河镇2024年法治政府建设工作报告');
    expect(await page.getByLabel('报告标题（必填）').inputValue()).toBe('东河镇2024年法治政府建设工作报告');
    await page.close();
  });
});

describe('law-report-form.js with a collection server', () => {
  // The chunk with the unit's client: the only one that asks for one report by its id.
  const serverChunk = async (page: Page, block: boolean): Promise<string[]> => {
    const seen: string[] = [];
    await page.route(/law-report-form-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!/\/reports\/\$\{encodeURIComponent\(/.test(body)) return route.fulfill({ response, body });
      seen.push(new URL(route.request().url()).pathname);
      return block ? route.abort() : route.fulfill({ response, body });
    });
    return seen;
  };

  it('loads the server’s part only on a page with a server, in one chunk that takes Lit and core from the form’s file', async () => {
    const { page } = await open('form.html');
    const none = await serverChunk(page, false);
    await page.reload();
    await page.getByLabel('报告标题（必填）').fill('东河镇2023年法治政府建设工作报告');
    await page.getByRole('button', { name: '提交' }).click();
    await page.waitForLoadState('networkidle');
    expect(none).toEqual([]);
    const served = await browser.newPage();
    const seen = await serverChunk(served, false);
    await served.goto(`${origin}/form-server.html`);
    // The static server has no API: the list says it could not be read, after the chunk came.
    await expect.poll(() => served.getByText('暂时读不到报送情况').count()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(await readFile(join(dist, (seen[0] ?? '').slice(1)), 'utf8')).toMatch(/from"\.\/law-report-form\.js"/);
    for (const one of [page, served]) {
      await one.unrouteAll({ behavior: 'ignoreErrors' });
      await one.close();
    }
  });

  it('says so when the server’s part cannot be loaded, and keeps what was typed', async () => {
    const page = await browser.newPage();
    await serverChunk(page, true);
    await page.goto(`${origin}/form-server.html`);
    await page.getByLabel('报告标题（必填）').fill('东河镇2023年法治政府建设工作报告');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '这项功能没有加载成功' }).count()).toBe(1);
    expect(await page.getByLabel('报告标题（必填）').inputValue()).toBe('东河镇2023年法治政府建设工作报告');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });
});

describe('law-report-elements.js: the form first, the summary and the dashboard one round trip after', () => {
  // Every chunk of the embed file held until `release`, each request's arrival noted: a chunk the browser
  // finds only in another chunk's imports would arrive after the release, a round trip later.
  const held = async (page: Page) => {
    const arrivals: string[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/law-report-elements-[\w-]+\.js$/, async (route) => {
      arrivals.push(new URL(route.request().url()).pathname);
      await released;
      await route.continue();
    });
    return { arrivals, release };
  };

  it('lets a clerk type in the form before the summary’s and dashboard’s chunk has come, and fetches that chunk with its own imports at once', async () => {
    const page = await browser.newPage();
    const { arrivals, release } = await held(page);
    await page.goto(`${origin}/all.html`);
    // Preloaded by the file itself, before anything asks for them: the built file names them.
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
        (link) => new URL(link.href).pathname,
      ),
    );
    expect(preloaded.length).toBeGreaterThan(1);
    expect(await readFile(join(dist, 'law-report-elements.js'), 'utf8')).not.toContain('__LAW_REPORT_EAGER_FILES__');
    await page.getByLabel('报告标题（必填）').fill('东河镇2023年法治政府建设工作报告');
    expect(await page.evaluate(() => customElements.get('law-report-dashboard') === undefined)).toBe(true);
    await page.waitForTimeout(600);
    const firstWave = arrivals.length;
    const firstPaths = [...arrivals];
    release();
    await page.waitForFunction(
      () =>
        customElements.get('law-report-summary') !== undefined &&
        customElements.get('law-report-dashboard') !== undefined,
    );
    await page.evaluate((report) => {
      (document.querySelector('law-report-summary') as HTMLElement & { report: unknown }).report = report;
    }, beiliuReport());
    await expect
      .poll(() => page.locator('law-report-summary h2').textContent())
      .toBe('北留镇2023年法治政府建设年度报告');
    await page.waitForLoadState('networkidle');
    // The chunk and every chunk it imports were asked for before any of them arrived: one round trip.
    expect(firstWave).toBeGreaterThan(1);
    expect(arrivals).toHaveLength(firstWave);
    // The preloaded chunks among them, and the rest of the form, which the form asks for as it starts.
    expect(firstPaths).toEqual(expect.arrayContaining(preloaded));
    expect(firstWave).toBeGreaterThan(preloaded.length);
    expect(await page.getByLabel('报告标题（必填）').inputValue()).toBe('东河镇2023年法治政府建设工作报告');
    await page.close();
  });

  it('says so where the summary and the dashboard were to be when their chunk cannot be loaded, and the form works', async () => {
    const page = await browser.newPage();
    await page.route(/law-report-elements-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${origin}/all.html`);
    await expect
      .poll(() => page.locator('law-report-summary').getByRole('alert').textContent())
      .toContain('这项功能没有加载成功');
    await expect.poll(() => page.locator('law-report-dashboard').getByRole('alert').count()).toBe(1);
    await page.getByLabel('报告标题（必填）').fill('东河镇2023年法治政府建设工作报告');
    expect(await page.getByLabel('报告标题（必填）').inputValue()).toBe('东河镇2023年法治政府建设工作报告');
    await page.close();
  });
  it('takes its words away once a file loaded later defines the element, as the review desk’s file does the summary', async () => {
    const page = await browser.newPage();
    await page.route(/law-report-elements-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${origin}/all.html`);
    const summary = page.locator('law-report-summary');
    await expect.poll(() => summary.getByRole('alert').count()).toBe(1);
    await page.addScriptTag({ url: `${origin}/law-report-review.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('law-report-summary') !== undefined);
    // Gone from the element itself, not only hidden by its shadow root (which shows no light DOM).
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('law-report-summary')?.querySelectorAll(':scope > p').length),
      )
      .toBe(0);
    await expect.poll(() => page.locator('law-report-dashboard').getByRole('alert').count()).toBe(1);
    await page.close();
  });
});

describe('law-report-elements.js: the dashboard’s parts on use', () => {
  // The dashboard with the 北留镇 report, and every chunk of the embed file requested after it rendered.
  const dashboard = async (blocked?: RegExp): Promise<{ page: Page; chunks: string[] }> => {
    const page = await browser.newPage();
    const chunks: string[] = [];
    await page.goto(`${origin}/dashboard.html`);
    await page.waitForFunction(() => customElements.get('law-report-dashboard') !== undefined);
    await page.evaluate((report) => {
      const element = document.querySelector('law-report-dashboard') as HTMLElement & { reports: unknown };
      element.reports = [report];
    }, beiliuReport());
    await expect.poll(() => page.getByRole('heading', { name: '各单位报送情况' }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/law-report-elements-[\w-]+\.js$/.test(path)) chunks.push(path);
    });
    if (blocked) await page.route(blocked, (route) => route.abort());
    return { page, chunks };
  };

  it('loads a unit’s dialog, a chart’s values and the CSV each with its first use, in one chunk that takes Lit and core from the embed file', async () => {
    const { page, chunks } = await dashboard();
    await page.getByRole('button', { name: '北留镇' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: '北留镇' }).count()).toBe(1);
    expect(chunks).toHaveLength(1);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByText('各单位数值').first().click();
    await expect.poll(() => page.locator('law-report-dashboard details.values table').count()).toBe(1);
    expect(chunks).toHaveLength(2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    expect((await download).suggestedFilename()).toBe('2023年法治政府建设年度报告汇总.csv');
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks)
      expect(await readFile(join(dist, chunk.slice(1)), 'utf8')).toMatch(/from"\.\/law-report-elements\.js"/);
    await page.close();
  });

  it('says so when a part cannot be loaded, in the dialog it was to fill', async () => {
    const { page } = await dashboard(/law-report-elements-[\w-]+\.js$/);
    await page.getByRole('button', { name: '北留镇' }).click();
    const dialog = page.getByRole('dialog', { name: '北留镇' });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('这项功能没有加载成功');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });
});

describe('law-report-elements.js in English', () => {
  it('fetches the English strings of the form’s screens only for an element shown in English', async () => {
    const { page, loaded } = await open('page.html');
    await page.waitForLoadState('networkidle');
    expect(loaded.some((path) => path.includes('element-strings-en'))).toBe(false);
    await page.goto(`${origin}/english.html`);
    await expect.poll(() => page.getByRole('button', { name: 'Add a section' }).count()).toBeGreaterThan(0);
    expect(loaded.some((path) => path.includes('element-strings-en'))).toBe(true);
    await page.close();
  });
});

describe('law-report-years.js', () => {
  it('reads a picked folder of Word and text reports in its worker and shows the years', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'law-report-years-'));
    const town = (name: string, year: number, handled: number) => ({
      ...beiliuReport(),
      title: `${name}${year}年法治政府建设工作报告`,
      year,
      unit: { name, level: 'town' as const },
      issuer: `${name}人民政府`,
      issuedOn: `${year + 1}-01-20`,
      sections: [
        {
          id: 's1',
          kind: 'measures' as const,
          title: `${year}年主要举措和成效`,
          paragraphs: [`全年排查化解矛盾纠纷${handled}起。`],
          sections: [],
        },
      ],
      metrics: [],
    });
    await mkdir(join(folder, '2022'));
    await mkdir(join(folder, '2023'));
    await writeFile(join(folder, '2022', '东岭镇.docx'), new Uint8Array(await renderDocx(town('东岭镇', 2022, 14))));
    await writeFile(join(folder, '2023', '东岭镇.txt'), renderReport(town('东岭镇', 2023, 20), { format: 'text' }));
    await writeFile(join(folder, '2023', '坏文件.docx'), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]));
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/years.html`);
    await page.waitForFunction(() => customElements.get('law-report-years') !== undefined);
    await page.getByLabel('选择装有历年报告的文件夹').setInputFiles(folder);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已读取 3 个文件，得到 2 份报告。');
    expect(await page.getByRole('button', { name: /2022年合计14起/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /2023年合计20起/ }).count()).toBe(1);
    expect(await page.getByText(/坏文件\.docx：没有读出报告/).count()).toBe(1);
    expect(loaded.some((path) => path.endsWith('/law-report-years-worker.js'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
