import { formatMessage, type Report } from '@law-report/core/model';
import { makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { stringsOf } from '../internal/locale.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';
import { townReport } from '../internal/town-report.js';

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

// 北留镇's report, signed but undated: the importer guesses the 落款 date and says so beside it.
const BEILIU = `北留镇${YEAR}年法治政府建设工作情况的报告
一、主要举措和成效
全年调解矛盾纠纷18起。
二、存在的不足和原因
基层力量薄弱。
三、党政主要负责人履行推进法治建设第一责任人职责情况
专题研究法治工作3次。
四、${YEAR + 1}年工作安排
继续推进。

北留镇人民政府`;

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
  it('shows the importer’s notes and its result in the language the form speaks now, not the one it spoke at import', async () => {
    const element = await mount();
    await importText(BEILIU);
    const dated = page.getByLabelText(/^落款日期/);
    await expect.element(dated).toHaveAccessibleDescription(/^待核对 导入时推测的值：没有找到落款日期/);
    await expect
      .element(page.getByRole('status').filter({ hasText: '已导入' }))
      .toHaveTextContent('已导入：4 个章节，2 项数据。');

    element.setAttribute('locale', 'en');
    await element.updateComplete;
    const english = page.getByLabelText(/^Date of issue/);
    await expect.element(english).toHaveAccessibleDescription(/^To confirm Guessed on import: No date of issue found/);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Imported' }))
      .toHaveTextContent('Imported: 4 sections, 2 figures.');
    expect(element.shadowRoot?.textContent).not.toContain('没有找到落款日期');

    element.setAttribute('locale', 'zh-CN');
    await element.updateComplete;
    await expect.element(dated).toHaveAccessibleDescription(/^待核对 导入时推测的值：没有找到落款日期/);
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
    const unit = page.getByLabelText(/^单位名称/);
    await expect.element(unit).toHaveValue('北留镇');
    await expect.element(unit).toHaveAccessibleDescription(`待核对 导入时推测的值：${other} 确认单位名称`);
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
