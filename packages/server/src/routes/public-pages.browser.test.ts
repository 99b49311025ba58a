import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beiliuReport, makeReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { addToken } from '../auth.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

// The public's pages in Chromium, as a citizen's browser reads them: with JavaScript off, then axe
// (its script injected by the test, the page has none) and the browser's own XML parser on the
// feed. One driver: what the pages are does not depend on it.
// How many lines a reader sees a node in (the distinct tops of its line boxes), as page script: the
// layout tests' strings call it (strings, not functions: the server's TypeScript has no DOM types).
const LINES = `const lines = (node) => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
};`;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  readonly id: string;
  readonly nodes: readonly { readonly html: string }[];
}

describe('the public’s pages in Chromium', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  const odd = '东城镇&<i>';
  // A department's long name: beside it, a table's columns left a title two characters a line.
  const long = '阳城县市场监督管理局';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-public-browser-'));
    store = await openStore(join(dir, 'law-report.sqlite'));
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const other = await addToken(store, 'unit', odd, 'town');
    const department = await addToken(store, 'unit', long, 'department');
    app = await buildApp({ store, now: () => new Date('2024-01-26T08:00:00Z') });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const post = async (path: string, token: string, body?: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      return (await response.json()) as { id: string };
    };
    for (const [token, report] of [
      [beiliu, { ...beiliuReport(), confidentialityReviewed: true }],
      [
        other,
        {
          ...makeReport({
            unit: { name: odd, level: 'town' },
            title: `${odd}2023年法治政府建设工作情况的报告`,
            issuer: `${odd}人民政府`,
          }),
          confidentialityReviewed: true,
        },
      ],
      [
        department,
        {
          ...makeReport({
            unit: { name: long, level: 'department' },
            title: `${long}2023年法治政府建设工作情况的报告`,
            issuer: long,
          }),
          confidentialityReviewed: true,
        },
      ],
    ] as const) {
      const { id } = await post('/api/reports', token, report);
      await post(`/api/reports/${id}/file`, reviewer);
      await post(`/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: true });
    }
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the list and a report with JavaScript off, the skip link first, and passes axe', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/reports/`);
    expect(await page.title()).toBe('法治政府建设年度报告公开');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('法治政府建设年度报告公开');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('跳到正文');
    // The odd name is text on the page, and its link leads to its report.
    await page.getByRole('link', { name: `${odd}2023年法治政府建设工作情况的报告` }).click();
    expect(await page.title()).toBe(`${odd}2023年法治政府建设工作情况的报告`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${odd}2023年法治政府建设工作情况的报告`);
    await expect(page.getByRole('link', { name: 'Word 文档（.docx）' }).getAttribute('href')).resolves.toMatch(
      /\.docx$/,
    );
    await context.close();

    // axe needs script: the same pages (which have none of their own) in a context that allows it.
    // axe is the test's own script: the pages' CSP (no inline script) is bypassed for it alone.
    const checked = await browser.newContext({ bypassCSP: true });
    const axePage = await checked.newPage();
    for (const path of [
      '/reports/',
      `/reports/2023/${encodeURIComponent('北留镇')}.html`,
      '/reports/2023/无此镇.html',
    ]) {
      await axePage.goto(`${base}${path}`);
      await axePage.addScriptTag({ content: axeSource });
      // A string, not a function: the server's TypeScript has no DOM types.
      const violations = await axePage.evaluate<AxeViolation[]>(
        `axe.run(document).then((result) => result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => ({ html: node.html })) })))`,
      );
      expect(violations, path).toEqual([]);
    }
    await checked.close();
  });

  it('keeps a margin round a report’s text on a 375 px phone, its 公开 day on one line, and does not scroll sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${base}/reports/2023/${encodeURIComponent('北留镇')}.html`);
    // A string, not a function: the server's TypeScript has no DOM types.
    const layout = await page.evaluate<{
      left: number;
      right: number;
      width: number;
      scroll: number;
      day: number;
    }>(`(() => {
      ${LINES}
      const boxes = [...document.querySelectorAll('.law-report h1, .law-report p')].map((node) => node.getBoundingClientRect());
      return {
        day: lines(document.querySelector('nav time')),
        left: Math.min(...boxes.map((box) => box.left)),
        right: Math.max(...boxes.map((box) => box.right)),
        width: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
      };
    })()`);
    await context.close();
    expect(layout.width).toBe(375);
    expect(layout.scroll).toBe(375);
    expect(layout.left).toBeGreaterThanOrEqual(12);
    expect(layout.right).toBeLessThanOrEqual(375 - 12);
    // The 公开 day above the report is one line, not 2024年1月26 / 日.
    expect(layout.day).toBe(1);
  });

  it('lists the published reports on a 375 px phone so they read: titles not squeezed, each unit’s name on one line, every 公开 day whole on screen, no sideways scroll', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${base}/reports/`);
    const layout = await page.evaluate<{
      titles: { text: string; lines: number }[];
      units: number[];
      days: { text: string; lines: number; left: number; right: number }[];
      width: number;
      scroll: number;
    }>(`(() => {
      ${LINES}
      const box = (node) => node.getBoundingClientRect();
      return {
        titles: [...document.querySelectorAll('main a[href$=".html"]')].map((link) => ({ text: link.textContent, lines: lines(link) })),
        units: [...document.querySelectorAll('main .unit')].map(lines),
        days: [...document.querySelectorAll('main time')].map((day) => ({ text: day.textContent, lines: lines(day), left: box(day).left, right: box(day).right })),
        width: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
      };
    })()`);
    await context.close();
    expect(layout.width).toBe(375);
    expect(layout.scroll).toBe(375);
    expect(layout.titles).toHaveLength(3);
    // A title is given the width of the page, not a column's leftover: at least 12 characters a line.
    for (const title of layout.titles) expect(title.text.length / title.lines, title.text).toBeGreaterThanOrEqual(12);
    expect(layout.units).toHaveLength(3);
    expect(layout.units.every((lines) => lines === 1)).toBe(true);
    expect(layout.days).toHaveLength(3);
    for (const day of layout.days) {
      expect(day.lines, day.text).toBe(1);
      expect(day.left, day.text).toBeGreaterThanOrEqual(0);
      expect(day.right, day.text).toBeLessThanOrEqual(375);
    }
  });

  it('asks for nothing that is not there: no /favicon.ico, no other failed request, on the list and a report', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    // The browser asks for the icon itself: the page sees no response, only the console's error.
    page.on('console', (message) => {
      if (message.type() === 'error') failed.push(message.text());
    });
    for (const path of ['/reports/', `/reports/2023/${encodeURIComponent('北留镇')}.html`]) {
      // The icon is asked for after the page's load: wait until the network is quiet.
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    }
    await context.close();
    expect(failed).toEqual([]);
  });

  it('gives a feed the browser’s XML parser reads, one entry per publication', async () => {
    const response = await fetch(`${base}/reports/feed.xml`);
    const xml = await response.text();
    const context = await browser.newContext();
    const page = await context.newPage();
    const parsed = await page.evaluate<{ error: number; titles: string[]; updated: string[] }>(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
      return {
        error: doc.getElementsByTagName('parsererror').length,
        titles: entries.map((entry) => entry.getElementsByTagNameNS(atom, 'title')[0].textContent),
        updated: entries.map((entry) => entry.getElementsByTagNameNS(atom, 'updated')[0].textContent),
      };
    })()`);
    await context.close();
    expect(parsed.error).toBe(0);
    expect(parsed.titles.sort()).toEqual(
      [
        beiliuReport().title,
        `${odd}2023年法治政府建设工作情况的报告`,
        `${long}2023年法治政府建设工作情况的报告`,
      ].sort(),
    );
    expect(parsed.updated).toEqual(Array(3).fill('2024-01-26T08:00:00.000Z'));
  });
});
