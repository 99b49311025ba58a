import { makeMetric } from '@law-report/core/testing';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { seriousViolations } from '../internal/axe.js';
import { townReport } from '../internal/town-report.js';
import './define.js';
import type { LawReportDashboardElement } from './law-report-dashboard.js';

// The dashboard names a county's own indicators as its server keeps them (`serve --catalog`: the second county's
// server of tests/setup/collection-server.ts, 专职网格员, x-longquan.gridMembers), in its tables and in a unit's
// summary. 2012 is this file's year: no other test file sends a report of 2012 to that server.
const YEAR = 2012;
const county = inject('catalogServer');

// The summary in the unit's dialog: what it says, and the names its key figures are listed by.
const summaryOf = (element: LawReportDashboardElement) =>
  element.shadowRoot?.querySelector('dialog law-report-summary') ?? undefined;
const figureNames = (element: LawReportDashboardElement) =>
  [...(summaryOf(element)?.shadowRoot?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent?.trim());

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-dashboard> with a county’s own indicators', () => {
  beforeAll(async () => {
    const quote = '全镇专职网格员12名。';
    const report = townReport('龙泉镇', YEAR, {
      metrics: [
        makeMetric('x-longquan.gridMembers', 12, {
          label: '全镇专职网格员',
          unit: '名',
          source: { start: 0, end: 9, quote },
        }),
      ],
    });
    const response = await fetch(`${county.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${county.unit}`, 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(response.status).toBe(201);
  });

  it('names the county’s own indicator in a unit’s summary by the label its server keeps, never as unregistered', async () => {
    const element = document.createElement('law-report-dashboard');
    element.setAttribute('endpoint', county.endpoint);
    element.setAttribute('year', String(YEAR));
    element.token = county.reviewer;
    document.body.append(element);
    await expect.element(page.getByRole('button', { name: '龙泉镇', exact: true })).toBeVisible();
    await page.getByRole('button', { name: '龙泉镇', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '龙泉镇' });
    await expect.element(dialog).toBeVisible();
    await expect.poll(() => figureNames(element)).toContain('专职网格员');
    // The clerk's trial: 提示：扩展“x-qingling.gridMembers”未在本系统登记, for the county's own indicator.
    expect(summaryOf(element)?.shadowRoot?.textContent).not.toContain('未在本系统登记');
    expect(summaryOf(element)?.shadowRoot?.textContent).not.toContain('x-longquan');
    expect(element.shadowRoot?.textContent).not.toContain('x-longquan');
    expect(await seriousViolations(element)).toEqual([]);
  });
});
