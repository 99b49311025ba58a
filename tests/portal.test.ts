import { reportingYear } from '@law-report/core';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './chromium.js';
import { startPortal, stopGroup } from './processes.js';

// `npm start` as a new user runs it: no browser opened, the printed address answers with the
// county portal, and its pages work in Chromium.

let server: ChildProcess | undefined;
let address = '';
let browser: Browser;
// A database of its own, so the test neither reads nor changes the repository's .data/.
const db = join(mkdtempSync(join(tmpdir(), 'law-report-portal-')), 'portal.sqlite');

beforeAll(async () => {
  ({ child: server, address } = await startPortal(db));
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stopGroup(server);
});

// The form page's script held back until the returned function is called, as on a slow phone: the form's top,
// drawn in the page's HTML, is typed in meanwhile.
async function holdScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/county-portal\/form\.ts/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

// The form page opened with its script held (holdScript): the release, the form and its drawn title.
async function openHeld(page: Page) {
  const release = await holdScript(page);
  await page.goto(new URL('/form.html', address).href, { waitUntil: 'commit' });
  const form = page.locator('law-report-form');
  return { release, form, title: form.locator('#f-title') };
}

type FormLocator = Awaited<ReturnType<typeof openHeld>>['form'];
// Whether the element has rendered itself (taken a drawing over), and its whole first render done.
const takenOver = (form: FormLocator) =>
  form.evaluate((element) => (element as HTMLElement & { hasUpdated: boolean }).hasUpdated);
