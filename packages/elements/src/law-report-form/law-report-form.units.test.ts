import { defaultCatalog, type Report } from '@law-report/core/model';
import { makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { seriousViolations } from '../internal/axe.js';
import { importText } from '../internal/form-test-kit.js';
import './define.js';
import { emptyReport } from './form-model.js';
import type { LawReportFormElement } from './law-report-form.js';

// A figure's 指标 and its 计量单位: choosing the one never rewrites the other.

async function mount(report: Report): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  element.report = report;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const shadow = (element: LawReportFormElement) => element.shadowRoot as ShadowRoot;
const control = <T extends HTMLElement>(element: LawReportFormElement, id: string): T => {
  const found = shadow(element).querySelector<T>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
};
// A keyboard user moves the first figure's indicator one up its list and leaves it by Tab.
async function arrowUpAndLeave(element: LawReportFormElement): Promise<void> {
  control<HTMLSelectElement>(element, 'f-metrics-0-indicator').focus();
  await userEvent.keyboard('{ArrowUp}');
  await userEvent.tab();
}
const label = (key: string) => defaultCatalog.get(key)?.label['zh-CN'] ?? key;
// 培训380余人次, as the text of a report says it, under 执法培训 (which counts 人次 too, though not first).
const training = () =>
  makeReport({
    sections: [makeSection('measures', { id: 'a' })],
    metrics: [makeMetric('training.sessions', 380, { label: '培训', unit: '人次', qualifier: 'over', sectionId: 'a' })],
  });

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<law-report-form>: a figure’s indicator and its measure word', () => {
  it('leaves 人次 and the value as they were while a keyboard user arrows through the indicators', async () => {
    const element = await mount(training());
    const select = control<HTMLSelectElement>(element, 'f-metrics-0-indicator');
    const unit = page.getByRole('combobox', { name: /计量单位/ });
    // Reached as a keyboard user reaches it: from the figure's own 删除指标 button, with Tab.
    control<HTMLButtonElement>(element, 'f-metrics-0-indicator')
      .closest('tbody')
      ?.querySelector<HTMLButtonElement>('.remove-metric')
      ?.focus();
    await userEvent.tab();
    expect(shadow(element).activeElement).toBe(select);
    // Each arrow is a change (Chromium changes a closed select's value at once): the catalog's neighbours.
    await userEvent.keyboard('{ArrowUp}');
    await element.updateComplete;
    expect(select.value).toBe('enforcement.certifiedRate');
    expect(element.value.metrics[0]).toMatchObject({
      indicator: 'enforcement.certifiedRate',
      value: 380,
      unit: '人次',
    });
    await expect.element(unit).toHaveValue('人次');
    await userEvent.keyboard('{ArrowDown}');
    await element.updateComplete;
    expect(element.value.metrics[0]).toMatchObject({
      indicator: 'training.sessions',
      value: 380,
      unit: '人次',
      qualifier: 'over',
    });
    await expect.element(unit).toHaveValue('人次');
  });

  it('holds the whole list when focus reaches the picker, so the first key moves through it as a native select’s', async () => {
    const element = await mount(training());
    const select = control<HTMLSelectElement>(element, 'f-metrics-0-indicator');
    let atFocus: string[] = [];
    select.addEventListener('focus', () => {
      atFocus = [...select.options].map((option) => option.value);
    });
    control<HTMLInputElement>(element, 'f-metrics-0-label').focus();
    await userEvent.tab({ shift: true });
    expect(shadow(element).activeElement).toBe(select);
    // 请选择指标, 未归类, then every indicator of the catalog, 执法培训 among them and chosen.
    expect([...atFocus].sort()).toEqual(
      ['', 'unclassified', ...defaultCatalog.indicators.map(({ key }) => key)].sort(),
    );
    expect(atFocus).toEqual([...select.options].map((option) => option.value));
    expect(select.selectedOptions[0]?.textContent).toBe(label('training.sessions'));
    // 未归类 is one key away: Home, past 请选择指标 (no choice, so the arrows pass it by).
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    expect(element.value.metrics[0]).toMatchObject({ indicator: 'unclassified', unit: '人次' });
  });

  it('shows an indicator the catalog does not have by its key, never as 未归类 or nothing, and keeps its unit', async () => {
    const element = await mount(
      makeReport({
        sections: [makeSection('measures', { id: 'a' })],
        metrics: [makeMetric('x-yourtown.gridEvents', 12, { label: '网格事件', unit: '件', sectionId: 'a' })],
      }),
    );
    const select = control<HTMLSelectElement>(element, 'f-metrics-0-indicator');
    expect(select.selectedOptions[0]?.textContent).toBe('x-yourtown.gridEvents');
    control<HTMLInputElement>(element, 'f-metrics-0-label').focus();
    expect(select.selectedOptions[0]?.textContent).toBe('x-yourtown.gridEvents');
    expect(select.options.length).toBe(defaultCatalog.indicators.length + 3);
    expect(element.value.metrics[0]).toMatchObject({ indicator: 'x-yourtown.gridEvents', unit: '件' });
  });

  it('gives a new figure the measure word of the indicator chosen for it, until a person sets one', async () => {
    const element = await mount(makeReport({ sections: [makeSection('measures', { id: 'a' })], metrics: [] }));
    await page.getByRole('button', { name: '添加指标' }).first().click();
    // No indicator yet, so no word: a figure without one is caught, never counted in 件 by default.
    expect(element.value.metrics[0]).toMatchObject({ indicator: 'unclassified', unit: '' });
    const select = control<HTMLSelectElement>(element, 'f-metrics-0-indicator');
    expect(shadow(element).activeElement).toBe(select);
    const choose = async (key: string) => {
      select.value = key;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await element.updateComplete;
    };
    await choose('training.sessions');
    expect(element.value.metrics[0]?.unit).toBe('次');
    await expect.element(page.getByRole('combobox', { name: /计量单位/ })).toHaveValue('次');
    // The word the form wrote follows the indicator the person settles on…
    await choose('disputes.successRate');
    expect(element.value.metrics[0]?.unit).toBe('%');
    await choose('disputes.handled');
    expect(element.value.metrics[0]?.unit).toBe('起');
    // …until they set it themselves: from then on it is theirs.
    const unit = control<HTMLSelectElement>(element, 'f-metrics-0-unit');
    unit.value = '件';
    unit.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await choose('funding.amount');
    expect(element.value.metrics[0]?.unit).toBe('件');
  });

  it('says beside the measure word that it is not usual for the chosen indicator, tied to the field, once the indicator is left', async () => {
    const element = await mount(training());
    await arrowUpAndLeave(element);
    const warning = page.getByText(/“培训”的单位“人次”不是指标.*的常用单位（%）/);
    await expect.element(warning).toBeVisible();
    await expect
      .element(page.getByRole('combobox', { name: /计量单位/ }))
      .toHaveAccessibleDescription(/“培训”的单位“人次”不是指标.*的常用单位（%）/);
    // A warning, not an error: the unit is not marked invalid, and the word is still the clerk's.
    expect(control(element, 'f-metrics-0-unit').getAttribute('aria-invalid')).toBeNull();
    expect(element.value.metrics[0]?.unit).toBe('人次');
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('says it in a report still being written: the title and the 落款 blank, no text yet', async () => {
    // The town clerk's way through a new report: the figures before the 落款 (a trial saw no warning here).
    const element = await mount({ ...training(), title: '', issuer: '', issuedOn: '' });
    await arrowUpAndLeave(element);
    await expect.element(page.getByText(/“培训”的单位“人次”不是指标.*的常用单位（%）/)).toBeVisible();
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.getByRole('alert');
    await expect.element(summary.getByText('请填写落款日期。')).toBeVisible();
    // Beside the figure, and in the summary's list of what to check besides, a link to the measure word.
    await expect.element(page.getByText(/^“培训”的单位“人次”不是指标.*的常用单位（%）。$/)).toBeVisible();
    await expect.element(summary.getByRole('link', { name: /“培训”的单位“人次”不是指标/ })).toBeVisible();
  });

  it('says it while another figure still has no value, and lists every figure’s errors on 提交 at once', async () => {
    // A clerk's trial: one figure left without a value hid every other figure's checks until it had one.
    const report = training();
    const element = await mount({
      ...report,
      metrics: [
        ...report.metrics,
        { ...makeMetric('legalAid.cases', 23, { label: '法律援助', unit: '件', sectionId: 'a' }), value: undefined },
        makeMetric('disputes.handled', 2.5, { label: '排查矛盾纠纷', unit: '起', sectionId: 'a' }),
      ],
    } as Report);
    await arrowUpAndLeave(element);
    await expect.element(page.getByText(/“培训”的单位“人次”不是指标.*的常用单位（%）/)).toBeVisible();
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.getByRole('alert');
    await expect.element(summary.getByText(/法律援助.*请填写数值/)).toBeVisible();
    await expect.element(summary.getByText(/排查矛盾纠纷.*不是整数/)).toBeVisible();
  });

  it('drops the importer’s note on how it classified a figure once the clerk chooses its indicator, and keeps it to confirm', async () => {
    const element = await mount(emptyReport());
    await importText(`柳林乡2026年法治政府建设工作情况的报告

一、推进法治政府建设的主要举措和成效
全年提出法律意见41条。

柳林乡人民政府
2027年1月20日`);
    await expect.element(page.getByText(/“提出法律意见”（41条）不在指标目录中/)).toBeVisible();
    const index = element.value.metrics.findIndex((metric) => metric.value === 41);
    const select = control<HTMLSelectElement>(element, `f-metrics-${index}-indicator`);
    select.focus();
    select.value = 'legalAid.cases';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(page.getByText(/不在指标目录中/).elements()).toHaveLength(0);
    await expect.element(page.getByRole('button', { name: /^确认：提出法律意见/ })).toBeVisible();
  });

  it('offers each 数值限定 by the words a report writes for it, so a clerk finds 余 and 近', async () => {
    const element = await mount(training());
    const qualifier = control<HTMLSelectElement>(element, 'f-metrics-0-qualifier');
    expect([...qualifier.options].map((option) => option.text)).toEqual([
      '确数',
      '余、多、逾、以上（下限）',
      '近、将近、接近',
      '约、左右',
      '不足、不到、以下（上限）',
    ]);
    expect(qualifier.selectedOptions[0]?.text).toBe('余、多、逾、以上（下限）');
    // An optional list's empty choice is named, not read as blank: a figure whose 统计口径 is not stated.
    const scope = control<HTMLSelectElement>(element, 'f-metrics-0-scope');
    expect(scope.selectedOptions[0]?.text).toBe('（未注明）');
  });

  it('says it on submit for a figure imported or typed so, and none for a word the indicator is written in', async () => {
    const element = await mount(
      makeReport({
        sections: [makeSection('measures', { id: 'a' })],
        metrics: [
          makeMetric('enforcement.officers', 20000, { label: '参训', unit: '人次', qualifier: 'over', sectionId: 'a' }),
          makeMetric('training.sessions', 380, { label: '培训', unit: '人次', qualifier: 'over', sectionId: 'a' }),
        ],
      }),
    );
    await page.getByRole('button', { name: '提交' }).click();
    await expect.element(page.getByText(/^“参训”的单位“人次”不是指标.*的常用单位/)).toBeVisible();
    expect(control(element, 'f-metrics-0-unit').getAttribute('aria-describedby')).toContain('w-f-metrics-0-unit');
    expect(control(element, 'f-metrics-1-unit').getAttribute('aria-describedby') ?? '').not.toContain('w-');
    expect(element.value.metrics.map(({ unit }) => unit)).toEqual(['人次', '人次']);
  });
});
