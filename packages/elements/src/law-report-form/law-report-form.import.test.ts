import { formatMessage, type Report } from '@law-report/core/model';
import { makeMetric, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { stringsOf } from '../internal/strings.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';
import { townReport } from '../internal/town-report.js';
import { emptyReport } from './form-model.js';

// Importing into the whole form as a town clerk meets it: the importer's notes in the form's
// language whatever it was at import, and another unit's report said at once, against the real
// collection server (tests/setup/collection-server.ts), signed in as 东城镇. Its reports here are
// of 2005, a year no other test file sends (none is sent to the server).

const server = inject('collectionServer');
const YEAR = 2005;
const m = stringsOf('zh-CN');

async function mount(report?: Report, token?: string): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  if (token) element.setAttribute('endpoint', server.endpoint);
  if (report) element.report = report;
  element.token = token;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

async function importText(text: string): Promise<void> {
  await page.getByText('从文本导入').click();
  await page.getByLabelText('报告全文').fill(text);
  await page.getByRole('button', { name: '导入', exact: true }).click();
}

// A town's short report of the year: its measures as given, signed by its government, dated or not.
const townText = (unit: string, measures: string, dated = '') => `${unit}${YEAR}年法治政府建设工作情况的报告
一、主要举措和成效
${measures}
二、存在的不足和原因
基层力量薄弱。
三、党政主要负责人履行推进法治建设第一责任人职责情况
专题研究法治工作3次。
四、${YEAR + 1}年工作安排
继续推进。

${unit}人民政府${dated ? `\n${dated}` : ''}`;

// 北留镇's report, signed but undated: the importer guesses the 落款 date and says so beside it.
const BEILIU = townText('北留镇', '全年调解矛盾纠纷18起。');

// 东城镇's own report of the year, as the county holds it.
const dongcheng = () =>
  townReport('东城镇', YEAR, {
    sections: (['duties', 'measures', 'shortcomings', 'plans', 'other'] as const).map((kind) =>
      makeSection(kind, { title: m.kinds[kind] }),
    ),
  });

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<law-report-form> importing a report', () => {
  it('says nothing of an import’s question in the error summary until a 提交 was stopped by it', async () => {
    await mount(dongcheng());
    // Submitted once (its checks shown), then text imported over it: the question is asked, nothing was stopped.
    await page.getByRole('button', { name: '提交' }).click();
    await importText(townText('东城镇', '全年调解矛盾纠纷18起。'));
    await expect.element(page.getByRole('group', { name: m.form.importAsk })).toBeVisible();
    expect(page.getByRole('alert', { name: m.form.notSent }).elements()).toHaveLength(0);
  });

  it('says what is wrong with imported figures once a person confirms them, without waiting for 提交', async () => {
    const element = await mount();
    await importText(townText('柳林乡', '全年调解矛盾纠纷86起，调解成功90起。', `${YEAR + 1}年1月20日`));
    await expect.element(page.getByRole('button', { name: m.form.confirmAll })).toBeVisible();
    // Imported, not yet confirmed: the importer's reading, nobody's word yet, so no error is said.
    expect(element.shadowRoot?.querySelector('[aria-invalid="true"]')).toBeNull();
    await page.getByRole('button', { name: m.form.confirmAll }).click();
    await expect
      .poll(() => element.shadowRoot?.querySelector('[aria-invalid="true"]')?.getAttribute('aria-describedby') ?? '')
      .not.toBe('');
    const invalid = element.shadowRoot?.querySelector('[aria-invalid="true"]');
    const said = (invalid?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => element.shadowRoot?.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(said).toMatch(/90.*不应大于.*86/);
    expect(element.shadowRoot?.querySelector('.summary')).toBeNull();
  });

  it('sends nothing while an import waits for its question, and leads from the error summary to the question', async () => {
    // A returned report in the form, corrected text pasted over it, 提交 pressed past the question: the report as it
    // stood would have gone back to the county unchanged (clerk's trial).
    const element = await mount(dongcheng());
    const submitted: Event[] = [];
    element.addEventListener('law-report-submit', (event) => submitted.push(event));
    await importText(BEILIU.replace('北留镇人民政府', '东城镇人民政府').replaceAll('北留镇', '东城镇'));
    await expect.element(page.getByRole('group', { name: m.form.importAsk })).toBeVisible();
    await page.getByRole('button', { name: '提交' }).click();
    const summary = page.getByRole('alert', { name: m.form.notSent });
    await expect.element(summary).toBeVisible();
    await expect.poll(() => element.shadowRoot?.activeElement?.classList.contains('summary')).toBe(true);
    expect(submitted).toEqual([]);
    await summary.getByRole('link', { name: m.form.importWaiting }).click();
    await expect.poll(() => element.shadowRoot?.activeElement?.id).toBe('import-choice');
    // Answered, the report can go: the summary no longer holds the question.
    await page.getByRole('button', { name: m.form.importReplace }).click();
    await expect
      .poll(() => summary.elements().length === 0 || !summary.element().textContent?.includes(m.form.importWaiting))
      .toBe(true);
  });

  it('shows the importer’s notes and its result in the language the form speaks now, not the one it spoke at import', async () => {
    const element = await mount();
    await importText(BEILIU);
    const dated = page.getByLabelText(/^落款日期/);
    await expect.element(dated).toHaveAccessibleDescription(/^待核对 导入提示：没有找到落款日期/);
    await expect
      .element(page.getByRole('status').filter({ hasText: '已导入' }))
      .toHaveTextContent('已导入：4 个章节，2 项数据。');

    element.setAttribute('locale', 'en');
    await element.updateComplete;
    const english = page.getByLabelText(/^Date of issue/);
    await expect.element(english).toHaveAccessibleDescription(/^To confirm Import note: No date of issue found/);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Imported' }))
      .toHaveTextContent('Imported: 4 sections, 2 figures.');
    expect(element.shadowRoot?.textContent).not.toContain('没有找到落款日期');

    element.setAttribute('locale', 'zh-CN');
    await element.updateComplete;
    await expect.element(dated).toHaveAccessibleDescription(/^待核对 导入提示：没有找到落款日期/);
  });

  it('says at once, before and after the choice, that the report imported is another unit’s than the one signed in, and marks its unit 待核对', async () => {
    // The server names the unit its token signs in for (`/api/info`), whatever reports it holds of it.
    const element = await mount(dongcheng(), server.otherUnit);
    const other = '这份报告的单位是“北留镇”，而您登录的单位是“东城镇”：请确认导入的是本单位的报告。';

    await importText(BEILIU);
    const ask = page.getByRole('group', { name: m.form.importAsk });
    await expect.element(ask).toHaveAccessibleDescription(other);
    await ask.getByRole('button', { name: '替换全部' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '已导入' }))
      .toHaveTextContent(`${other}${formatMessage(m.form.imported, { sections: 4, metrics: 2 })}`);
    // Kept in view after the choice: a line of its own, as the warning it is, not the note's small grey type.
    const warning = element.shadowRoot?.querySelector<HTMLElement>('#import-result [role="status"] .unit-warning');
    expect(warning?.textContent).toBe(other);
    expect(getComputedStyle(warning as HTMLElement).display).toBe('block');
    expect(getComputedStyle(warning as HTMLElement).fontWeight).toBe('600');
    const unit = page.getByLabelText(/^单位名称/);
    await expect.element(unit).toHaveValue('北留镇');
    await expect.element(unit).toHaveAccessibleDescription(`待核对 导入提示：${other} 确认单位名称`);
    await expect.element(page.getByRole('button', { name: '确认单位名称' })).toBeVisible();

    // In English too, when the form is switched after the import.
    element.setAttribute('locale', 'en');
    await element.updateComplete;
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Imported' }))
      .toHaveTextContent(/^This report is from “北留镇”, but you are signed in for “东城镇”/);

    // The unit's own report, however its name is written, is not another's.
    element.remove();
    await mount(dongcheng(), server.otherUnit);
    await importText(BEILIU.replaceAll('北留镇', '东城镇 '));
    await page.getByRole('button', { name: '替换全部' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '已导入' }))
      .toHaveTextContent(formatMessage(m.form.imported, { sections: 4, metrics: 2 }));
    await expect.element(page.getByLabelText(/^单位名称/)).not.toHaveAccessibleDescription(/待核对/);
  });

  it('starts a new form with the unit’s own name, as the server names the token’s unit', async () => {
    await mount(undefined, server.otherUnit);
    // (Whatever else the shared server holds of 东城镇's: a returned report opened into the form is its own too.)
    await expect.element(page.getByLabelText(/^单位名称/)).toHaveValue('东城镇');
  });
});

