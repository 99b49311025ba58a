/// <reference types="@vitest/browser-playwright" />
import { beiliuReport, makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LawReportSubmitEvent } from '../events/law-report-submit-event.js';
import { axNodes } from '../internal/ax-tree.js';
import { seriousViolations } from '../internal/axe.js';
import { languageOf } from '../internal/language-of.js';
import { active, importText } from '../internal/form-test-kit.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// The town clerk's desk as a keyboard and screen-reader user meets it: importing into a form
// with work in it, confirming what the importer guessed, where focus goes after each action,
// what each control is called, and what the accessibility tree holds.

async function mount(report: unknown, attributes: Record<string, string> = {}): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (report !== undefined) element.report = report as LawReportFormElement['report'];
  document.body.append(element);
  await element.updateComplete;
  return element;
}

// A report with no 落款 date: the importer guesses one and says so.
const UNDATED =
  '南山乡2024年法治政府建设情况报告\n一、主要举措和成效\n全年调解矛盾纠纷18起。\n二、存在的不足和原因\n基层力量薄弱。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n专题研究法治工作3次。\n四、2025年工作安排\n继续推进。\n\n南山乡人民政府';

// Not signed at all: the importer guesses the issuer from the unit, and the date.
const UNSIGNED = UNDATED.replace(/\n+南山乡人民政府$/, '');

afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  localStorage.clear();
  await page.viewport(1280, 800);
});

