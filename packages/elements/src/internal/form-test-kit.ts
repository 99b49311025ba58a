// What the form's browser tests share (never exported from the package): the steps a clerk takes
// more than one test file takes, and how a test reads where focus is.
import { chinaToday, formatChinaDate } from '@law-report/core/model';
import { expect } from 'vitest';
import { page } from 'vitest/browser';
import type { LawReportFormElement } from '../law-report-form/law-report-form.js';

/** The element focused inside the form's shadow root. */
export const active = (element: LawReportFormElement) =>
  element.shadowRoot?.activeElement as HTMLElement | null | undefined;

/** The unit's list of its reports, as the clerk finds it. */
export const myReports = () => page.getByRole('table', { name: '本单位报送的报告' });

/** Today in China, as the form writes a day (the day a test's steps are taken). */
export const today = () => formatChinaDate(chinaToday(), 'zh-CN');

/** Pastes a report's text into 从文本导入 and imports it, as a clerk does. */
export async function importText(text: string): Promise<void> {
  await page.getByText('从文本导入').click();
  await page.getByLabelText('报告全文').fill(text);
  await page.getByRole('button', { name: '导入', exact: true }).click();
}

/**
 * POSTs to a collection server as a unit or the reviewer, and expects it to be taken.
 *
 * @example const { id } = await post(server.endpoint, '/reports', server.unit, report);
 */
export async function post(
  endpoint: string,
  path: string,
  token: string,
  body: unknown,
): Promise<{ id: string; version: number }> {
  const response = await fetch(`${endpoint}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { id: string; version: number };
  expect(response.ok, JSON.stringify(answer)).toBe(true);
  return answer;
}
