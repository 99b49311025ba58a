import { readFileSync } from 'node:fs';
import { beiliuReport } from '@law-report/core/testing';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The embed file as a county portal uses it: one <script type="module">, nothing else.
const embed = readFileSync(new URL('../packages/elements/dist/law-report-elements.js', import.meta.url), 'utf8');

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('law-report-elements.js', () => {
  it('registers the elements with one script tag and renders a report', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html lang="zh-CN"><body><law-report-summary></law-report-summary></body></html>');
    await page.addScriptTag({ type: 'module', content: embed });
    await page.waitForFunction(() => customElements.get('law-report-summary') !== undefined);
    await page.evaluate((report) => {
      const element = document.querySelector('law-report-summary') as HTMLElement & { report: unknown };
      element.report = report;
    }, beiliuReport());
    await expect.poll(() => page.locator('law-report-summary h2').textContent()).toBe('北留镇2023年法治政府建设年度报告');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be loaded twice on one page without throwing', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><body></body>');
    await page.addScriptTag({ type: 'module', content: embed });
    await page.addScriptTag({ type: 'module', content: `${embed}\n//second copy` });
    await page.waitForFunction(() => customElements.get('law-report-summary') !== undefined);
    expect(errors).toEqual([]);
    await page.close();
  });
});