const rendered = (form: FormLocator) =>
  form.evaluate((element) => (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);

describe('npm start', () => {
  it('answers a plain HTTP request to the printed address with the portal', async () => {
    const response = await fetch(address);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<law-report-dashboard');
    expect(html).toContain('青川县');
    // The collection server's API answers on the same port.
    const api = await fetch(new URL('/api/openapi.json', address));
    expect(api.status).toBe(200);
  });

  it('keeps what was submitted across a restart', async () => {
    const tokens = (await (await fetch(new URL('/demo/tokens.json', address))).json()) as {
      unit: string;
      unitName: string;
      reviewer: string;
    };
    const list = async (base: string) =>
      (
        (await (
          await fetch(new URL('/api/reports?year=2023', base), {
            headers: { authorization: `Bearer ${tokens.reviewer}` },
          })
        ).json()) as { reports: { unit: string; version: number }[] }
      ).reports;
    const before = (await list(address)).find((report) => report.unit === tokens.unitName);
    const mine = (await (
      await fetch(new URL('/api/reports?year=2023', address), { headers: { authorization: `Bearer ${tokens.unit}` } })
    ).json()) as { reports: { id: string }[] };
    const current = (await (
      await fetch(new URL(`/api/reports/${mine.reports[0]?.id}`, address), {
        headers: { authorization: `Bearer ${tokens.unit}` },
      })
    ).json()) as { report: unknown };
    const sent = await fetch(new URL('/api/reports', address), {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.unit}`, 'content-type': 'application/json' },
      body: JSON.stringify(current.report),
    });
    expect(sent.status).toBe(201);
    await stopGroup(server);
    ({ child: server, address } = await startPortal(db));
    const after = (await list(address)).find((report) => report.unit === tokens.unitName);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    // The same 14 reports of 2023 (14 of the roster's 16 units have reported), not seeded a second time.
    expect(await list(address)).toHaveLength(14);
  }, 90_000);

  it('shows the sample county on the dashboard, and links to the form and summary pages', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(address);
    await expect
      .poll(() => page.locator('law-report-dashboard tbody th[scope="row"]').count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(16);
    expect(await page.locator('law-report-dashboard [part="tiles"] dd').first().textContent()).toContain('87.5%');
    await page.getByRole('link', { name: '填报', exact: true }).click();
    await expect
      .poll(() => page.locator('law-report-form').getByRole('button', { name: '提交' }).count(), { timeout: 30_000 })
      .toBe(1);
    await page.getByRole('link', { name: '报告摘要', exact: true }).click();
    await expect
      .poll(() => page.locator('law-report-summary h2').textContent(), { timeout: 30_000 })
      .toContain('北留镇');
    // The sample says it is one, above it, and leads to where the county's own reports are.
    expect(await page.getByRole('region', { name: '这一页显示的是示例报告，不是服务器收到的报告' }).isVisible()).toBe(
      true,
    );
    await page.selectOption('#locale', 'en');
    await expect
      .poll(() => page.locator('law-report-summary h2').textContent())
      .toContain('rule-of-law government report');
    await page.getByRole('link', { name: 'the Review page: each unit’s report, one by one' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toBe('Review the units’ reports');
    await page.selectOption('#locale', 'zh-CN');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs no 404 on any page: each names its own icon, so the browser asks for no /favicon.ico', async () => {
    for (const path of ['/', '/form.html', '/summary.html', '/review.html', '/years.html']) {
      // A context of its own: a browser asks for a missing icon once and remembers the 404.
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(new URL(path, address).href, { waitUntil: 'networkidle' });
      expect(
        errors.filter((text) => text.includes('404')),
        path,
      ).toEqual([]);
      const icon = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
        return link ? (await fetch(link.href)).headers.get('content-type') : null;
      });
      expect(icon, path).toContain('image/svg+xml');
      await context.close();
    }
  }, 60_000);

  it('speaks Chinese to the clerks on every page, English only when the picker says so', async () => {
    const page = await browser.newPage();
    // The page's own text (the elements' shadow roots aside), without the picker's two names.
    const frameText = () =>
      // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees (innerText leaves out what is hidden) is what must be Chinese
      page.evaluate(() => `${document.title}\n${document.body.innerText}`.replace(/English|中文/g, ''));
    for (const path of ['/', '/form.html', '/summary.html', '/years.html', '/review.html']) {
      await page.goto(new URL(path, address).href);
      await page.locator('#locale').waitFor();
      expect(await frameText(), path).not.toMatch(/[A-Za-z]/);
    }
    await page.selectOption('#locale', 'en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Review the units’ reports');
    await page.getByRole('link', { name: 'File a report' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toMatch(/^File 柳林乡’s \d{4} rule-of-law government report$/);
    // The unit's name is a name, in any language.
    expect((await frameText()).replaceAll('柳林乡', '')).not.toMatch(/\p{Script=Han}/u);
    await page.selectOption('#locale', 'zh-CN');
    await page.close();
  });

  it('shows the years on the demo server, saying so, each total opening the figures it adds up', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/years.html', address).href);
    const total = page.getByRole('button', { name: /^排查矛盾纠纷2023年合计/ });
    await total.waitFor({ timeout: 30_000 });
    // The notice says whose reports these are, and the element what it read from the server.
    expect(await page.locator('#source-heading').textContent()).toBe('这一页显示的是县里报送服务器上的报告');
    expect(await page.locator('#clear-sample').isVisible()).toBe(false);
    const years = page.locator('law-report-years');
    expect(await years.getByRole('status').first().textContent()).toMatch(
      /^已读取报送服务器上2022—2023年的 \d+ 份报告。/,
    );
    // The server's years (seeded 2022 and 2023), not the sample's 2019–2023.
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['2022年', '2023年', '2022—2023年变化']),
    );
    expect(await page.getByRole('columnheader', { name: '2019年' }).count()).toBe(0);
    // The server's roster: a unit with no 2023 report is a row all the same.
    expect(await page.getByRole('rowheader', { name: '青川县生态环境局' }).count()).toBe(1);
    await total.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('listitem').count()).toBeGreaterThan(10);
    expect(await dialog.getByText('来自报送服务器').count()).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('law-report-years')?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? '',
        ),
      )
      .toMatch(/^排查矛盾纠纷2023年合计/);
    await page.close();
  });

  it('shows the sample only when no server answers, saying so, each total opening the sentences it adds up', async () => {
    const page = await browser.newPage();
    // As a portal served without the collection server: /api and the demo's tokens do not answer.
    await page.route(/\/(api|demo)\//, (route) => route.abort());
    await page.goto(new URL('/years.html', address).href);
    const total = page.getByRole('button', { name: /^排查矛盾纠纷2023年合计/ });
    await total.waitFor({ timeout: 30_000 });
    expect(await page.locator('#source-heading').textContent()).toBe('这一页显示的是示例报告，不是服务器收到的报告');
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['2019年', '2023年', '2019—2023年变化']),
    );
    await total.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('blockquote').count()).toBeGreaterThan(10);
    expect(await dialog.locator('mark').first().textContent()).toMatch(/^\d+(余)?起$/);
    await page.keyboard.press('Escape');
    // Without the sample, only the files read: the notice about the sample goes.
    await page.getByRole('button', { name: '不看示例，只看我读取的文件' }).click();
    await expect.poll(() => page.locator('#source-notice').isVisible()).toBe(false);
    await page.close();
  });

  it('links every page to the public’s list of published reports, served by the collection server', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/form.html', address).href);
    await page.getByRole('link', { name: '公开', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toMatch(/法治政府建设年度报告/);
    // The sample county's published 2023 reports, each a link to its page.
    const links = page.getByRole('link', { name: /2023年/ });
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    await expect.poll(() => page.url()).toMatch(/\/reports\/2023\/.+\.html$/);
    // The county's dashboard links each published unit to its page.
    await page.goto(address);
    const unitPage = page
      .locator('law-report-dashboard')
      .getByRole('link', { name: /的公开页面$/ })
      .first();
    await expect.poll(() => unitPage.count(), { timeout: 30_000 }).toBe(1);
    const name = (await unitPage.getAttribute('aria-label'))?.replace(/的公开页面$/, '') ?? '';
    await unitPage.click();
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(new RegExp(`/reports/2023/${name}\\.html$`));
    await page.close();
  });

  it('gives the county clerk a review page: the queue by status, a report opened with the steps allowed now', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('/review.html', address).href);
    const review = page.locator('law-report-review');
    await expect.poll(() => review.getByRole('tab', { name: /^已公开（\d+）$/ }).count(), { timeout: 30_000 }).toBe(1);
    await review.getByRole('tab', { name: /^已备案/ }).click();
    // 审核 a filed report; a published one is there to read (查看).
    const open = review.getByRole('button', { name: /^(审核|查看).+的报告$/ }).first();
    if ((await open.count()) === 0) await review.getByRole('tab', { name: /^已公开/ }).click();
    await review
      .getByRole('button', { name: /^(审核|查看).+的报告$/ })
      .first()
      .click();
    await expect.poll(() => review.getByRole('heading', { level: 3 }).textContent()).toMatch(/2023年的报告，第 \d+ 版/);
    expect(await review.getByRole('button', { name: /^(退回|公开|撤销公开)$/ }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives the town clerk a page of their own: the unit and the report’s year above the form, the steps, no button that replaces what is typed', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('/form.html', address).href);
    const heading = page.getByRole('heading', { level: 1 });
    await expect
      .poll(() => heading.textContent(), { timeout: 30_000 })
      .toMatch(/^填报柳林乡\d{4}年法治政府建设年度报告$/);
    expect(await page.getByRole('list', { name: '填报步骤' }).getByRole('listitem').allTextContents()).toEqual([
      '填写或导入报告',
      '检查',
      '提交',
      '查看县里的审核结果',
    ]);
    // The page has no button of its own (a 载入 that replaced the form once): opening is the element's, asked first over typed work.
    expect(await page.evaluate(() => document.querySelectorAll('main button:not(.token button)').length)).toBe(0);
    const form = page.locator('law-report-form');
    await form.getByLabel(/^报告年度/).fill('2024');
    await expect.poll(() => heading.textContent()).toBe('填报柳林乡2024年法治政府建设年度报告');
    // Opening the 2023 report from the element's list of the unit's reports, over that typed year: asked first.
    await form.getByRole('button', { name: '打开2023年的报告' }).click();
    await form.getByRole('button', { name: '替换全部' }).click();
    await expect.poll(() => heading.textContent()).toBe('填报柳林乡2023年法治政府建设年度报告');
    expect(await form.getByLabel(/^报告标题/).inputValue()).toContain('柳林乡');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the form’s top in the page’s HTML, and keeps what a clerk typed and chose there before the script came', async () => {
    const html = await (await fetch(new URL('/form.html', address))).text();
    // The element with its top drawn in a declarative shadow root: the title field is in the page's HTML.
    expect(html).toMatch(
      /<law-report-form [^>]*draft-key="law-report-example-draft"[^>]*><template [^>]*shadowrootmode="open"/,
    );
    expect(html).toContain('<label for="f-title">报告标题');
    // A phone's width: the page's heading takes a second line once the script names the unit in it.
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The page's script held back, as on a slow phone: the clerk types into the drawn fields meanwhile.
    const { release, form, title } = await openHeld(page);
    await title.click();
    await page.keyboard.type('柳林乡2024年法治政府建设工作报告');
    await form.locator('#f-unit-level').selectOption('department');
    await title.focus();
    await title.evaluate((input: HTMLInputElement) => input.setSelectionRange(3, 3));
    expect(await page.evaluate(() => customElements.get('law-report-form') === undefined)).toBe(true);
    const top = () => title.evaluate((input) => Math.round(input.getBoundingClientRect().top));
    const drawnAt = await top();
    release();
    await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
    await rendered(form);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toMatch(/^填报柳林乡\d{4}年/);
    // The field typed in stayed where it was on the screen while the heading took another line.
    expect(await top()).toBe(drawnAt);
    // Taken over: the element's own fields (one title field), holding what was typed, the caret where it was.
    const state = await form.evaluate((element) => {
      const value = (element as HTMLElement & { value: { title: string; unit: { level: string } } }).value;
      const active = element.shadowRoot?.activeElement as HTMLInputElement | null;
      return {
        title: value.title,
        level: value.unit.level,
        focused: active?.id,
        caret: active?.selectionStart,
        titles: element.shadowRoot?.querySelectorAll('#f-title').length,
      };
    });
    expect(state).toEqual({
      title: '柳林乡2024年法治政府建设工作报告',
      level: 'department',
      focused: 'f-title',
      caret: 3,
      titles: 1,
    });
    // Typing goes on where it was, into the element's field.
    await page.keyboard.type('X');
    expect(await form.evaluate((element) => (element as HTMLElement & { value: { title: string } }).value.title)).toBe(
      '柳林乡X2024年法治政府建设工作报告',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the drawn form over only once a pinyin composition typed in it has ended', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { release, form, title } = await openHeld(page);
    await title.click();
    await page.keyboard.type('柳林乡');
    // An input method's composition under way (pinyin typed, no character chosen yet), then the script comes.
    const cdp = await page.context().newCDPSession(page);
    const compose = (text: string) =>
      cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await compose('f');
    release();
    await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
    const taken = () => takenOver(form);
    // Still typing pinyin, then looking for the characters in the input method's list: no takeover meanwhile.
    for (const text of ['fa', 'faz', 'fazh', 'fazhi']) {
      await compose(text);
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(1500);
    expect(await taken()).toBe(false);
    // The characters chosen: the composition ends, and the element takes over with them, never with the pinyin.
    await cdp.send('Input.insertText', { text: '法治' });
    await expect.poll(taken).toBe(true);
    await rendered(form);
    expect(await form.evaluate((element) => (element as HTMLElement & { value: { title: string } }).value.title)).toBe(
      '柳林乡法治',
    );
    await page.keyboard.type('政府');
    expect(await title.inputValue()).toBe('柳林乡法治政府');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the field typed in where it is when the takeover brings a draft offered back above it, focus left there', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(new URL('/form.html', address).href);
    const form = page.locator('law-report-form');
    await form.getByLabel(/^落款单位/).fill('柳林乡人民政府（昨天的草稿）');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('law-report-example-draft') ?? ''), { timeout: 30_000 })
      .toContain('昨天的草稿');
    const release = await holdScript(page);
    await page.reload({ waitUntil: 'commit' });
    const title = form.locator('#f-title');
    await title.click();
    await page.keyboard.type('柳林乡报告');
    const top = () => title.evaluate((input) => Math.round(input.getBoundingClientRect().top));
    const drawnAt = await top();
    release();
    // The draft is offered above the fields in the element's first render, or just after it.
    await expect.poll(() => form.getByRole('button', { name: '恢复草稿' }).count(), { timeout: 30_000 }).toBe(1);
    await rendered(form);
    // Within a pixel (fractional positions rounded).
    expect(Math.abs((await top()) - drawnAt)).toBeLessThanOrEqual(1);
    // Still in the title, typing on: the question does not take the focus from a person typing.
    expect(await form.evaluate((element) => element.shadowRoot?.activeElement?.id)).toBe('f-title');
    await page.keyboard.type('X');
    expect(await title.inputValue()).toBe('柳林乡报告X');
    await page.close();
  });

  it('takes the drawn form over only once a date half typed in it is whole', async () => {
    const page = await browser.newPage();
    const { release, form } = await openHeld(page);
    // Month and day typed, the year not yet (the field holds no value meanwhile).
    await form.locator('#f-issuedOn').click();
    await page.keyboard.type('0120');
    release();
    await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
    await page.waitForTimeout(2000);
    const taken = () => takenOver(form);
    expect(await taken()).toBe(false);
    await page.keyboard.type('2025');
    await expect.poll(taken).toBe(true);
    await rendered(form);
    expect(
      await form.evaluate((element) => (element as HTMLElement & { value: { issuedOn: string } }).value.issuedOn),
    ).toBe('2025-01-20');
    await page.close();
  });

  it('keeps the draft question in sight after a reload far down the form: the browser does not scroll it away', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL('/form.html', address).href);
    const form = page.locator('law-report-form');
    await form.getByLabel(/^落款单位/).fill('柳林乡人民政府（草稿）');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(500);
    await page.reload();
    const restore = form.getByRole('button', { name: '恢复草稿' });
    await expect.poll(() => restore.evaluate((button) => button.matches(':focus')), { timeout: 30_000 }).toBe(true);
    // After the page has settled (the browser would restore its scroll position by now), the button is on screen.
    await page.waitForTimeout(1000);
    const box = await restore.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);
    await restore.click();
    await page.close();
  });

  for (const framework of ['vue', 'react']) {
    it(`serves the ${framework} example with the three elements working`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(`/examples/${framework}/`, address).href);
      await expect
        .poll(() => page.locator('law-report-dashboard tbody th[scope="row"]').count(), { timeout: 30_000 })
        .toBeGreaterThanOrEqual(16);
      await expect.poll(() => page.locator('law-report-summary h2').textContent()).toContain('北留镇');
      expect(await page.locator('law-report-form input#f-title').inputValue()).toContain('北留镇');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows the county the years its server holds, each unit’s review status, and a returned report as not reported', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The front page names no year and invents no year before: both come from the server.
    const markup = await (await fetch(address)).text();
    expect(markup).toMatch(/<law-report-dashboard><\/law-report-dashboard>/);
    await page.goto(address);
    const dashboard = page.locator('law-report-dashboard');
    const year = dashboard.getByRole('combobox', { name: '年度' });
    await expect.poll(() => year.inputValue(), { timeout: 30_000 }).toBe('2023');
    // The county's name comes from the server too (kept as `serve --county` keeps it).
    await expect
      .poll(() => dashboard.getByRole('heading', { level: 2 }).textContent())
      .toBe('青川县2023年法治政府建设年度报告报送情况');
    // The year being reported (core's reportingYear, by the day in China) first, then every year back to the
    // server's oldest, 2022: a year no unit sent can be chosen too, to see who has not.
    const reporting = reportingYear();
    const offered = Array.from({ length: reporting - 2021 }, (_, i) => `${reporting - i}年`);
    expect(await year.locator('option').allTextContents()).toEqual(offered);
    // The change from the server's own 2022, like for like.
    await expect
      .poll(() => dashboard.locator('[part="figures"] thead th').allTextContents())
      .toContainEqual(expect.stringContaining('同比'));
    expect(await dashboard.getByText('服务器上没有2022年的报告，不作同比。').count()).toBe(0);
    const status = (unit: string) =>
      dashboard
        .locator('[part="units"] tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) })
        .locator('td')
        .first();
    // Published: its status, and a link to its page for the public.
    expect(await status('城关镇').textContent()).toBe('已报送 · 已公开 · 公开页面');
    // The county returns 青川县公安局's report: 已退回, not reported, listed to notify.
    const { reviewer } = (await (await fetch(new URL('/demo/tokens.json', address))).json()) as { reviewer: string };
    const auth = { authorization: `Bearer ${reviewer}` };
    const list = (await (await fetch(new URL('/api/reports?year=2023', address), { headers: auth })).json()) as {
      reports: { id: string; unit: string }[];
    };
    const id = list.reports.find((report) => report.unit === '青川县公安局')?.id;
    const returned = await fetch(new URL(`/api/reports/${id}/return`, address), {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '请补充行政执法数据' }),
    });
    expect(returned.status).toBe(200);
    await page.reload();
    await expect.poll(() => status('青川县公安局').textContent(), { timeout: 30_000 }).toBe('已退回 · 未计入');
    expect(await dashboard.locator('[part="tiles"] dd').first().textContent()).toContain('13 / 16');
    expect(await dashboard.getByRole('region', { name: '未报送' }).getByRole('listitem').allTextContents()).toContain(
      '青川县公安局（已退回）',
    );
    // Only what the county filed or published.
    await dashboard.getByRole('radio', { name: '只计已备案、已公开的' }).check();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toContain('计入已备案和已公开的报告');
    expect(await dashboard.locator('[part="tiles"] dd').first().textContent()).toContain('12 / 16');
    expect(errors).toEqual([]);
    await page.close();
  });
});
