import {
  aggregate,
  chinaToday,
  formatChinaDateTime,
  reportingYear,
  parseCatalog,
  parseRosterCsv,
  unitsCsv,
  type AggregateResult,
  type DeadlineOverrides,
  type Report,
} from '@law-report/core/model';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { openValues } from '../internal/values-rows.js';
// The sample county 青川县, as `npm start` shows it: 16 units on the roster, 14 reports.
import deadlinesJson from '../../../../examples/data/deadlines.json';
import reports2022 from '../../../../examples/data/reports-2022.jsonl?raw';
import reports2023 from '../../../../examples/data/reports-2023.jsonl?raw';
import rosterCsv from '../../../../examples/data/roster.csv?raw';
import { axNodes } from '../internal/ax-tree.js';
import { seriousViolations } from '../internal/axe.js';
import { contrast, focusRing } from '../internal/focus-ring.js';
import { languageOf } from '../internal/language-of.js';
import './define.js';
import type { LawReportDashboardElement } from './law-report-dashboard.js';

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line): unknown => JSON.parse(line));
const roster = parseRosterCsv(rosterCsv).entries;
const deadlines = deadlinesJson as DeadlineOverrides;

async function mount(
  properties: Partial<LawReportDashboardElement> = {},
  attributes: Record<string, string> = {},
): Promise<LawReportDashboardElement> {
  const element = document.createElement('law-report-dashboard');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, { reports: lines(reports2023), roster, deadlines, ...properties });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

// 北山镇's report of a year, with the dates a test gives it.
const beishan = (year: number, dates: Partial<Pick<Report, 'issuedOn' | 'submittedOn' | 'publishedOn'>>) =>
  makeReport({
    year,
    title: `北山镇${year}年法治政府建设工作情况的报告`,
    unit: { name: '北山镇', level: 'town' },
    issuer: '北山镇人民政府',
    ...dates,
  });

