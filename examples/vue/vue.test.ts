import { beiliuReport } from '@law-report/core/testing';
import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mountPage } from './app.js';

let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  document.body.replaceChildren();
});

it('sets report as a property from Vue and receives law-report-submit', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  const { app, setReport } = mountPage(root, {});
  unmount = () => app.unmount();
  setReport(beiliuReport());
  const form = root.querySelector('law-report-form');
  await expect.poll(() => form?.report?.unit.name).toBe('北留镇');
  // A property, never an attribute: a report is an object.
  expect(form?.hasAttribute('report')).toBe(false);
  await expect.element(page.getByRole('heading', { name: '北留镇2023年法治政府建设年度报告' })).toBeVisible();
  await page.getByRole('button', { name: '提交' }).click();
  await expect
    .element(page.getByRole('status').filter({ hasText: '已提交' }))
    .toHaveTextContent('已提交 / Submitted: 北留镇 2023');
});
