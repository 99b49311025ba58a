import { beiliuReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import beiliuText from '../../../core/src/testing/fixtures/beiliu-2023.txt?raw';
import { stringsOf } from '../internal/locale.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// The form in a portal's layout: never wider than the column it is given, themed by --law-*
// properties, its inputs, buttons and rows reachable as parts.

async function mountIn(width: number): Promise<{ form: LawReportFormElement; column: HTMLElement }> {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  const form = document.createElement('law-report-form');
  form.report = beiliuReport();
  column.append(form);
  document.body.append(column);
  await form.updateComplete;
  return { form, column };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-form> in a portal’s layout', () => {
  for (const width of [320, 500, 700, 1000]) {
    it(`is never wider than its ${width} px column, with a whole report in it`, async () => {
      const { form } = await mountIn(width);
      expect(form.getBoundingClientRect().width).toBeLessThanOrEqual(width);
      const widest = Math.max(
        ...[...(form.shadowRoot?.querySelectorAll('*') ?? [])].map((element) => element.getBoundingClientRect().right),
      );
      expect(widest - form.getBoundingClientRect().left).toBeLessThanOrEqual(width + 0.5);
    });
  }

  it('shows every section kind whole in its 章节类型 select on a 375 px phone, the full statutory name beside it', async () => {
    const { form } = await mountIn(375);
    const m = stringsOf('zh-CN');
    const select = form.shadowRoot?.querySelector<HTMLSelectElement>('select[id$="-kind"]');
    expect(select?.labels[0]?.textContent).toContain('章节类型');
    const style = getComputedStyle(select as HTMLSelectElement);
    // The room for the chosen option's text: the box less its padding, borders and the arrow.
    const room =
      (select as HTMLSelectElement).getBoundingClientRect().width -
      Number.parseFloat(style.paddingLeft) -
      Number.parseFloat(style.paddingRight) -
      Number.parseFloat(style.borderLeftWidth) -
      Number.parseFloat(style.borderRightWidth) -
      20;
    const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    context.font = style.font;
    const options = [...(select?.options ?? [])];
    expect(options).toHaveLength(Object.keys(m.kinds).length);
    expect(options.filter((option) => context.measureText(option.text).width > room).map(({ text }) => text)).toEqual(
      [],
    );
    expect(options.map(({ title }) => title)).toEqual(
      options.map(({ value }) => m.kinds[value as keyof typeof m.kinds]),
    );
  });

  it('stays inside its column after a whole report is imported, every figure marked to confirm', async () => {
    const { form } = await mountIn(480);
    form.report = undefined;
    await form.updateComplete;
    await page.getByText('从文本导入').click();
    await page.getByLabelText('报告全文').fill(beiliuText);
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => form.shadowRoot?.textContent?.includes('待核对')).toBe(true);
    const widest = Math.max(
      ...[...(form.shadowRoot?.querySelectorAll('*') ?? [])].map((element) => element.getBoundingClientRect().right),
    );
    expect(widest - form.getBoundingClientRect().left).toBeLessThanOrEqual(480.5);
  });

  it('takes the portal’s corner radius on its fields and buttons, and a radius of their own when given', async () => {
    const { form, column } = await mountIn(800);
    const radius = (selector: string) =>
      getComputedStyle(form.shadowRoot?.querySelector(selector) as Element).borderTopLeftRadius;
    expect(radius('input')).toBe('4px');
    column.style.setProperty('--law-radius', '0px');
    expect([radius('input'), radius('button'), radius('select'), radius('textarea')]).toEqual([
      '0px',
      '0px',
      '0px',
      '0px',
    ]);
    column.style.setProperty('--law-radius-control', '10px');
    expect([radius('input'), radius('button')]).toEqual(['10px', '10px']);
  });

  it('lets a portal style its fields, inputs, buttons, sections and figure rows as parts', async () => {
    const { form } = await mountIn(800);
    const count = (part: string) => form.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0;
    const root = form.shadowRoot as ShadowRoot;
    expect(count('input')).toBe(root.querySelectorAll('input, select, textarea').length);
    expect(count('button')).toBe(root.querySelectorAll('button').length);
    expect(count('submit')).toBe(1);
    expect(count('section')).toBe(root.querySelectorAll('fieldset.section').length);
    expect(count('figure')).toBe(beiliuReport().metrics.length);
    expect(count('field')).toBeGreaterThan(5);
  });
});
