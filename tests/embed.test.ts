import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beiliuReport } from '@law-report/core/testing';
import { chromium, type Browser } from 'playwright';
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
    if (path.endsWith('/page.html')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(body),
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

describe('law-report-elements.js', () => {
  it('registers the elements with one script tag (loaded twice without harm) and renders a report', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(() => customElements.get('law-report-summary') !== undefined && customElements.get('law-report-form') !== undefined);
    await page.evaluate((report) => {
      const element = document.querySelector('law-report-summary') as HTMLElement & { report: unknown };
      element.report = report;
    }, beiliuReport());
    await expect.poll(() => page.locator('law-report-summary h2').textContent()).toBe('北留镇2023年法治政府建设年度报告');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the importer only when a report is pasted into the form', async () => {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
    const before = loaded.filter((path) => path.includes('import-entry'));
    await page.getByText('从文本导入').click();
    await page.getByLabel('报告全文').fill('东河镇2023年法治政府建设工作报告\n一、主要举措和成效\n全年排查矛盾纠纷36起。\n\n东河镇人民政府\n2024年1月20日');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已导入' }).textContent()).toContain('已导入');
    expect(before).toEqual([]);
    expect(loaded.some((path) => path.includes('import-entry'))).toBe(true);
    await page.close();
  });

  it('says so when the importer cannot be loaded, and keeps what was typed', async () => {
    const page = await browser.newPage();
    await page.route(/import-entry/, (route) => route.abort());
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(() => customElements.get('law-report-form') !== undefined);
    await page.getByLabel('报告标题（必填）').fill('东河镇2023年法治政府建设工作报告');
    await page.getByText('从文本导入').click();
    await page.getByLabel('报告全文').fill('东河镇2023年法治政府建设工作报告\n一、主要举措和成效\n全年排查矛盾纠纷36起。');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByText('没有加载成功').count()).toBe(1);
    await page.getByLabel('按名称或别称查找指标').first().fill('调解');
    await expect.poll(() => page.getByText('没有加载成功').count()).toBe(2);
    expect(await page.getByLabel('报告标题（必填）').inputValue()).toBe('东河镇2023年法治政府建设工作报告');
    await page.close();
  });
});
