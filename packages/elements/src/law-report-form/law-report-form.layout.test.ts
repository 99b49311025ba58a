import { defaultCatalog } from '@law-report/core/model';
import { beiliuReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import beiliuText from '../../../core/src/testing/fixtures/beiliu-2023.txt?raw';
import { stringsOf } from '../internal/strings.js';
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

// The room a control gives its text: its box less its padding and borders (and a select's arrow).
function room(control: HTMLInputElement | HTMLSelectElement): number {
  const style = getComputedStyle(control);
  return (
    control.getBoundingClientRect().width -
    Number.parseFloat(style.paddingLeft) -
    Number.parseFloat(style.paddingRight) -
    Number.parseFloat(style.borderLeftWidth) -
    Number.parseFloat(style.borderRightWidth) -
    (control instanceof HTMLSelectElement ? 20 : 0)
  );
}

function textWidth(text: string, control: Element): number {
  const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  context.font = getComputedStyle(control).font;
  return context.measureText(text).width;
}

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

  // A 1280 px portal gives the form a 1018 px column, a 1024 px one 890 px (clerk's trial: 数值 lay over
  // 原文表述, 指标 showed 「研究法治建设的」).
  for (const width of [1018, 890]) {
    it(`lays each figure's fields in a ${width} px column side by side, none covering another, each wide enough for what it shows`, async () => {
      const report = beiliuReport();
      const first = report.metrics[0];
      if (first) first.label = '党委全面依法治镇专题会等相关会议';
      const column = document.createElement('div');
      column.style.width = `${width}px`;
      const form = document.createElement('law-report-form');
      form.report = report;
      column.append(form);
      document.body.append(column);
      await form.updateComplete;
      const rows = [...(form.shadowRoot?.querySelectorAll('.figure-fields') ?? [])];
      expect(rows).toHaveLength(report.metrics.length);
      const right = column.getBoundingClientRect().right;
      for (const row of rows) {
        const controls = [...row.querySelectorAll<HTMLElement>('input, select, textarea')];
        const boxes = controls.map((control) => control.getBoundingClientRect());
        const overlaps = boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .filter(
              (b) =>
                a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5,
            )
            .map(() => controls[i]?.id),
        );
        expect(overlaps).toEqual([]);
        expect(boxes.every((box) => box.right <= right + 0.5)).toBe(true);
      }
      // 指标 and 原文表述 side by side, not stacked as on a phone.
      const [indicator, label] = [
        ...(rows[0]?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea') ?? []),
      ];
      expect(indicator?.getBoundingClientRect().top).toBe(label?.getBoundingClientRect().top);
      // The longest indicator's name whole in the 指标 select, the phrase as written whole in its box.
      const longest = Math.max(
        ...defaultCatalog.indicators.map(({ label }) => textWidth(label['zh-CN'], indicator as Element)),
      );
      expect(room(indicator as HTMLSelectElement)).toBeGreaterThanOrEqual(longest);
      expect(room(label as HTMLInputElement)).toBeGreaterThanOrEqual(
        textWidth('党委全面依法治镇专题会等相关会议', label as Element),
      );
    });
  }

  // Clerk's trial at 1280 px: the 数值限定 select showed 余、多、逾、以上 of 余、多、逾、以上（下限）.
  for (const width of [1018, 890, 375]) {
    it(`shows every 数值限定 choice whole in its select in a ${width} px column`, async () => {
      const { form, column } = await mountIn(width);
      const m = stringsOf('zh-CN');
      const selects = [...(form.shadowRoot?.querySelectorAll<HTMLSelectElement>('select[id$="-qualifier"]') ?? [])];
      expect(selects.length).toBeGreaterThan(0);
      const right = column.getBoundingClientRect().right;
      for (const select of selects) {
        const texts = [...select.options].map(({ text }) => text);
        expect(texts).toContain(m.form.qualifierChoices.over);
        expect(texts.filter((text) => textWidth(text, select) > room(select))).toEqual([]);
        expect(select.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
      }
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

  it('leaves a figure in a sub-section most of a 375 px phone’s width: nested groups give up their side room', async () => {
    const { form } = await mountIn(375);
    // 北留镇's figures sit two groups deep (章节 › 一、… › （一）…), each group a bordered fieldset.
    const nested = [...(form.shadowRoot?.querySelectorAll('fieldset.section fieldset.section tr.figure-fields') ?? [])];
    expect(nested.length).toBeGreaterThan(0);
    for (const row of nested) expect(row.getBoundingClientRect().width).toBeGreaterThanOrEqual(300);
  });

  it('says a figure’s error across its row at 1280 px, not in its value’s narrow column, tied to the field', async () => {
    const { form } = await mountIn(1018);
    const report = beiliuReport();
    const rate = report.metrics.findIndex((metric) => metric.unit === '%');
    expect(rate).toBeGreaterThanOrEqual(0);
    report.metrics[rate] = { ...(report.metrics[rate] as (typeof report.metrics)[number]), value: 104.6 };
    form.report = report;
    await form.updateComplete;
    await page.getByRole('button', { name: '提交' }).click();
    const said = () => form.shadowRoot?.querySelector<HTMLElement>(`#e-f-metrics-${rate}-value`);
    await expect.poll(() => said()?.textContent ?? '').toContain('比率应在 0 到 100 之间');
    expect(said()?.closest('tr')?.classList.contains('figure-notes')).toBe(true);
    expect(said()?.getBoundingClientRect().width).toBeGreaterThan(500);
    const field = form.shadowRoot?.querySelector(`#f-metrics-${rate}-value`);
    expect(field?.getAttribute('aria-describedby')?.split(' ')).toContain(`e-f-metrics-${rate}-value`);
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

describe('a section’s figures after one is deleted', () => {
  // A clerk deleted one of two figures and the other vanished from the screen (still in the report, out of
  // reach of Tab), and 撤销删除 brought neither back: she would have typed them again as duplicates.
  it('keeps the other figures drawn and reachable, and draws the one put back', async () => {
    for (const width of [1280, 375]) {
      const { form } = await mountIn(width);
      const rows = () => [...(form.shadowRoot?.querySelectorAll<HTMLElement>('[part~="figure"]') ?? [])];
      const before = rows().length;
      const deletes = page.getByRole('button', { name: /^删除指标：/ });
      await deletes.first().click();
      await form.updateComplete;
      await expect.poll(() => rows().length).toBe(before - 1);
      await expect.poll(() => rows().filter((row) => row.getBoundingClientRect().height === 0).length).toBe(0);
      await expect.element(deletes.first()).toBeVisible();
      await page.getByRole('button', { name: '撤销删除' }).click();
      await expect.poll(() => rows().length).toBe(before);
      await expect.poll(() => rows().filter((row) => row.getBoundingClientRect().height === 0).length).toBe(0);
      document.body.replaceChildren();
    }
  });
});