describe('<law-report-form> at the town clerk’s desk', () => {
  it('asks before importing into a form with work in it: 只填空白项 keeps what was typed, 取消 changes nothing', async () => {
    const element = await mount(undefined);
    await page.getByLabelText(/报告标题/).fill('我自己写的标题');
    await importText(UNDATED);
    const ask = page.getByRole('group', { name: '表单里已经有内容。导入的内容怎么处理？' });
    await expect.element(ask).toBeVisible();
    await expect.poll(() => active(element)?.id).toBe('import-choice');
    expect(element.value.unit.name).toBe('');

    await ask.getByRole('button', { name: '取消' }).click();
    await expect.element(page.getByRole('status').filter({ hasText: '已取消导入' })).toBeVisible();
    expect(element.value.title).toBe('我自己写的标题');
    expect(element.value.metrics).toEqual([]);

    // Escape is 取消 too, as in any question a page asks.
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => active(element)?.id).toBe('import-choice');
    await userEvent.keyboard('{Escape}');
    await expect.element(ask).not.toBeInTheDocument();
    expect(element.value.title).toBe('我自己写的标题');
    expect(element.value.metrics).toEqual([]);

    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByRole('button', { name: '只填空白项' }).click();
    expect(element.value.title).toBe('我自己写的标题');
    expect(element.value.unit.name).toBe('南山乡');
    expect(element.value.metrics.map((metric) => metric.value)).toEqual([18, 3]);
    // Every figure is in a section of the draft, with the text of its statutory content.
    const ids = new Set(element.value.sections.map((section) => section.id));
    expect(element.value.metrics.every((metric) => metric.sectionId !== undefined && ids.has(metric.sectionId))).toBe(
      true,
    );
    expect(element.value.sections.find((section) => section.kind === 'shortcomings')?.paragraphs).toEqual([
      '基层力量薄弱。',
    ]);
    await expect.poll(() => active(element)?.id).toBe('import-result');

    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByRole('button', { name: '替换全部' }).click();
    expect(element.value.title).toBe('南山乡2024年法治政府建设情况报告');
  });

  it('marks a value the importer guessed 待核对 with its note beside the field, and submits only once it is confirmed', async () => {
    const element = await mount(undefined);
    const submitted: LawReportSubmitEvent[] = [];
    element.addEventListener('law-report-submit', (event) => submitted.push(event));
    await importText(UNSIGNED);
    const date = page.getByLabelText(/^落款日期/);
    await expect.element(date).toHaveAccessibleDescription(/待核对.*没有找到落款日期，已暂填/);
    await page.getByRole('button', { name: '确认全部导入的数字' }).click();
    // It is for the figures: a value the importer made up stays to confirm one by one, and focus goes to its field.
    await expect.poll(() => active(element)?.closest('.field')?.classList.contains('guessed')).toBe(true);
    await expect.element(date).toHaveAccessibleDescription(/没有找到落款日期/);

    // Imported again: confirming the date alone leaves the guessed issuer and the two figures, and submit says so.
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByRole('button', { name: '替换全部' }).click();
    await page.getByRole('button', { name: '确认落款日期' }).click();
    await expect.poll(() => active(element)?.id).toBe('f-issuedOn');
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(page.getByRole('alert', { name: '提交前请修改以下问题' }))
      .toHaveTextContent('还有 3 项导入的内容待核对：落款单位、调解矛盾纠纷（18起）、专题研究法治工作（3次）。');
    expect(submitted).toHaveLength(0);
  });

  it('names in a refused 提交 what is still to confirm, each a link to its field: 落款单位 after 确认全部导入的数字', async () => {
    const element = await mount(undefined);
    const submitted: LawReportSubmitEvent[] = [];
    element.addEventListener('law-report-submit', (event) => submitted.push(event));
    await importText(UNSIGNED);
    const summary = page.getByRole('alert', { name: '提交前请修改以下问题' });
    // Four to confirm: the first few named in the page's order, the rest counted.
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(summary)
      .toHaveTextContent(/还有 4 项导入的内容待核对：落款单位、落款日期、调解矛盾纠纷（18起），另有 1 项。/);
    await summary.getByRole('link', { name: '调解矛盾纠纷（18起）' }).click();
    expect(active(element)?.getAttribute('aria-label')).toBe('确认：调解矛盾纠纷（18起）');

    // A clerk's trial: 确认全部导入的数字 confirms the figures, 确认落款日期 the date; 提交 said 还有 1 项 and not which.
    await page.getByRole('button', { name: '确认全部导入的数字' }).click();
    await page.getByRole('button', { name: '确认落款日期' }).click();
    await page.getByRole('button', { name: '提交' }).click();
    await expect.element(summary).toHaveTextContent('还有 1 项导入的内容待核对：落款单位。');
    expect(submitted).toHaveLength(0);
    await summary.getByRole('link', { name: '落款单位' }).click();
    await expect.poll(() => active(element)?.id).toBe('f-issuer');
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('names what is still to confirm in English too', async () => {
    await mount(undefined, { locale: 'en' });
    await page.getByText('Import from text').click();
    await page.getByLabelText('Report text').fill(UNSIGNED);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect
      .element(page.getByRole('alert', { name: 'There is a problem' }))
      .toHaveTextContent(/4 imported items are still to confirm: Issuing body, Date of issue, .+ and 1 more\./);
  });

  it('leaves a value the importer could not read empty, 待填写 with its note and nothing to confirm; 确认全部导入的数字 says what is left and goes to the first of it', async () => {
    const element = await mount(undefined);
    // No title line and no 落款: the unit is unread (left empty), the title made up around （未识别）, the date guessed.
    await importText('一、主要举措和成效\n全年调解矛盾纠纷18起。\n二、存在的不足和原因\n基层力量薄弱。');
    const unit = page.getByLabelText(/^单位名称/);
    await expect.element(unit).toHaveValue('');
    await expect.element(unit).toHaveAccessibleDescription(/^待填写 没有识别出报告单位/);
    const title = page.getByLabelText(/^报告标题/);
    await expect.element(title).toHaveAccessibleDescription(/^待填写 /);
    // Nothing the importer could not read can be confirmed; a guessed date can.
    expect(page.getByRole('button', { name: /^确认(报告标题|单位名称|落款单位)$/ }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: '确认落款日期' }).elements()).toHaveLength(1);
    await page.getByRole('button', { name: '确认全部导入的数字' }).click();
    // The title is the first of what is left in the page's order.
    await expect.poll(() => active(element)?.id).toBe('f-title');
    await expect
      .element(page.getByRole('status').filter({ hasText: '导入的数字已全部确认' }))
      .toHaveTextContent(/还有 \d+ 项是导入时推测或没有读出的/);
    // Typing the title is all it takes.
    await title.fill('东岭镇2024年法治政府建设年度报告');
    await expect.element(title).not.toHaveAccessibleDescription(/待填写/);
  });

  it('puts focus where the work goes on after 确认, 删除指标, 添加指标 and 删除章节, and says what happened', async () => {
    const element = await mount(undefined);
    await importText(UNDATED);
    await page.getByRole('button', { name: '确认落款日期' }).click();
    // 确认 moves to the next figure to confirm.
    const confirms = page.getByRole('button', { name: /^确认：/ });
    await confirms.first().click();
    await expect.poll(() => active(element)?.getAttribute('aria-label')).toMatch(/^确认：专题研究法治工作/);
    await expect.element(page.getByRole('status').filter({ hasText: '已确认。' })).toBeInTheDocument();

    // 删除指标 names the figure; 撤销删除 takes its place, focused (a second Enter puts it back, deleting nothing more).
    const figures = element.value.metrics.length;
    await page.getByRole('button', { name: /^删除指标：专题研究法治工作.*（3次）$/ }).click();
    await expect.poll(() => active(element)?.textContent).toBe('撤销删除');
    await expect
      .element(page.getByRole('button', { name: '撤销删除' }))
      .toHaveAccessibleDescription(/^已删除“专题研究法治工作/);
    expect(element.value.metrics).toHaveLength(figures - 1);
    await userEvent.keyboard('{Enter}');
    expect(element.value.metrics).toHaveLength(figures);
    await expect.poll(() => active(element)?.getAttribute('aria-label')).toMatch(/^删除指标：专题研究法治工作/);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => active(element)?.textContent).toBe('撤销删除');

    // 添加指标: the new row's indicator takes focus, its value empty (a forgotten one is caught).
    await page
      .getByRole('button', { name: /^在“三、党政主要负责人|^在“.*”中添加指标$/ })
      .last()
      .click();
    const added = element.value.metrics.at(-1);
    expect(added?.value).toBeUndefined();
    await expect.poll(() => active(element)?.tagName).toBe('SELECT');
    await expect.poll(() => active(element)?.id).toBe(`f-metrics-${element.value.metrics.length - 1}-indicator`);

    // 删除章节 leaves 撤销删除 in its place, focused; undone, the section and its figures are back.
    const before = element.value.metrics.length;
    await page.getByRole('button', { name: '删除章节“主要举措和成效”' }).click();
    await expect.poll(() => active(element)?.textContent).toBe('撤销删除');
    await expect
      .element(page.getByRole('button', { name: '撤销删除' }))
      .toHaveAccessibleDescription('已删除“主要举措和成效”。');
    // The live region says it too: it never keeps the words of the action before (已添加一项指标…).
    expect(element.shadowRoot?.querySelector('#announce')?.textContent).toBe('已删除“主要举措和成效”。');
    expect(element.value.sections.some((section) => section.title === '主要举措和成效')).toBe(false);
    await userEvent.keyboard('{Enter}');
    expect(element.value.sections[0]?.title).toBe('主要举措和成效');
    expect(element.value.metrics).toHaveLength(before);
    await expect.poll(() => active(element)?.id).toBe('f-sections-0-title');
  });

  it('checks the report without sending it: what to correct in the error summary, else that it can go, with its warnings', async () => {
    const withoutOther = makeReport();
    withoutOther.sections = withoutOther.sections.filter((section) => section.kind !== 'other');
    const element = await mount(withoutOther);
    const submitted: LawReportSubmitEvent[] = [];
    element.addEventListener('law-report-submit', (event) => submitted.push(event));
    await page.getByRole('button', { name: '检查报告' }).click();
    const checked = page.getByRole('status').filter({ hasText: '检查完毕' });
    await expect
      .element(checked)
      .toHaveTextContent('检查完毕：没有需要改正的错误，可以提交。请看一看这 1 条提醒（不影响报送）：');
    await expect.poll(() => active(element)?.id).toBe('checked');
    await expect.element(checked.getByRole('link', { name: /其他需要报告的情况/ })).toBeVisible();
    expect(submitted).toHaveLength(0);
    // A change makes the check old: it is no longer said.
    await page.getByLabelText(/报告标题/).fill('');
    await expect.element(checked).not.toBeInTheDocument();
    await page.getByRole('button', { name: '检查报告' }).click();
    await expect.element(page.getByRole('alert').filter({ hasText: '提交前请修改以下问题' })).toBeVisible();
    await expect.poll(() => active(element)?.classList.contains('summary')).toBe(true);
    expect(submitted).toHaveLength(0);
  });

  it('lists, beside the imported values still to confirm, what else to check: a plans heading naming the wrong year', async () => {
    await mount(undefined);
    await importText(
      '南山乡2024年法治政府建设情况报告\n一、主要举措和成效\n全年调解矛盾纠纷18起。\n二、存在的不足和原因\n基层力量薄弱。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n专题研究法治工作3次。\n四、2024年工作安排\n继续推进。\n\n南山乡人民政府\n2025年1月20日',
    );
    await page.getByRole('button', { name: '检查报告' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '项导入的内容待核对' });
    await expect.element(summary).toBeVisible();
    await expect.element(summary.getByRole('link', { name: /2024年工作安排/ })).toBeVisible();
  });

  it('never submits on Enter in a field; Enter in the indicator search adds the first match', async () => {
    // A report that would pass: an Enter that submitted it would be seen.
    const element = await mount(makeReport());
    const submitted: LawReportSubmitEvent[] = [];
    element.addEventListener('law-report-submit', (event) => submitted.push(event));
    await page.getByLabelText(/报告标题/).click();
    await userEvent.keyboard('{Enter}');
    expect(submitted).toHaveLength(0);
    await page.getByLabelText('按名称或别称查找指标').first().fill('调处');
    await expect.element(page.getByRole('status').filter({ hasText: '找到' })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(submitted).toHaveLength(0);
    expect(element.value.metrics).toHaveLength(1);
    expect(element.value.metrics[0]?.indicator).not.toBe('unclassified');
    await expect.poll(() => active(element)?.id).toBe('f-metrics-0-value');
  });

  it('names each figure’s controls and buttons by the figure, and each section’s buttons by the section', async () => {
    await mount(
      makeReport({
        sections: [makeSection('measures', { id: 'a', title: '依法决策' })],
        metrics: [
          makeMetric('decisions.legalReview', 12, { label: '审查重大行政决策', unit: '件', sectionId: 'a' }),
          makeMetric('disputes.handled', 5, { label: '排查矛盾纠纷', unit: '起', sectionId: 'a' }),
        ],
      }),
    );
    await expect.element(page.getByRole('spinbutton', { name: '数值 审查重大行政决策（12件）' })).toHaveValue(12);
    await expect.element(page.getByRole('button', { name: '删除指标：排查矛盾纠纷（5起）' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: '上移章节“依法决策”' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: '在“依法决策”下添加下级章节' })).toBeVisible();
    await expect.element(page.getByRole('table', { name: '“依法决策”的量化指标' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: '章节：依法决策' })).toBeVisible();
  });

  it('gives a new sub-section its section’s kind, so what is written under 不足 or the plans stays there', async () => {
    const element = await mount(
      makeReport({
        sections: [
          makeSection('shortcomings', { id: 's', title: '存在的不足' }),
          makeSection('plans', { id: 'p', title: '下一步打算' }),
        ],
      }),
    );
    await userEvent.click(page.getByRole('button', { name: '在“下一步打算”下添加下级章节' }));
    await userEvent.click(page.getByRole('button', { name: '在“存在的不足”下添加下级章节' }));
    expect(element.value.sections.map((section) => section.sections.map((sub) => sub.kind))).toEqual([
      ['shortcomings'],
      ['plans'],
    ]);
    // A new top-level section is one more part of the measures, as most added sections are.
    await userEvent.click(page.getByRole('button', { name: '添加章节', exact: true }));
    expect(element.value.sections.at(-1)?.kind).toBe('measures');
  });

  it('keeps every control in the accessibility tree, sections out of view included', async () => {
    const element = await mount(beiliuReport());
    const controls = element.shadowRoot?.querySelectorAll('input, select, textarea, button').length ?? 0;
    const tree = (await axNodes()).filter((node) =>
      [
        'textbox',
        'spinbutton',
        'combobox',
        'checkbox',
        'button',
        'searchbox',
        'ComboBoxSelect',
        'DisclosureTriangle',
      ].includes(node.role),
    );
    // Every control of the form is in the tree (the tree also holds the runner's own few).
    expect(controls).toBeGreaterThan(100);
    expect(tree.length).toBeGreaterThanOrEqual(controls);
  });

  it('reads the form in its locale and the report’s Chinese as Chinese on an English page', async () => {
    document.documentElement.lang = 'en';
    const element = await mount(beiliuReport(), { locale: 'en' });
    const root = element.shadowRoot as ShadowRoot;
    expect(languageOf(root.querySelector('button[type="submit"]') as Node)).toBe('en');
    expect(languageOf(root.querySelector('.figure-name') as Node)).toBe('zh-CN');
    const chinese = await mount(beiliuReport());
    expect(languageOf(chinese.shadowRoot?.querySelector('button[type="submit"]') as Node)).toBe('zh-CN');
  });

  it('lays a figure out to read at 1280 px, and stacks its labelled fields at 375 px', async () => {
    const element = await mount(beiliuReport());
    const label = () => element.shadowRoot?.querySelector<HTMLInputElement>('#f-metrics-0-label');
    expect(label()?.getBoundingClientRect().width).toBeGreaterThan(150);
    const remove = element.shadowRoot?.querySelector<HTMLButtonElement>('button.remove-metric');
    expect(remove?.getBoundingClientRect().height).toBeLessThan(48);
    await page.viewport(375, 800);
    await element.updateComplete;
    await expect.poll(() => label()?.getBoundingClientRect().width ?? 0).toBeGreaterThan(250);
    // Each field shows its name above it (from its cell), the name a screen reader hears too.
    const cell = element.shadowRoot?.querySelector<HTMLElement>('#f-metrics-0-value')?.closest('td');
    expect(cell && getComputedStyle(cell, '::before').content).toBe('"数值"');
    expect(cell?.getBoundingClientRect().height).toBeGreaterThan(
      element.shadowRoot?.querySelector<HTMLElement>('#f-metrics-0-value')?.getBoundingClientRect().height ?? 0,
    );
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('describes a figure to confirm by 待核对 and its sentence, in each of its fields', async () => {
    await mount(undefined);
    await importText(UNDATED);
    await expect
      .element(page.getByRole('spinbutton', { name: /^数值 调解矛盾纠纷/ }))
      .toHaveAccessibleDescription('待核对 全年调解矛盾纠纷18起。');
  });

  it('has its live regions on the page before anything is said in them', async () => {
    const element = await mount(makeReport(), { 'draft-key': 'live-draft' });
    const root = element.shadowRoot as ShadowRoot;
    const regions = () =>
      [...root.querySelectorAll('[role="status"], [role="alert"]')].map((node) => node.id || node.className);
    const before = regions();
    dispatchEvent(new StorageEvent('storage', { key: 'live-draft', newValue: '{}' }));
    await expect.element(page.getByText('另一个窗口也在编辑这份草稿')).toBeVisible();
    expect(regions()).toEqual(before);
    expect(root.querySelector('[role="status"] .warning')?.textContent).toContain('另一个窗口');
  });

  it('puts focus on the top of the form after 放弃, 从文本导入, the report’s first field next, and says so', async () => {
    const first = await mount(makeReport(), { 'draft-key': 'discard-draft' });
    await page.getByLabelText(/落款单位/).fill('草稿里的落款');
    first.remove();
    const again = await mount(makeReport(), { 'draft-key': 'discard-draft' });
    await page.getByRole('button', { name: '放弃' }).click();
    await expect.poll(() => active(again)?.textContent).toBe('从文本导入');
    await expect.element(page.getByRole('status').filter({ hasText: '已放弃草稿。' })).toBeInTheDocument();
    expect(localStorage.getItem('discard-draft')).toBeNull();
    await userEvent.tab();
    expect(active(again)?.id).toBe('f-title');
  });

  it('lets a keyboard skip a long report to 检查报告 and 提交 at its end with its first tab stop', async () => {
    const element = await mount(beiliuReport());
    element.focus();
    await userEvent.tab();
    await expect.poll(() => active(element)?.textContent).toBe('跳到报告末尾');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => active(element)?.textContent).toBe('检查报告');
    await userEvent.tab();
    expect(active(element)?.getAttribute('type')).toBe('submit');
  });

  it('keeps what an import left to confirm in the saved draft: restored, it is still 待核对 and still stops 提交', async () => {
    const first = await mount(undefined, { 'draft-key': 'import-draft' });
    await importText(UNSIGNED);
    await page
      .getByRole('button', { name: /^确认：/ })
      .first()
      .click();
    first.remove();
    const again = await mount(undefined, { 'draft-key': 'import-draft' });
    const submitted: LawReportSubmitEvent[] = [];
    again.addEventListener('law-report-submit', (event) => submitted.push(event));
    await expect
      .element(page.getByText(/^发现.+保存的未提交草稿：《南山乡2024年法治政府建设情况报告》。$/))
      .toBeVisible();
    await page.getByRole('button', { name: '恢复草稿' }).click();
    await expect.element(page.getByLabelText(/^落款日期/)).toHaveAccessibleDescription(/待核对.*没有找到落款日期/);
    await page.getByRole('button', { name: '提交' }).click();
    // The guessed 落款 date and issuer, and the one figure not yet confirmed.
    await expect
      .element(page.getByRole('alert', { name: '提交前请修改以下问题' }))
      .toHaveTextContent('还有 3 项导入的内容待核对：落款单位、落款日期、专题研究法治工作（3次）。');
    expect(submitted).toHaveLength(0);
  });

  it('saves confirmations with the draft, and an undone section never takes a figure added since', async () => {
    const first = await mount(undefined, { 'draft-key': 'confirm-draft' });
    await importText(UNSIGNED);
    await page.getByRole('button', { name: '确认全部导入的数字' }).click();
    await page
      .getByRole('button', { name: /^确认落款/ })
      .first()
      .click();
    first.remove();
    const again = await mount(undefined, { 'draft-key': 'confirm-draft' });
    await page.getByRole('button', { name: '恢复草稿' }).click();
    // Only the guessed 落款 not yet confirmed is left to confirm: 1 of the 4.
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(page.getByRole('alert', { name: '提交前请修改以下问题' }))
      .toHaveTextContent(/还有 1 项导入的内容待核对：落款(单位|日期)。/);

    await page.getByRole('button', { name: '删除章节“主要举措和成效”' }).click();
    const before = again.value.metrics.length;
    await page
      .getByRole('button', { name: /^在“.*”中添加指标$/ })
      .first()
      .click();
    await page.getByRole('button', { name: '撤销删除' }).click();
    expect(again.value.sections[0]?.title).toBe('主要举措和成效');
    // The figure added while the section was gone is still there, with the section's own.
    expect(again.value.metrics).toHaveLength(before + 2);
  });

  it('says the same words again when a second action has the same result (the live region is emptied first)', async () => {
    const element = await mount(undefined);
    await importText(UNDATED);
    const announce = element.shadowRoot?.querySelector('#announce') as HTMLElement;
    await page
      .getByRole('button', { name: /^确认：/ })
      .first()
      .click();
    await expect.poll(() => announce.textContent).toBe('已确认。');
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(announce.textContent ?? ''));
    observer.observe(announce, { childList: true, characterData: true, subtree: true });
    await page
      .getByRole('button', { name: /^确认：/ })
      .first()
      .click();
    await expect.poll(() => texts.at(-1)).toBe('已确认。');
    observer.disconnect();
    expect(texts).toContain('');
  });
});
