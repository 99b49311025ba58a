/// <reference types="@vitest/browser-playwright" />
import { formatChinaDate, formatChinaDateTime } from '@law-report/core/model';
import { makeReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import beiliuText from '../../../core/src/testing/fixtures/beiliu-2023.txt?raw';
import { axNodes } from '../internal/ax-tree.js';
import { seriousViolations } from '../internal/axe.js';
import { active, importText } from '../internal/form-test-kit.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// What a later clerk trial found at the town clerk's desk, none of it needing the collection server:
// the error summary an alert that takes focus, a draft offered back after a reload heard once without
// taking the clerk from their typing, and 只填空白项 taking no value that contradicts what was typed.

async function mount(report: unknown, attributes: Record<string, string> = {}): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (report !== undefined) element.report = report as LawReportFormElement['report'];
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const announced = (element: LawReportFormElement) => element.shadowRoot?.querySelector('#announce')?.textContent ?? '';

// A draft an earlier visit left under `key`.
function leaveDraft(key: string, title: string): string {
  const at = '2026-12-01T02:32:00.000Z';
  localStorage.setItem(key, JSON.stringify({ report: makeReport({ title }), at, focus: '', scroll: 0 }));
  return `发现${formatChinaDateTime(at, 'zh-CN')}保存的未提交草稿：《${title}》。`;
}

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  await page.viewport(1280, 800);
});

describe('<law-report-form> after a later clerk trial', () => {
  it('shows the error summary as an alert named by its heading, which takes focus', async () => {
    const element = await mount(makeReport({ title: '' }));
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.getByRole('alert', { name: '提交前请修改以下问题' });
    await expect.element(summary).toHaveTextContent('报告标题');
    await expect.poll(() => active(element)?.getAttribute('role')).toBe('alert');
    expect(active(element)?.textContent).toContain('提交前请修改以下问题');
    expect(await axNodes()).toContainEqual({ role: 'alert', name: '提交前请修改以下问题' });
    expect(page.getByRole('region', { name: '提交前请修改以下问题' }).elements()).toHaveLength(0);
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('offers a draft back after a reload with its first button focused where nothing had focus, heard with the question once', async () => {
    const prompt = leaveDraft('trial-idle', '柳林乡2026年法治政府建设工作情况的报告');
    const element = await mount(undefined, { 'draft-key': 'trial-idle' });
    const question = page.getByRole('group', { name: prompt });
    await expect.element(question).toBeVisible();
    await expect.poll(() => active(element)?.textContent).toBe('恢复草稿');
    expect(active(element)?.closest('[role="group"]')?.id).toBe('restore');
    // Heard from the focus, with the group's name: not said a second time by the live region.
    expect(announced(element)).not.toContain('未提交的草稿');
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('says a draft offered back in the live region, and leaves focus where the clerk is typing', async () => {
    const prompt = leaveDraft('trial-typing', '柳林乡2026年法治政府建设工作情况的报告（草稿）');
    // The clerk started in the page's own field before the form came.
    const own = document.createElement('input');
    own.setAttribute('aria-label', '联系人');
    document.body.append(own);
    own.focus();
    await userEvent.keyboard('张');
    const element = await mount(undefined, { 'draft-key': 'trial-typing' });
    await expect.element(page.getByRole('group', { name: prompt })).toBeVisible();
    // The form's polite live region (role="status") says the question's words.
    await expect.poll(() => announced(element)).toBe(prompt);
    expect(element.shadowRoot?.querySelector('#announce')?.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(own);
    await userEvent.keyboard('三');
    expect(own.value).toBe('张三');
    element.remove();

    // Typing in the form when the key comes (a portal that sets it once it knows the unit): focus stays in the field.
    const form = await mount(undefined);
    await page.getByLabelText(/^报告标题/).fill('我在写的标题');
    (page.getByLabelText(/^报告标题/).element() as HTMLElement).focus();
    form.setAttribute('draft-key', 'trial-typing');
    await expect.element(page.getByRole('group', { name: prompt })).toBeVisible();
    await expect.poll(() => announced(form)).toBe(prompt);
    expect(active(form)?.id).toBe('f-title');
    // Said once: later updates leave the live region as it is.
    await userEvent.keyboard('，续写');
    await form.updateComplete;
    expect(announced(form)).toBe(prompt);
  });

  it('takes no year, date, issuer or unit detail that contradicts what the clerk typed with 只填空白项, and says which and why', async () => {
    const element = await mount(undefined);
    const year = element.value.year;
    await page.getByLabelText(/^报告标题/).fill(`柳林乡${year}年法治政府建设工作情况的报告`);
    await page.getByLabelText(/^单位名称/).fill('柳林乡');
    await page
      .getByLabelText(/正文段落/)
      .first()
      .fill('全年开展普法活动12场。');
    await importText(beiliuText);
    await page.getByRole('button', { name: '只填空白项' }).click();
    const result = page.getByRole('status').filter({ hasText: '已填入空白项' });
    await expect.element(result).toBeVisible();
    // The clerk's year, unit and title stand; nothing of 北留镇's 落款 or of its year comes in, and the result says so.
    expect(element.value.year).toBe(year);
    expect(element.value.title).toBe(`柳林乡${year}年法治政府建设工作情况的报告`);
    expect(element.value.unit.name).toBe('柳林乡');
    expect(element.value.issuer).toBe('');
    expect(element.value.issuedOn).toBe('');
    await expect
      .element(result)
      .toHaveTextContent(
        `已填入空白项：0 个字段、5 个章节、6 项数据。导入的是2023年的报告，和您填写的${year}年不符，这些没有采用：报告年度和落款日期（2024年1月25日）。导入的是北留镇的报告，本表单的单位是柳林乡，这些没有采用：落款单位（北留镇人民政府）。另有 16 项数据没有填入：导入的报告和您填写的年度或单位不符，它们没有放进您已写内容的章节（导入报告中的“2023年推进法治政府建设的主要举措和成效”）。`,
      );
    // What the clerk wrote is theirs; the sections they left empty took the imported text.
    expect(element.value.sections.flatMap((section) => section.paragraphs)).toContain('全年开展普法活动12场。');
    expect(element.value.metrics.length).toBe(6);
    // Nothing is left that the form would warn of only after the fact: no 落款 of 北留镇 to confirm.
    expect(page.getByLabelText(/^落款单位/).element()).toHaveValue('');
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('says in English which imported values were not used and why', async () => {
    const element = await mount(undefined, { locale: 'en' });
    const year = element.value.year;
    await page.getByLabelText(/^Report title/).fill(`柳林乡${year}年法治政府建设工作情况的报告`);
    await page.getByLabelText(/^Unit name/).fill('柳林乡');
    await page.getByText('Import from text').click();
    await page.getByLabelText('Report text').fill(beiliuText);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('button', { name: /empty fields/i }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Empty fields filled' }))
      .toHaveTextContent(
        `The imported report is for 2023, not ${year} as you filled in, so these were not used: Reporting year and Date of issue (${formatChinaDate('2024-01-25', 'en')}). The imported report is 北留镇’s and this form is for 柳林乡, so these were not used: Issuing body (北留镇人民政府).`,
      );
  });
});
