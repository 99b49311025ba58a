import { expect } from 'vitest';
import { page } from 'vitest/browser';
import type { LawReportDashboardElement } from '../law-report-dashboard/law-report-dashboard.js';

/**
 * For tests: opens the 各单位数值 table under an indicator's bar chart as a person does (its
 * disclosure), waits for it (it comes in a chunk of its own on first use) and gives a reader of
 * its rows' text.
 *
 * @example const rows = await openValues(element, '排查矛盾纠纷'); await expect.poll(rows).toEqual([['单位', '数值'], …])
 */
export async function openValues(
  element: LawReportDashboardElement,
  indicator: string,
): Promise<() => (string | undefined)[][]> {
  const summary = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('details.values summary') ?? [])].find(
    (one) => one.getAttribute('aria-label') === `各单位数值：${indicator}`,
  );
  if (!summary) throw new Error(`openValues: no 各单位数值 of ${indicator}`);
  summary.click();
  await element.updateComplete;
  const table = page.getByRole('table', { name: `各单位${indicator}` });
  await expect.element(table).toBeVisible();
  return () =>
    [...table.element().querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
}
