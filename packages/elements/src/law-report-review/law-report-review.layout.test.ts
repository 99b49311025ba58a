import { makeReport } from '@law-report/core/testing';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { seriousViolations } from '../internal/axe.js';
import './define.js';
import type { LawReportReviewElement } from './law-report-review.js';

// The review desk in a phone's width and in a wide column: the queue reads without a word broken
// across lines. Its reports are of 2013, a year no other test file sends.
const server = inject('collectionServer');
const YEAR = 2013;

beforeAll(async () => {
  for (const [token, name] of [
    [server.otherUnit, '东城镇'],
    [server.unit, '北留镇'],
  ] as const) {
    const response = await fetch(`${server.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        makeReport({
          year: YEAR,
          title: `${name}${YEAR}年法治政府建设工作情况的报告`,
          unit: { name, level: 'town' },
          issuer: `${name}人民政府`,
          issuedOn: `${YEAR + 1}-01-20`,
        }),
      ),
    });
    expect(response.status).toBe(201);
  }
});

async function mountIn(width: number): Promise<LawReportReviewElement> {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  const element = document.createElement('law-report-review');
  element.setAttribute('endpoint', server.endpoint);
  element.setAttribute('year', String(YEAR));
  element.token = server.reviewer;
  column.append(element);
  document.body.append(column);
  await expect.element(page.getByRole('button', { name: '审核北留镇的报告' })).toBeVisible();
  return element;
}

// The texts of the queue (its caption, rows and tabs) that a line break cuts in two.
function brokenTexts(element: LawReportReviewElement): string[] {
  const root = element.shadowRoot as ShadowRoot;
  const broken: string[] = [];
  for (const part of root.querySelectorAll('[role="tablist"], caption, tbody')) {
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)));
      if (lines.size > 1) broken.push(node.textContent ?? '');
    }
  }
  return broken;
}

const widest = (element: LawReportReviewElement) =>
  Math.max(
    ...[...(element.shadowRoot?.querySelectorAll('*') ?? [])].map((child) => child.getBoundingClientRect().right),
  ) - element.getBoundingClientRect().left;

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-review> in a portal’s layout', () => {
  it('at 375 px, shows each report as a block of its own, no unit name, version or status broken across lines', async () => {
    const element = await mountIn(375);
    expect(brokenTexts(element)).toEqual([]);
    expect(widest(element)).toBeLessThanOrEqual(375.5);
    // Each row is stacked: the unit above its version, each date with its column's name.
    const row = element.shadowRoot?.querySelector('tbody tr') as HTMLElement;
    const [unit, version, received, updated] = [...row.children] as HTMLElement[];
    expect(version?.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      (unit?.getBoundingClientRect().bottom ?? 0) - 0.5,
    );
    expect(received?.textContent).toMatch(/^收到日期（首次报送）\s*\d{4}年/);
    expect(updated?.textContent).toMatch(/^最近更新\s*\d{4}年/);
    // A screen reader still meets a table: its column names, not the shown ones again.
    await expect.element(page.getByRole('table', { name: '已提交的报告' })).toBeVisible();
    await expect.element(page.getByRole('rowheader', { name: '东城镇' })).toBeVisible();
    // Its version, whichever the shared server holds by now.
    await expect.element(page.getByRole('cell', { name: /^第 \d+ 版$/ }).first()).toBeVisible();
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('at 375 px, keeps a report opened for review inside the column, marked in the queue', async () => {
    const element = await mountIn(375);
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    await expect.element(page.getByRole('heading', { level: 3 })).toHaveTextContent(`东城镇${YEAR}年的报告`);
    expect(element.shadowRoot?.querySelector('tr[aria-current="true"] th')?.textContent).toBe('东城镇');
    expect(brokenTexts(element)).toEqual([]);
    expect(widest(element)).toBeLessThanOrEqual(375.5);
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('in a wide column, is a table of one line per report', async () => {
    const element = await mountIn(900);
    expect(brokenTexts(element)).toEqual([]);
    const row = element.shadowRoot?.querySelector('tbody tr') as HTMLElement;
    const cells = [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().top));
    expect(new Set(cells).size).toBe(1);
  });
});