// The rows of a table as text, header row first (a chart's table of values inside a cell is no row of its own).
function rowsOf(element: LawReportDashboardElement, region: string): string[][] {
  const table = element.shadowRoot?.querySelector(`[part="${region}"] table`);
  const text = (cell: Element) => {
    const copy = cell.cloneNode(true) as Element;
    for (const values of copy.querySelectorAll('details')) values.remove();
    return copy.textContent?.trim().replace(/\s+/g, ' ') ?? '';
  };
  return [...(table?.querySelectorAll(':scope > thead > tr, :scope > tbody > tr') ?? [])].map((row) =>
    [...row.querySelectorAll(':scope > th, :scope > td')].map(text),
  );
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('<law-report-dashboard>', () => {
  it('labels and totals a town’s own indicators given its extension catalog as JSON, as a script-tag page has it', async () => {
    const grid = (name: string, members: number) =>
      makeReport({
        title: `${name}2023年法治政府建设工作情况的报告`,
        unit: { name, level: 'town' },
        issuer: `${name}人民政府`,
        metrics: [makeMetric('x-longquan.gridMembers', members, { unit: '名', label: '专职网格员' })],
      });
    // The file the CLI's --catalog reads, parsed: a script-tag page has no createCatalog to call.
    const catalog = JSON.parse(
      '{"namespace":"longquan","indicators":[{"name":"gridMembers","label":{"zh-CN":"专职网格员","en":"Full-time grid members"},"units":["名"],"kind":"count","aliases":["网格员"]}]}',
    ) as LawReportDashboardElement['catalog'];
    const element = await mount({
      reports: [grid('东山镇', 40), grid('西山乡', 50)],
      roster: undefined,
      deadlines: undefined,
      catalog,
    });
    expect(rowsOf(element, 'figures').find((row) => row[0]?.startsWith('专职网格员'))).toContain('90名');
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();

    // JSON that is no catalog is said, and the year is still shown, by the built-in catalog.
    element.catalog = JSON.parse('[1, 2]') as LawReportDashboardElement['catalog'];
    await element.updateComplete;
    await expect
      .element(page.getByRole('alert').filter({ hasText: '扩展指标目录有误' }))
      .toHaveTextContent(/暂按内置指标目录显示/);
    expect(element.shadowRoot?.querySelector('[part="apart"]')?.textContent).toContain('x-longquan.gridMembers');
    // No catalog at all is the built-in one, nothing to say.
    element.catalog = undefined;
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    // An aggregate made elsewhere with the catalog (a county's server) names the town's indicators itself.
    const parsed = parseCatalog(catalog);
    if (!parsed.ok) expect.unreachable('the catalog parses');
    element.aggregate = aggregate([grid('东山镇', 40), grid('西山乡', 50)], {
      year: 2023,
      catalog: parsed.catalog,
      unitValues: true,
    });
    await element.updateComplete;
    expect(rowsOf(element, 'figures').find((row) => row[0]?.startsWith('专职网格员'))).toContain('90名');
  });

  it('shows the three rates over the roster', async () => {
    await mount();
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('2023年法治政府建设年度报告报送情况');
    const tiles = page.getByRole('definition');
    await expect.element(tiles.nth(0)).toHaveTextContent('87.5% 14 / 16 个单位');
    await expect.element(tiles.nth(1)).toHaveTextContent('62.5% 10 / 16 个单位');
    await expect.element(tiles.nth(2)).toHaveTextContent('75.0% 12 / 16 个单位');
  });

  it('says it is reading a server’s year until it comes, and says in Chinese when the server cannot be reached', async () => {
    // Nothing listens on port 9 of this machine: the request fails as it does offline.
    const element = await mount({ reports: undefined, roster: undefined }, { endpoint: 'http://127.0.0.1:9/api' });
    expect(element.shadowRoot?.textContent).toContain('正在从报送服务器读取报送情况');
    expect(element.shadowRoot?.textContent).not.toContain('还没有报告');
    await expect
      .element(page.getByText('连不上县里的报送服务器，请检查网络后刷新页面。', { exact: false }))
      .toBeInTheDocument();
    expect(element.shadowRoot?.textContent).not.toContain('Failed to fetch');
  });

  it('lists the units to notify: missing, late with days late, not published', async () => {
    await mount();
    const list = (name: string) => page.getByRole('region', { name }).getByRole('listitem');
    expect(
      list('未报送')
        .elements()
        .map((item) => item.textContent),
    ).toEqual(['北山镇', '青川县生态环境局']);
    expect(
      list('逾期报送')
        .elements()
        .map((item) => item.textContent),
    ).toEqual(['石门镇（逾期 11 天）', '柳林乡（逾期 22 天）', '杨村乡（逾期 9 天）', '滨河街道（逾期 12 天）']);
    expect(
      list('未公开')
        .elements()
        .map((item) => item.textContent),
    ).toEqual(['柳林乡', '青川县公安局']);
  });

  it('does not list a unit to notify for 公开 before the publication deadline: 尚未公开, with the day it is due', async () => {
    // This year's reports: their publication is due on 4月1日 next year, always after today.
    const year = Number(chinaToday().slice(0, 4));
    const report = beishan(year, { issuedOn: `${year}-12-01` });
    await mount({ reports: [report], roster: undefined, deadlines: undefined });
    const heading = `尚未公开（${year + 1}年4月1日前公开即可）`;
    await expect.element(page.getByRole('region', { name: heading }).getByRole('listitem')).toHaveTextContent('北山镇');
    expect(page.getByRole('region', { name: '未公开', exact: true }).elements()).toHaveLength(0);
  });

  it('does not list a unit to notify for 报送 before its deadline: 尚未报送, with the day it is due', async () => {
    // This year's roster: the towns' reports are due next year, always after today.
    const year = Number(chinaToday().slice(0, 4));
    const report = beishan(year, { issuedOn: `${year}-12-01` });
    const element = await mount({
      reports: [report],
      roster: [
        { name: '北山镇', level: 'town' },
        { name: '石门镇', level: 'town' },
      ],
      deadlines: { submit: { town: '01-31' } },
    });
    const due = page.getByRole('region', { name: '尚未报送（截止日期未到）' }).getByRole('listitem');
    await expect.element(due).toHaveTextContent(`石门镇（${year + 1}年1月31日前报送即可）`);
    await expect.element(page.getByRole('region', { name: '未报送', exact: true })).toHaveTextContent('无');
    expect(rowsOf(element, 'units').find((row) => row[0] === '石门镇')?.[1]).toBe('未报送（未到截止日期）');
    // The rates count 石门镇 as not reported for now, and say so under them.
    await expect
      .element(page.getByText(/三项比率暂按未报送计/))
      .toHaveTextContent('其中 1 个单位尚未报送、截止日期未到，三项比率暂按未报送计。');
  });

  it('lists a report published after its deadline as 逾期公开 with its days, and says so in its row', async () => {
    const report = beishan(2023, { issuedOn: '2024-01-10', submittedOn: '2024-01-10', publishedOn: '2024-04-11' });
    const element = await mount({ reports: [report], roster: undefined, deadlines: undefined });
    await expect
      .element(page.getByRole('region', { name: '逾期公开' }).getByRole('listitem'))
      .toHaveTextContent('北山镇（逾期 10 天）');
    expect(rowsOf(element, 'units').find((row) => row[0] === '北山镇')?.[1]).toBe('已报送 · 逾期公开 10 天');
  });

  it('lists every unit of the roster in its order, with status, dates as people read them and completeness', async () => {
    const element = await mount();
    const rows = rowsOf(element, 'units');
    expect(rows[0]).toEqual(['单位', '状态', '报送日期', '截止日期', '逾期天数', '完整度']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(roster.map((unit) => unit.name));
    expect(rows.find((row) => row[0] === '柳林乡')).toEqual([
      '柳林乡',
      '逾期',
      '2024年2月22日',
      '2024年1月31日',
      '22',
      '70%',
    ]);
    expect(rows.find((row) => row[0] === '北山镇')).toEqual(['北山镇', '未报送', '—', '2024年1月31日', '—', '0%']);
    // In English, the day as core writes it there.
    element.locale = 'en';
    await element.updateComplete;
    expect(
      rowsOf(element, 'units')
        .find((row) => row[0] === '柳林乡')
        ?.slice(2, 4),
    ).toEqual(['2024-02-22', '2024-01-31']);
  });

  it('sorts by 报送日期 by the day, not by how it is written (2月9日 before 2月11日)', async () => {
    const element = await mount();
    await page.getByRole('button', { name: '报送日期', exact: true }).click();
    const late = rowsOf(element, 'units')
      .slice(1)
      .filter((row) => row[2]?.startsWith('2024年2月'))
      .map((row) => row[2]);
    expect(late).toEqual(['2024年2月8日', '2024年2月9日', '2024年2月11日', '2024年2月12日', '2024年2月22日']);
  });

  it('says under the units table how 完整度 is counted, each part with what it adds', async () => {
    const element = await mount();
    const summary = page.getByRole('region', { name: '各单位报送情况' }).getByText('完整度怎么算');
    await summary.click();
    const parts = element.shadowRoot?.querySelectorAll('[part="units"] details.completeness li') ?? [];
    await expect.element(page.getByRole('listitem').filter({ hasText: '已公开 +20%' })).toBeVisible();
    expect([...parts].map((item) => item.textContent)).toEqual([
      '法定内容（举措和成效、不足和原因、第一责任人职责、下一年度安排）每有一项 +15%',
      '写有至少一个数字（如“化解矛盾纠纷58起”）+10%',
      '已做保密审查 +10%',
      '已公开 +20%',
    ]);
  });

  it('sorts by any column from the keyboard, says so with aria-sort, and keeps empty cells last', async () => {
    const element = await mount();
    const button = page.getByRole('button', { name: '逾期天数', exact: true });
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const header = () => element.shadowRoot?.querySelector('[part="units"] th[aria-sort]:not([aria-sort="none"])');
    expect(header()?.getAttribute('aria-sort')).toBe('ascending');
    let names = rowsOf(element, 'units')
      .slice(1)
      .map((row) => row[0]);
    expect(names.slice(-2)).toEqual(['北山镇', '青川县生态环境局']);
    await userEvent.keyboard('{Enter}');
    expect(header()?.getAttribute('aria-sort')).toBe('descending');
    names = rowsOf(element, 'units')
      .slice(1)
      .map((row) => row[0]);
    expect(names.slice(0, 4)).toEqual(['柳林乡', '滨河街道', '石门镇', '杨村乡']);
    expect(names.slice(-2)).toEqual(['北山镇', '青川县生态环境局']);
    expect(element.shadowRoot?.activeElement).toBe(button.element());
  });

  it('sorts the year’s figures by total, and marks a total with 以上 as a lower bound, as the summary writes a figure', async () => {
    const element = await mount();
    await page.getByRole('button', { name: '合计', exact: true }).click();
    await page.getByRole('button', { name: '合计', exact: true }).click();
    const rows = rowsOf(element, 'figures').slice(1);
    expect(rows[0]?.slice(0, 3)).toEqual(['法律咨询', '22696人次以上', '14']);
    expect(rows.find((row) => row[0] === '法治建设经费投入')?.[1]).toBe('604万元以上');
    await expect.element(page.getByText(/“以上”是下限/)).toBeVisible();
  });

  it('draws one bar per reporting unit for each indicator, described for screen readers', async () => {
    await mount();
    const chart = page.getByRole('img', { name: /^各单位排查矛盾纠纷：14 个单位报了此项，最小 10，最大 113$/ });
    await expect.element(chart).toBeVisible();
    expect(chart.element().querySelectorAll('rect')).toHaveLength(14);
  });

  it('exports the units table as on screen: the CLI’s sheet, a BOM, the sorted order, then the 合计 row', async () => {
    const element = await mount();
    await page.getByRole('button', { name: '单位', exact: true }).click();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:law-report-test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await page.getByRole('button', { name: '导出 CSV' }).click();
      // The sheet's code loads with the first export.
      await expect.poll(() => blobs.length).toBe(1);
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
    expect(blobs).toHaveLength(1);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]?.arrayBuffer());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const names = rowsOf(element, 'units')
      .slice(1)
      .map((row) => row[0]);
    const result = aggregate(lines(reports2023), { year: 2023, roster, deadlines, unitValues: true });
    const byName = new Map(result.unitsDetail.map((unit) => [unit.name, unit]));
    expect(csv).toBe(
      unitsCsv(result, { units: names.map((name) => byName.get(name ?? '')).filter((unit) => unit !== undefined) }),
    );
    const rows = csv.split('\r\n');
    // Notes (what is not in the columns) may follow the 合计 row.
    const total = rows.findIndex((row) => row.startsWith('合计,'));
    expect(rows.slice(1, total).map((row) => row.split(',')[0])).toEqual(names);
    expect(total).toBeGreaterThan(0);
    // Reports given by the page have no review: no 审核状态 column.
    expect(rows[0]).not.toContain('审核状态');
  });

  it('opens a unit’s summary from its name, and returns focus when it closes', async () => {
    const element = await mount();
    const name = page.getByRole('button', { name: '东河镇', exact: true });
    await name.click();
    const dialog = page.getByRole('dialog', { name: '东河镇' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByRole('heading', { name: '东河镇2023年法治政府建设年度报告' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    expect(element.shadowRoot?.activeElement).toBe(name.element());
  });

  it('shows the change from last year when given last year’s reports', async () => {
    const element = await mount({ previous: lines(reports2022) });
    const rows = rowsOf(element, 'figures');
    expect(rows[0]).toContain('同比（较2022年）');
    await expect.element(page.getByText(/同比只比较两年都报了该项的单位/)).toBeVisible();
    const column = rows[0]?.indexOf('同比（较2022年）') ?? -1;
    expect(rows.slice(1).some((row) => /^(增加|减少)\d/.test(row[column] ?? ''))).toBe(true);
    // An approximate change says so in words: 约增加3877, never 约+3877 or +约3877.
    const approximate = rows
      .slice(1)
      .map((row) => row[column] ?? '')
      .filter((cell) => cell.startsWith('约'));
    expect(approximate.length).toBeGreaterThan(0);
    for (const cell of approximate) expect(cell).toMatch(/^约(增加|减少)\d/);
  });

  it('keeps running totals and targets apart from the year’s totals', async () => {
    const town = (name: string, metrics: Report['metrics']) =>
      makeReport({ unit: { name, level: 'town' }, issuer: `${name}人民政府`, metrics });
    const element = await mount({
      roster: undefined,
      deadlines: undefined,
      reports: [
        town('东镇', [
          makeMetric('disputes.handled', 10, { unit: '起' }),
          makeMetric('disputes.handled', 300, { unit: '起', scope: 'cumulative' }),
        ]),
        town('西镇', [
          makeMetric('disputes.handled', 5, { unit: '起' }),
          makeMetric('disputes.handled', 20, { unit: '起', scope: 'target' }),
          makeMetric('disputes.mediationRate', 95, { unit: '%', scope: 'target' }),
        ]),
        town('南镇', [makeMetric('disputes.mediationRate', 100, { unit: '%', scope: 'target' })]),
      ],
    });
    expect(rowsOf(element, 'figures').find((row) => row[0] === '排查矛盾纠纷')?.[1]).toBe('15起');
    const apart = page.getByRole('region', { name: '单列的数据' });
    await expect.element(apart.getByRole('table', { name: /累计/ })).toHaveTextContent('300起');
    await expect.element(apart.getByRole('table', { name: /^工作目标/ })).toHaveTextContent('20起');
    // A target rate is each unit's own aim: its range as set, never a sum (the CSV's notes say the same).
    await expect
      .element(apart.getByRole('table', { name: /^目标比率/ }).getByRole('row', { name: /矛盾纠纷调解率/ }))
      .toHaveTextContent(/^\s*矛盾纠纷调解率\s*95%至100%\s*2\s*$/);
  });

  it('shows an aggregate computed elsewhere, without click-through', async () => {
    const result = aggregate(lines(reports2023), { year: 2023, roster, deadlines, unitValues: true });
    const element = await mount({ reports: undefined, aggregate: result });
    expect(rowsOf(element, 'units').slice(1)).toHaveLength(16);
    expect(page.getByRole('button', { name: '城关镇', exact: true }).elements()).toHaveLength(0);
  });

  it('marks a total that holds a figure its unit was warned about, and lists the figure with what the unit was told', async () => {
    const result = aggregate(lines(reports2023), { year: 2023, roster, deadlines, unitValues: true });
    // As law-report serve's aggregate names them: 西河镇's 法律咨询 above a town's plausible range, totalled with the rest.
    const told = '“法律咨询”为 250000 人次：按乡镇（街道）的规模，一年一般不超过 10万 人次，请核对。';
    const served = {
      ...result,
      figureWarnings: [
        {
          unit: '西河镇',
          id: 'r1',
          version: 1,
          issues: [
            {
              code: 'implausible_for_level',
              severity: 'warning',
              path: ['metrics', 3, 'value'],
              message: told,
              messages: { 'zh-CN': told, en: 'Legal consultations: 250000.' },
            },
            // Not in the totals (the smaller of a figure stated twice, a target, another measure word): not marked.
            {
              code: 'counted_once',
              severity: 'warning',
              path: ['metrics', 4, 'value'],
              message: '只计一次',
              messages: { 'zh-CN': '只计一次', en: 'once' },
            },
            // About the figures as a whole: no figure to mark.
            {
              code: 'x',
              severity: 'warning',
              path: ['metrics'],
              message: '整体',
              messages: { 'zh-CN': '整体', en: 'all' },
            },
          ],
          figures: [
            {
              indicator: 'legalServices.consultations',
              label: '法律咨询',
              value: 250000,
              unit: '人次',
              qualifier: 'exact',
              counted: true,
            },
            {
              indicator: 'publicity.events',
              label: '开展普法活动',
              value: 3,
              unit: '场',
              qualifier: 'exact',
              counted: false,
            },
            null,
          ],
        },
      ],
    };
    const element = await mount({ reports: undefined, aggregate: served as AggregateResult });
    const rows = rowsOf(element, 'figures');
    const marked = rows.filter((row) => row[0]?.includes('含待核实的数据'));
    expect(marked).toHaveLength(1);
    expect(marked[0]?.[0]).toMatch(/^法律咨询/);
    const list = page.getByRole('group', { name: /^待核实的数据/ });
    await expect.element(list).toHaveTextContent(`西河镇：法律咨询 250000人次。${told}`);
    expect(list.element().querySelectorAll('li')).toHaveLength(1);
    // A total with nothing warned about stays unmarked; an aggregate made elsewhere marks nothing.
    expect(
      rows.filter((row) => row[0]?.startsWith('开展普法') || row[0]?.startsWith('普法'))[0]?.[0] ?? '',
    ).not.toContain('含待核实');
    element.aggregate = result;
    await element.updateComplete;
    expect(rowsOf(element, 'figures').filter((row) => row[0]?.includes('含待核实的数据'))).toHaveLength(0);
    expect(page.getByRole('group', { name: /^待核实的数据/ }).elements()).toHaveLength(0);
  });

  it('switches to English with locale="en"', async () => {
    await mount({}, { locale: 'en' });
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('Rule-of-law government reports for 2023');
    await expect.element(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
    await expect.element(page.getByRole('definition').nth(0)).toHaveTextContent('87.5% 14 of 16 units');
  });

  it('writes English brackets and colons in English, full-width ones only in Chinese', async () => {
    const english = await mount({ previous: lines(reports2022) }, { locale: 'en' });
    await expect.element(page.getByRole('heading', { name: 'Missing (2)', level: 4 })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Late (4)', level: 4 })).toBeVisible();
    await expect.element(page.getByRole('columnheader', { name: 'Change (vs 2022)' })).toBeVisible();
    await expect
      .element(page.getByRole('img', { name: /^Disputes identified by unit: 14 units gave it, from 10 to 113$/ }))
      .toBeVisible();
    // What the English view writes itself (the units' Chinese names aside) has no full-width bracket or colon.
    const written = (element: LawReportDashboardElement) => {
      const root = element.shadowRoot;
      const labels = [...(root?.querySelectorAll('[aria-label]') ?? [])].map((node) => node.getAttribute('aria-label'));
      return [root?.textContent ?? '', ...labels].join('\n');
    };
    expect(written(english)).not.toMatch(/[（）：]/);
    english.remove();
    const chinese = await mount({ previous: lines(reports2022) });
    await expect.element(page.getByRole('heading', { name: '未报送（2）', level: 4 })).toBeVisible();
    await expect.element(page.getByRole('columnheader', { name: '同比（较2022年）' })).toBeVisible();
    expect(written(chinese)).toMatch(/逾期报送（4）/);
  });

  it('says what is wrong with bad deadline overrides instead of breaking', async () => {
    await mount({ deadlines: { submit: { town: '13-45' } } as unknown as DeadlineOverrides });
    await expect.element(page.getByRole('alert')).toBeVisible();
  });

  it('never inserts unit names as HTML', async () => {
    const markup = '<img src=x onerror="window.__xss=1">';
    const element = await mount({
      roster: undefined,
      deadlines: undefined,
      reports: [makeReport({ unit: { name: `东镇${markup}`, level: 'town' } })],
    });
    await expect.element(page.getByRole('button', { name: `东镇${markup}`, exact: true })).toBeVisible();
    expect(element.shadowRoot?.querySelector('img')).toBeNull();
  });

  it('takes a year set from script as text, as the attribute gives it', async () => {
    const element = await mount({ previous: lines(reports2022) });
    (element as { year: unknown }).year = '2022';
    await element.updateComplete;
    expect(element.year).toBe(2022);
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toContain('2022');
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    // Text that is no year is left as it is (and said), never made NaN.
    (element as { year: unknown }).year = '2023年';
    await element.updateComplete;
    expect(element.year).toBe('2023年');
  });

  it('does not scroll sideways at 375 px: wide tables scroll in their own region', async () => {
    await page.viewport(375, 800);
    try {
      const element = await mount({ previous: lines(reports2022) });
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
      // Another town's indicators with no catalog to label them: their keys have nowhere to break.
      element.reports = [
        ...lines(reports2023),
        makeReport({
          title: '北山镇2023年法治政府建设工作情况的报告',
          unit: { name: '北山镇', level: 'town' },
          issuer: '北山镇人民政府',
          metrics: [
            makeMetric('x-longquan.fullTimeGridMembersTrained', 40, { unit: '名', label: '专职网格员' }),
            makeMetric('x-longquan.mediationRoomsBuilt', 3, { unit: '处', label: '调解室', scope: 'cumulative' }),
          ],
        }),
      ];
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part="apart"]')?.textContent).toContain(
        'x-longquan.fullTimeGridMembersTrained',
      );
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('shows focus with two rings, one of them at least 3:1 on white and on dark grey', async () => {
    await mount();
    await userEvent.keyboard('{Tab}');
    const button = page.getByRole('button', { name: '导出 CSV' }).element();
    expect(button.matches(':focus-visible')).toBe(true);
    const region = page.getByRole('group', { name: /^各单位报送情况/ }).element();
    for (const focused of [button, region]) {
      const ring = focusRing(focused);
      expect(ring.outer).toBeDefined();
      expect(ring.bothShow).toBe(true);
      for (const background of ['rgb(255, 255, 255)', 'rgb(51, 51, 51)']) {
        expect(
          Math.max(contrast(ring.inner, background), contrast(ring.outer ?? ring.inner, background)),
        ).toBeGreaterThanOrEqual(3);
      }
      await userEvent.keyboard('{Tab}');
    }
  });

  it('says which language it speaks, and reads unit names and measure words as Chinese on an English page', async () => {
    document.documentElement.lang = 'en';
    const chinese = await mount();
    expect(languageOf(page.getByRole('heading', { level: 2 }).element())).toBe('zh-CN');
    chinese.remove();
    await mount({}, { locale: 'en' });
    expect(languageOf(page.getByRole('heading', { level: 2 }).element())).toBe('en');
    expect(languageOf(page.getByRole('columnheader', { name: 'Unit', exact: true }).first().element())).toBe('en');
    expect(languageOf(page.getByRole('button', { name: '城关镇', exact: true }).element())).toBe('zh-CN');
    expect(languageOf(page.getByRole('region', { name: 'Missing' }).getByText('北山镇').element())).toBe('zh-CN');
    expect(languageOf(page.getByRole('region', { name: 'Late' }).getByText('石门镇').element())).toBe('zh-CN');
    expect(
      languageOf(
        page
          .getByRole('region', { name: /Statutory contents/ })
          .getByRole('rowheader', { name: '城关镇' })
          .element(),
      ),
    ).toBe('zh-CN');
    expect(languageOf(page.getByText('人次', { exact: true }).first().element())).toBe('zh-CN');
  });

  it('names sortable column headers by their text, with aria-sort on the header', async () => {
    await mount();
    const header = page.getByRole('columnheader', { name: '逾期天数', exact: true });
    await expect.element(header).toHaveAttribute('aria-sort', 'none');
    await header.getByRole('button').click();
    await expect.element(header).toHaveAttribute('aria-sort', 'ascending');
    expect(page.getByRole('button', { name: /排序/ }).elements()).toHaveLength(0);
    await expect
      .element(page.getByRole('columnheader', { name: '合计', exact: true }).first())
      .toHaveAttribute('aria-sort', 'none');
  });

  it('names a unit’s button by the unit, the action said by its description', async () => {
    await mount();
    const button = page.getByRole('button', { name: '城关镇', exact: true });
    await expect.element(button).toHaveAccessibleDescription('查看报告');
    expect(page.getByRole('button', { name: /查看报告/ }).elements()).toHaveLength(0);
  });

  it('gives every table a caption, and nests no region in a section of the same name', async () => {
    const dashboard = await mount({ previous: lines(reports2022) });
    const element = () => dashboard;
    // Those of the charts' values too, made when their disclosure is opened.
    for (const details of element().shadowRoot?.querySelectorAll<HTMLDetailsElement>('details.values') ?? [])
      details.open = true;
    await expect.poll(() => element().shadowRoot?.querySelectorAll('details.values table').length).toBeGreaterThan(5);
    const tables = [...(element().shadowRoot?.querySelectorAll('table') ?? [])];
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables)
      expect(table.querySelector(':scope > caption')?.textContent?.trim(), table.outerHTML.slice(0, 80)).toBeTruthy();
    const regions = (await axNodes()).filter((node) => node.role === 'region').map((node) => node.name);
    expect(regions.length).toBeGreaterThan(3);
    expect(new Set(regions).size).toBe(regions.length);
  });

  it('puts each chart’s values in a table a keyboard reaches, beside the chart', async () => {
    const element = await mount();
    const chart = page.getByRole('img', { name: /^各单位排查矛盾纠纷：/ });
    const bars = [...chart.element().querySelectorAll('title')].map((title) => title.textContent);
    const names = (await axNodes()).filter((node) => node.role === 'DisclosureTriangle').map((node) => node.name);
    expect(names).toContain('各单位数值：排查矛盾纠纷');
    expect(new Set(names).size).toBe(names.length);
    const values = page.getByRole('table', { name: '各单位排查矛盾纠纷' });
    expect(values.elements()).toHaveLength(0);
    // Tab to the disclosure beside the chart, as a keyboard user would, and open it.
    const disclosure = chart.element().parentElement?.querySelector('summary');
    for (let presses = 0; presses < 100 && element.shadowRoot?.activeElement !== disclosure; presses += 1)
      await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot?.activeElement).toBe(disclosure);
    await userEvent.keyboard('{Enter}');
    await expect.element(values).toBeVisible();
    const rows = [...values.element().querySelectorAll(':scope > tbody > tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()).join('：'),
    );
    expect(rows).toEqual(bars);
  });

  it('shows beside each unit’s figure the sentence it was read from, once the values are opened', async () => {
    const quoted = (name: string, handled: number) =>
      makeReport({
        title: `${name}2023年法治政府建设工作报告`,
        unit: { name, level: 'town' },
        issuer: `${name}人民政府`,
        metrics: [
          makeMetric('disputes.handled', handled, {
            unit: '起',
            source: { start: 0, end: 4, quote: `全年排查化解矛盾纠纷${handled}起。` },
          }),
          makeMetric('disputes.handled', 30, {
            unit: '起',
            scope: 'cumulative',
            source: { start: 9, end: 12, quote: '三年累计30起。' },
          }),
        ],
      });
    const element = await mount({ reports: [quoted('东岭镇', 12), quoted('西河乡', 7)], roster: undefined });
    const rows = await openValues(element, '排查矛盾纠纷');
    await expect.poll(rows).toEqual([
      ['单位', '数值', '原文'],
      ['东岭镇', '12起', '全年排查化解矛盾纠纷12起。'],
      ['西河乡', '7起', '全年排查化解矛盾纠纷7起。'],
    ]);
  });

  it('numbers the headings of a unit’s summary on from the dialog’s', async () => {
    await mount();
    await page.getByRole('button', { name: '城关镇', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '城关镇' });
    await expect.element(dialog.getByRole('heading', { level: 3 })).toHaveTextContent('城关镇');
    await expect
      .element(dialog.getByRole('heading', { level: 4 }))
      .toHaveTextContent('城关镇2023年法治政府建设年度报告');
    expect(dialog.getByRole('heading', { level: 5 }).elements().length).toBeGreaterThanOrEqual(3);
    expect(dialog.getByRole('heading', { level: 2 }).elements()).toHaveLength(0);
  });

  it('has no serious accessibility violations, with the dialog open, a chart’s values shown, and in English', async () => {
    const element = await mount({ previous: lines(reports2022) });
    expect(await seriousViolations(element)).toEqual([]);
    await page.getByText('各单位数值').first().click();
    expect(await seriousViolations(element)).toEqual([]);
    await page.getByRole('button', { name: '城关镇', exact: true }).click();
    await expect.element(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(element)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    element.locale = 'en';
    await element.updateComplete;
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('loads the live aggregate from a collection server (endpoint), or says why it cannot', async () => {
    const server = inject('collectionServer');
    // One unit has reported, whatever other test files have sent already.
    const report = makeReport({
      unit: { name: '东城镇', level: 'town' },
      issuer: '东城镇人民政府',
      title: '东城镇2023年法治政府建设工作情况的报告',
    });
    await fetch(`${server.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.otherUnit}`, 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    const element = document.createElement('law-report-dashboard');
    element.setAttribute('year', '2023');
    element.setAttribute('endpoint', server.endpoint);
    element.token = server.reviewer;
    document.body.append(element);
    await expect.poll(() => element.result?.units.expected).toBe(2);
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('2023年法治政府建设年度报告报送情况');
    // What 按时 was judged by, from the server (no deadlines stored: the statutory ones).
    await expect
      .element(
        page.getByText(
          /^按时与否按国家规定的截止日期判断：乡镇（街道）\d{4}年\d{1,2}月\d{1,2}日、政府部门\d{4}年\d{1,2}月\d{1,2}日前报送，\d{4}年4月1日前公开。$/,
        ),
      )
      .toBeVisible();
    // What 按时 was judged by, from the server (no deadlines stored: the statutory ones).
    await expect
      .element(
        page.getByText(
          /^按时与否按国家规定的截止日期判断：乡镇（街道）\d{4}年\d{1,2}月\d{1,2}日、政府部门\d{4}年\d{1,2}月\d{1,2}日前报送，\d{4}年4月1日前公开。$/,
        ),
      )
      .toBeVisible();
    // A reported unit's name fetches its report from the server for the summary.
    await page.getByRole('button', { name: '东城镇', exact: true }).click();
    await expect
      .element(
        page
          .getByRole('dialog', { name: '东城镇' })
          .getByRole('heading', { level: 4, name: '东城镇2023年法治政府建设年度报告' }),
      )
      .toBeVisible();
    await userEvent.keyboard('{Escape}');
    const refused = document.createElement('law-report-dashboard');
    refused.setAttribute('year', '2023');
    refused.setAttribute('endpoint', server.endpoint);
    refused.token = server.unit;
    document.body.append(refused);
    await expect.element(page.getByRole('alert')).toHaveTextContent('这个令牌无权做这件事');
  });
});

// The county's year against a real collection server (tests/setup/collection-server.ts), whose
// roster is 北留镇 and 东城镇. The reports are on 2019 and 2020, years no other test file sends, so
// their states are this block's own (other files' years are on the server too, and offered).
describe('<law-report-dashboard> from a collection server', () => {
  const server = inject('collectionServer');
  const reviewer = { authorization: `Bearer ${server.reviewer}` };
  const town = (name: '北留镇' | '东城镇', year: number, handled: number) =>
    makeReport({
      year,
      title: `${name}${year}年法治政府建设工作情况的报告`,
      unit: { name, level: 'town' },
      issuer: `${name}人民政府`,
      issuedOn: `${year + 1}-01-20`,
      metrics: [makeMetric('disputes.handled', handled, { unit: '起' })],
    });
  const submit = async (token: string, report: Report): Promise<string> => {
    const response = await fetch(`${server.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  let returned = '';

  beforeAll(async () => {
    // 2019: 北留镇 only. 2020: both, and 东城镇's returned by the county with a reason.
    await submit(server.unit, town('北留镇', 2019, 8));
    await submit(server.unit, town('北留镇', 2020, 10));
    returned = await submit(server.otherUnit, town('东城镇', 2020, 5));
    const answer = await fetch(`${server.endpoint}/reports/${returned}/return`, {
      method: 'POST',
      headers: { ...reviewer, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '请补充矛盾纠纷数据的来源' }),
    });
    expect(answer.status).toBe(200);
  });

  async function mountServed(attributes: Record<string, string> = {}): Promise<LawReportDashboardElement> {
    const element = document.createElement('law-report-dashboard');
    for (const [name, value] of Object.entries({ endpoint: server.endpoint, ...attributes }))
      element.setAttribute(name, value);
    element.token = server.reviewer;
    document.body.append(element);
    await expect.poll(() => element.result?.unitsDetail.length).toBe(2);
    return element;
  }
  // The units listed under 需要通报 · 未报送, as read.
  const listedMissing = () =>
    page
      .getByRole('region', { name: '未报送' })
      .getByRole('listitem')
      .elements()
      .map((item) => item.textContent);
  const statusOf = (element: LawReportDashboardElement, unit: string) =>
    rowsOf(element, 'units').find((row) => row[0] === unit)?.[1];

  it('shows the review’s status beside each unit’s, and a returned unit as 已退回, not reported and out of the totals', async () => {
    const element = await mountServed({ year: '2020' });
    expect(rowsOf(element, 'units')[0]?.[1]).toBe('状态');
    expect(statusOf(element, '北留镇')).toMatch(/^(逾期|已报送|未公开) · 已提交$/);
    expect(statusOf(element, '东城镇')).toBe('已退回 · 未计入');
    await expect.element(page.getByRole('definition').nth(0)).toHaveTextContent('50.0% 1 / 2 个单位');
    expect(
      rowsOf(element, 'figures')
        .find((row) => row[0] === '排查矛盾纠纷')
        ?.slice(1, 3),
    ).toEqual(['10起', '1']);
    expect(listedMissing()).toEqual(['东城镇（已退回）']);
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(
        '2020年的报送率和合计计入已提交、已备案和已公开的报告；已退回的报告不计入，单位改好重新报送后计入。同比的上一年按同样的口径计算。',
      );
  });

  it('totals only filed and published reports at the flick of a labelled switch, saying so, focus kept', async () => {
    const element = await mountServed({ year: '2020' });
    const switch_ = page.getByRole('group', { name: '计入报送率和合计的报告' });
    await expect.element(switch_.getByRole('radio', { name: '已报送的（含待审核的）' })).toBeChecked();
    const filed = switch_.getByRole('radio', { name: '只计已备案、已公开的' });
    await filed.click();
    // Not the note of the other switch: a report submitted and not yet filed is not counted here either.
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(
        '2020年的报送率和合计只计入已备案和已公开的报告；已提交、还没备案的报告和已退回的报告都不计入，县里备案后计入（是否逾期也在计入后判断）。同比的上一年按同样的口径计算。',
      );
    await expect.element(page.getByRole('definition').nth(0)).toHaveTextContent('0.0% 0 / 2 个单位');
    expect(statusOf(element, '北留镇')).toBe('已提交 · 未计入');
    expect(rowsOf(element, 'figures').find((row) => row[0] === '排查矛盾纠纷')).toBeUndefined();
    // 北留镇 sent its report; the county has not filed it: the county's to file, not a unit to notify (clerk's trial:
    // a 通报 listed a unit that had reported on time).
    expect(listedMissing()).toEqual(['东城镇（已退回）']);
    await expect
      .element(page.getByText(/^另有 1 个单位已经报送、县里还没有备案/))
      .toHaveTextContent('另有 1 个单位已经报送、县里还没有备案：只计已备案的报告时不计入，也不必通报：北留镇。');
    expect(element.getAttribute('count-from')).toBe('filed');
    expect(element.shadowRoot?.activeElement).toBe(filed.element());
    // And back, from the keyboard.
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(page.getByRole('definition').nth(0)).toHaveTextContent('50.0% 1 / 2 个单位');
    expect(element.shadowRoot?.activeElement).toBe(
      switch_.getByRole('radio', { name: '已报送的（含待审核的）' }).element(),
    );
  });

  it('offers the years the server holds, the year being reported first, and compares with the server’s own year before, if any', async () => {
    const element = await mountServed({ year: '2020' });
    const select = page.getByRole('combobox', { name: '年度' });
    const years = [...(select.element() as HTMLSelectElement).options].map((option) => option.textContent?.trim());
    expect(years[0]).toBe(`${reportingYear()}年`);
    expect(years).toContain('2020年');
    expect(years).toContain('2019年');
    expect(years.slice(1)).toEqual([...years.slice(1)].sort().reverse());
    expect((select.element() as HTMLSelectElement).value).toBe('2020');
    // 2020 against the server's 2019: 北留镇 gave 8 then 10.
    const rows = rowsOf(element, 'figures');
    const column = rows[0]?.indexOf('同比（较2019年）') ?? -1;
    expect(column).toBeGreaterThan(0);
    expect(rows.find((row) => row[0] === '排查矛盾纠纷')?.[column]).toBe('增加2（25%）；1 个单位两年都有此项');
    // 2019 has no year before on the server: no comparison, and the page says why.
    (select.element() as HTMLElement).focus();
    await userEvent.selectOptions(select, '2019');
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('2019年法治政府建设年度报告报送情况');
    expect(rowsOf(element, 'figures')[0]?.some((cell) => cell.startsWith('同比'))).toBe(false);
    await expect.element(page.getByText(/服务器上没有2018年的报告，不作同比。/)).toBeVisible();
    expect(element.getAttribute('year')).toBe('2019');
    expect(element.shadowRoot?.activeElement).toBe(select.element());
  });

  it('keeps the years and the year’s select, focused, when a year chosen cannot be read, saying why', async () => {
    const element = await mountServed({ year: '2020' });
    const select = page.getByRole('combobox', { name: '年度' });
    (select.element() as HTMLElement).focus();
    const real = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await userEvent.selectOptions(select, '2019');
      await expect.element(page.getByRole('alert')).toHaveTextContent('连不上县里的报送服务器，请检查网络后刷新页面。');
      await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('2019年');
      expect(element.shadowRoot?.activeElement).toBe(select.element());
      expect((select.element() as HTMLSelectElement).value).toBe('2019');
    } finally {
      window.fetch = real;
    }
    // The network back, the year chosen again is read.
    await userEvent.selectOptions(select, '2020');
    await expect.poll(() => element.result?.year).toBe(2020);
  });

  it('ignores last year’s reports given as `previous` when the server serves', async () => {
    const element = document.createElement('law-report-dashboard');
    // A 2018 the server does not hold: the page's own, never compared with the server's 2019.
    element.previous = [town('北留镇', 2018, 1000)];
    element.setAttribute('year', '2019');
    element.setAttribute('endpoint', server.endpoint);
    element.token = server.reviewer;
    document.body.append(element);
    await expect.poll(() => element.result?.year).toBe(2019);
    expect(rowsOf(element, 'figures')[0]?.some((cell) => cell.startsWith('同比'))).toBe(false);
  });

  it('shows a returned unit’s review history and the reason, in China time', async () => {
    const element = await mountServed({ year: '2020' });
    const name = page.getByRole('button', { name: '东城镇', exact: true });
    await name.click();
    const dialog = page.getByRole('dialog', { name: '东城镇' });
    await expect.element(dialog.getByText('审核状态：已退回（第 1 版）')).toBeVisible();
    await expect.element(dialog.getByRole('heading', { level: 4, name: '审核记录' })).toBeVisible();
    const { history } = (await (
      await fetch(`${server.endpoint}/reports/${returned}`, { headers: reviewer })
    ).json()) as { history: { at: string; by: string }[] };
    const steps = dialog.getByRole('list').first().getByRole('listitem');
    expect(steps.elements().map((step) => step.textContent?.trim().replace(/\s+/g, ' '))).toEqual([
      `${formatChinaDateTime(history[0]?.at ?? '', 'zh-CN')}，东城镇：已提交（第 1 版）`,
      `${formatChinaDateTime(history[1]?.at ?? '', 'zh-CN')}，县依法治县办：已退回（原因：请补充矛盾纠纷数据的来源）`,
    ]);
    await expect
      .element(dialog.getByRole('heading', { level: 4, name: '东城镇2020年法治政府建设年度报告' }))
      .toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(element.shadowRoot?.activeElement).toBe(name.element());
  });

  it('exports the sheet the server gives, with each unit’s 审核状态 beside its 报送情况', async () => {
    const element = await mountServed({ year: '2020' });
    const answer = await fetch(`${server.endpoint}/aggregate?year=2020&format=csv`, {
      headers: { ...reviewer, 'accept-language': 'zh-CN' },
    });
    expect(answer.status).toBe(200);
    const served = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await answer.arrayBuffer());
    const csv = await element.toCsv();
    expect(csv).toBe(served);
    const rows = csv
      .slice(1)
      .split('\r\n')
      .map((line) => line.split(','));
    expect(rows[0]?.slice(0, 3)).toEqual(['单位', '审核状态', '报送情况']);
    expect(rows.find((row) => row[0] === '北留镇')?.[1]).toBe('已提交');
    // Returned: its row says so, its figure is out of the sheet as it is out of the total.
    const column = rows[0]?.indexOf('排查矛盾纠纷（起）') ?? -1;
    expect(rows.find((row) => row[0] === '东城镇')?.slice(1, 3)).toEqual(['已退回', '未报送']);
    expect(rows.find((row) => row[0] === '东城镇')?.[column]).toBe('');
    expect([rows.at(-2)?.[0], rows.at(-2)?.[column]]).toEqual(['合计', '10']);
  });

  it('names the sheet of filed reports only apart from the sheet of every report, since their totals differ', async () => {
    await mountServed({ year: '2020' });
    const names: string[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:law-report-test');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      await page.getByRole('button', { name: '导出 CSV' }).click();
      await expect.poll(() => names.length).toBe(1);
      await page.getByRole('radio', { name: '只计已备案、已公开的' }).click();
      await expect.element(page.getByRole('definition').nth(0)).toHaveTextContent('0.0% 0 / 2 个单位');
      await page.getByRole('button', { name: '导出 CSV' }).click();
      await expect.poll(() => names.length).toBe(2);
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
    expect(names[0]).toMatch(/^(青川县)?2020年法治政府建设年度报告汇总\.csv$/);
    expect(names[1]).toBe(names[0]?.replace('汇总.csv', '汇总（仅已备案、已公开）.csv'));
  });

  it('judges a unit’s report in its dialog as its row does: the day the server received it, against the unit’s deadline', async () => {
    const element = await mountServed({ year: '2020' });
    const row = rowsOf(element, 'units').find((cells) => cells[0] === '北留镇');
    expect(row?.[4]).toMatch(/^\d+$/);
    await page.getByRole('button', { name: '北留镇', exact: true }).click();
    const summary = page.getByRole('dialog', { name: '北留镇' }).getByText(/^(按时报送|逾期 \d+ 天)$/);
    await expect.element(summary).toHaveTextContent(`逾期 ${row?.[4]} 天`);
    // The day is the county's first receipt, not the 落款 the report gives: named for what it is.
    await expect
      .element(page.getByRole('dialog', { name: '北留镇' }).getByText('收到日期（首次报送）', { exact: true }))
      .toBeVisible();
    // And the units table says which day its 报送日期 is.
    await expect.element(page.getByText(/^报送日期是县里首次收到该单位报告的日子/)).toBeVisible();
  });

  it('has no serious accessibility violations with the year, the switch and a unit’s history, and speaks English', async () => {
    const element = await mountServed({ year: '2020' });
    expect(await seriousViolations(element)).toEqual([]);
    await page.getByRole('button', { name: '东城镇', exact: true }).click();
    await expect.element(page.getByRole('dialog').getByText(/审核状态/)).toBeVisible();
    expect(await seriousViolations(element)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    element.locale = 'en';
    await expect.element(page.getByRole('combobox', { name: 'Year' })).toBeVisible();
    await expect
      .element(
        page
          .getByRole('group', { name: 'Reports counted in the rates and totals' })
          .getByRole('radio', { name: 'Filed and published only' }),
      )
      .not.toBeChecked();
    await expect.poll(() => statusOf(element, '东城镇')).toBe('Returned · not counted');
    expect(await seriousViolations(element)).toEqual([]);
  });
});