// 只填空白项 over a form a clerk has written in, as the clerk in the county portal met it: the
// imported report's figures of the sections they wrote in were left out without a word.
describe('<law-report-form> filling the blanks of a form the clerk has written in', () => {
  const year = emptyReport().year;
  // 柳林乡's full report: nine figures of 举措 (in three sub-sections), three of 第一责任人, two of 安排, signed.
  const full = `柳林乡${year}年法治政府建设工作情况的报告

一、推进法治政府建设的主要举措和成效
（一）矛盾纠纷化解。全年排查调处矛盾纠纷236件，调解成功率98.5%。办理12345热线转办件218件，办结率100%。
（二）公共法律服务。办理法律援助案件23件，提供法律咨询460人次。
（三）依法决策。重大行政决策12件全部经过合法性审查，审查规范性文件8件。开展普法宣传活动36场。

二、党政主要负责人履行推进法治建设第一责任人职责情况
乡党委理论学习中心组集体学法4次，主要负责人讲法治课2次，听取法治建设工作汇报3次。

三、存在的不足和原因
基层法治力量仍显薄弱。

四、${year + 1}年工作安排
计划开展普法活动不少于40场，矛盾纠纷调解成功率达到98%以上。

五、其他需要报告的情况
无。

柳林乡人民政府
${year + 1}年1月12日`;

  // What the clerk had written: title, 落款 (dated two days earlier), text and four figures in 举措
  // (two of them the report's own: 法律援助23件, 普法36场), text and 学法4次 in 第一责任人.
  function written(): Report {
    const draft = emptyReport();
    draft.title = `柳林乡${year}年法治政府建设情况（初稿）`;
    draft.unit.name = '柳林乡';
    draft.issuer = '柳林乡人民政府';
    draft.issuedOn = `${year + 1}-01-10`;
    const [measures, , duties] = draft.sections;
    measures!.paragraphs = ['全年化解矛盾纠纷，开展普法宣传。'];
    duties!.paragraphs = ['乡党委书记带头学法。'];
    draft.metrics = [
      makeMetric('legalAid.cases', 23, { unit: '件', sectionId: measures!.id }),
      makeMetric('publicity.events', 36, { unit: '场', sectionId: measures!.id }),
      makeMetric('disputes.mediated', 230, { unit: '件', sectionId: measures!.id }),
      makeMetric('legalServices.consultations', 400, { unit: '人次', sectionId: measures!.id }),
      makeMetric('study.sessions', 4, { unit: '次', sectionId: duties!.id }),
    ];
    return draft;
  }

  const result = () => page.getByRole('status').filter({ hasText: '已填入空白项' });

  it('adds no imported figure beside the text the clerk wrote, lists them with where they were and what to do, and says the 落款日期 kept', async () => {
    // A clerk's re-trial: imported 326件 joined a section whose own text said 120件, and the county totalled 326.
    const element = await mount(written());
    await importText(full);
    await page.getByRole('button', { name: '只填空白项' }).click();
    await expect
      .element(result())
      .toHaveTextContent(
        new RegExp(
          `^已填入空白项：0 个字段、3 个章节、2 项数据。3 项数据表单中已有，没有重复填入。另有 9 项数据没有填入：它们是导入报告中“推进法治政府建设的主要举措和成效”.*“党政主要负责人履行推进法治建设第一责任人职责情况”的数字，表单中这些章节是您自己写的正文，数字要与正文一致。如需要这些数字，可重新导入并选择“替换全部”，或在正文中写明后自己添加。这些保留了您填写的内容，没有用导入的：落款日期（导入的是${year + 1}年1月12日）。$`,
        ),
      );
    // What the clerk wrote stands, with their own figures only: the totals follow their text.
    const report = element.value;
    expect(report.issuedOn).toBe(`${year + 1}-01-10`);
    expect(report.sections[0]?.paragraphs).toEqual(['全年化解矛盾纠纷，开展普法宣传。']);
    const inSection = (index: number) =>
      report.metrics.filter((metric) => metric.sectionId === report.sections[index]?.id).map((metric) => metric.value);
    expect(inSection(0).sort((a, b) => a - b)).toEqual([23, 36, 230, 400]);
    expect(inSection(2)).toEqual([4]);
    // The plans came in whole, their text with their figures, to confirm.
    const plans = report.sections.find((section) => section.kind === 'plans');
    expect(report.metrics.filter((metric) => metric.sectionId === plans?.id).map((metric) => metric.value)).toEqual([
      40, 98,
    ]);

    element.setAttribute('locale', 'en');
    await element.updateComplete;
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Empty fields filled' }))
      .toHaveTextContent(
        /9 more figures were not filled in: they belong to .* of the imported report, and you wrote those sections yourself, so figures must agree with your text\. If you want them, import again and choose Replace everything/,
      );
  });
});
