import type { Report } from '@law-report/core/model';
import { makeMetric } from '@law-report/core/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { seriousViolations } from '../internal/axe.js';
import { townReport } from '../internal/town-report.js';
import './define.js';
import type { LawReportReviewElement } from './law-report-review.js';

// The desk names indicators by the county's catalog: its server's (`serve --catalog`, the second county's server of
// tests/setup/collection-server.ts, which keeps 专职网格员, x-longquan.gridMembers), or the page's own.
// 2011 is this file's year: no other test file sends a report of 2011 to either server.
const YEAR = 2011;
const county = inject('catalogServer');
const server = inject('collectionServer');

// The figure as the town wrote it (全镇专职网格员), first unclassified, then counted as the county's own indicator.
const gridReport = (unit: string, indicator: string): Report => {
  const quote = '全镇专职网格员12名。';
  return townReport(unit, YEAR, {
    confidentialityReviewed: true,
    metrics: [makeMetric(indicator, 12, { label: '全镇专职网格员', unit: '名', source: { start: 0, end: 9, quote } })],
  });
};

async function submit(endpoint: string, token: string, body: unknown): Promise<void> {
  const response = await fetch(`${endpoint}/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
}

async function open(endpoint: string, token: string, unit: string): Promise<LawReportReviewElement> {
  const element = document.createElement('law-report-review');
  element.setAttribute('endpoint', endpoint);
  element.setAttribute('year', String(YEAR));
  element.token = token;
  document.body.append(element);
  await element.updateComplete;
  await page.getByRole('button', { name: `审核${unit}的报告` }).click();
  await expect.poll(() => element.shadowRoot?.activeElement?.id).toBe('opened');
  return element;
}

// What changed since the version before, one sentence an item (under 与上一版相比, in English Since the previous version).
const changes = (element: LawReportReviewElement) =>
  [
    ...([...(element.shadowRoot?.querySelectorAll('h4') ?? [])]
      .find((h4) => h4.textContent === '与上一版相比' || h4.textContent === 'Since the previous version')
      ?.nextElementSibling?.querySelectorAll('li') ?? []),
  ].map((li) => li.textContent?.trim().replace(/\s+/g, ' '));

// The opened report's summary: the names its key figures are listed by, and all it says.
const summaryOf = (element: LawReportReviewElement) => element.shadowRoot?.querySelector('law-report-summary');
const figureNames = (element: LawReportReviewElement) =>
  [...(summaryOf(element)?.shadowRoot?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent?.trim());
const summaryText = (element: LawReportReviewElement) => summaryOf(element)?.shadowRoot?.textContent ?? '';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-review> with a county’s own indicators', () => {
  it('names the county’s own indicator by the label its server keeps, in the summary and in what changed', async () => {
    await submit(county.endpoint, county.unit, gridReport('龙泉镇', 'unclassified'));
    await submit(county.endpoint, county.unit, gridReport('龙泉镇', 'x-longquan.gridMembers'));
    // This county's server has no reviewer token in the test setup; the unit's own token reads the same report and the
    // same `/info` (which says the county's catalog to anyone): the desk's catalog is what is tested here.
    const element = await open(county.endpoint, county.unit, '龙泉镇');
    await expect
      .poll(() => changes(element))
      .toEqual(['数据“全镇专职网格员”（12名）：指标由“未归类（按原文表述）”改为“专职网格员”']);
    await expect.poll(() => figureNames(element)).toContain('专职网格员');
    expect(summaryText(element)).not.toContain('x-longquan');
    expect(element.shadowRoot?.textContent).not.toContain('x-longquan');
    element.setAttribute('locale', 'en');
    await expect
      .poll(() => changes(element))
      .toEqual([
        'Figure “全镇专职网格员” (12名): indicator “Unclassified (as written)” became “Full-time grid workers”',
      ]);
    await expect.poll(() => figureNames(element)).toContain('Full-time grid workers');
    // The page's own catalog wins over the county's.
    element.catalog = JSON.parse(
      '{"namespace":"longquan","indicators":[{"name":"gridMembers","label":{"zh-CN":"网格员（县网页）","en":"Grid staff (page)"},"units":["名"],"kind":"count"}]}',
    ) as LawReportReviewElement['catalog'];
    await expect.poll(() => figureNames(element)).toContain('Grid staff (page)');
    expect(changes(element)).toEqual([
      'Figure “全镇专职网格员” (12名): indicator “Unclassified (as written)” became “Grid staff (page)”',
    ]);
  });

  it('takes the county’s catalog JSON from the page, and says in the page’s language when it is not one', async () => {
    await submit(server.endpoint, server.otherUnit, gridReport('东城镇', 'unclassified'));
    await submit(server.endpoint, server.otherUnit, gridReport('东城镇', 'x-longquan.gridMembers'));
    const element = await open(server.endpoint, server.reviewer, '东城镇');
    // This server keeps no catalog of its own: the built-in one knows nothing of the key.
    await expect
      .poll(() => changes(element))
      .toEqual(['数据“全镇专职网格员”（12名）：指标由“未归类（按原文表述）”改为“x-longquan.gridMembers”']);
    element.catalog = JSON.parse(
      '{"namespace":"longquan","indicators":[{"name":"gridMembers","label":{"zh-CN":"专职网格员","en":"Full-time grid workers"},"units":["名"],"kind":"count"}]}',
    ) as LawReportReviewElement['catalog'];
    await expect
      .poll(() => changes(element))
      .toEqual(['数据“全镇专职网格员”（12名）：指标由“未归类（按原文表述）”改为“专职网格员”']);
    await expect.poll(() => figureNames(element)).toContain('专职网格员');
    expect(await seriousViolations(element)).toEqual([]);
    // Not a catalog: said above the queue, and the built-in catalog is used.
    element.catalog = JSON.parse(
      '{"namespace":"longquan","indicators":[{"name":"gridMembers"}]}',
    ) as LawReportReviewElement['catalog'];
    await expect
      .element(page.getByRole('alert').filter({ hasText: /^扩展指标目录有误，暂按内置指标目录显示：/ }))
      .toBeVisible();
    await expect
      .poll(() => changes(element))
      .toEqual(['数据“全镇专职网格员”（12名）：指标由“未归类（按原文表述）”改为“x-longquan.gridMembers”']);
    element.setAttribute('locale', 'en');
    await expect
      .element(
        page
          .getByRole('alert')
          .filter({ hasText: /^The extension catalog is malformed; the built-in catalog is shown for now: / }),
      )
      .toBeVisible();
  });
});
