import type { Report } from '@law-report/core/model';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { openValues } from '../internal/values-rows.js';
import './define.js';
import type { LawReportDashboardElement } from './law-report-dashboard.js';

// A town's report of one year, given to the dashboard as the page's own.
const town = (year: number, metrics: Report['metrics'], name = '东岭镇'): Report =>
  makeReport({
    year,
    title: `${name}${year}年法治政府建设工作情况的报告`,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    metrics,
  });

async function mount(properties: Partial<LawReportDashboardElement>, locale = 'zh-CN') {
  const element = document.createElement('law-report-dashboard');
  element.setAttribute('locale', locale);
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

// The figures table's cell of one indicator under a column whose header starts with `header`.
function cell(element: LawReportDashboardElement, indicator: string, header: string): string | undefined {
  const rows = [
    ...(element.shadowRoot?.querySelectorAll(
      '[part="figures"] table > thead > tr, [part="figures"] table > tbody > tr',
    ) ?? []),
  ].map((row) =>
    [...row.querySelectorAll(':scope > th, :scope > td')].map(
      (one) => one.textContent?.trim().replace(/\s+/g, ' ') ?? '',
    ),
  );
  const column = rows[0]?.findIndex((text) => text.startsWith(header)) ?? -1;
  return rows.find((row) => row[0] === indicator)?.[column];
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the dashboard’s change from last year', () => {
  const consultations = (value: number, qualifier: 'exact' | 'over') =>
    makeMetric('legalServices.consultations', value, { unit: '人次', qualifier, label: '提供法律咨询' });

  it('says 800人次以上 after 1179 fell by at most 379, never -379余', async () => {
    const element = await mount({
      reports: [town(2024, [consultations(800, 'over')])],
      previous: [town(2023, [consultations(1179, 'exact')])],
    });
    expect(cell(element, '法律咨询', '合计')).toBe('800人次以上');
    expect(cell(element, '法律咨询', '同比')).toBe('最多减少379（32.2%）；1 个单位两年都有此项');
  });

  it('says a rise bounded below as at least so much, in English too', async () => {
    const reports = [town(2024, [consultations(1179, 'over')])];
    const previous = [town(2023, [consultations(800, 'exact')])];
    expect(cell(await mount({ reports, previous }), '法律咨询', '同比')).toBe(
      '至少增加379（47.3%）；1 个单位两年都有此项',
    );
    document.body.replaceChildren();
    expect(cell(await mount({ reports, previous }, 'en'), 'Legal consultations', 'Change')).toBe(
      'up at least 379 (47.3%); 1 unit gave it both years',
    );
  });
});

describe('the change beside a total of other units', () => {
  const handled = (year: number, value: number, name: string) =>
    town(year, [makeMetric('disputes.handled', value, { unit: '起', label: '排查矛盾纠纷' })], name);

  it('gives both years’ totals of all units and says when the total moved the other way', async () => {
    // 东岭镇 fell from 300 to 240; 西河乡 gave the figure this year only: the county's total rose, 300 → 340.
    const element = await mount({
      reports: [handled(2024, 240, '东岭镇'), handled(2024, 100, '西河乡')],
      previous: [handled(2023, 300, '东岭镇'), town(2023, [], '西河乡')],
    });
    expect(cell(element, '排查矛盾纠纷', '同比')).toBe(
      '减少60（20%）；1 个单位两年都有此项' +
        '；全部报送单位合计：2023年 300起（1 个单位），本年 340起（2 个单位）' +
        '；注意：两年报送此项的单位不同，全部单位合计的增减与上面的同比方向相反。',
    );
  });

  it('says no opposite way where a total’s way is not certain (last year’s 300起以上 against 340起)', async () => {
    const element = await mount({
      reports: [handled(2024, 240, '东岭镇'), handled(2024, 100, '西河乡')],
      previous: [
        town(2023, [makeMetric('disputes.handled', 300, { unit: '起', qualifier: 'over', label: '排查矛盾纠纷' })]),
        town(2023, [], '西河乡'),
      ],
    });
    expect(cell(element, '排查矛盾纠纷', '同比')).toBe(
      '至少减少60（20%）；1 个单位两年都有此项；全部报送单位合计：2023年 300起以上（1 个单位），本年 340起（2 个单位）',
    );
  });

  it('says nothing more when the units compared are all the units of both years', async () => {
    const element = await mount({
      reports: [handled(2024, 240, '东岭镇')],
      previous: [handled(2023, 300, '东岭镇')],
    });
    expect(cell(element, '排查矛盾纠纷', '同比')).toBe('减少60（20%）；1 个单位两年都有此项');
  });
});

describe('each unit’s figure in the dashboard’s chart', () => {
  // 件 and 项 count the same decisions: the total adds them in the word most units wrote (项), each
  // unit keeps its own word.
  const reviewed = (value: number, unit: string, qualifier: 'exact' | 'over' = 'exact') =>
    makeMetric('decisions.legalReview', value, { unit, qualifier, label: '重大决策合法性审查' });
  const reports = [
    town(2024, [reviewed(7, '件')], '东岭镇'),
    town(2024, [reviewed(5, '项')], '西河乡'),
    town(2024, [reviewed(3, '项', 'over')], '南山镇'),
  ];

  it('is shown in the word the unit wrote, in the table of values and the bars’ titles: 5项, not 5件', async () => {
    const element = await mount({ reports });
    expect(cell(element, '重大决策合法性审查', '合计')).toBe('15项以上');
    const rows = await openValues(element, '重大决策合法性审查');
    await expect.poll(rows).toEqual([
      ['单位', '数值'],
      ['东岭镇', '7件'],
      ['南山镇', '3项以上'],
      ['西河乡', '5项'],
    ]);
    const titles = [...(element.shadowRoot?.querySelectorAll('svg.chart title') ?? [])].map((one) => one.textContent);
    expect(titles).toEqual(['东岭镇：7件', '南山镇：3项以上', '西河乡：5项']);
  });

  it('says the 合计 in the word every unit wrote: 326件, not 326起, and compares it with last year’s 起', async () => {
    const handled = (year: number, value: number, unit: string, name: string) =>
      town(year, [makeMetric('disputes.handled', value, { unit, label: '排查矛盾纠纷' })], name);
    const element = await mount({
      reports: [handled(2024, 300, '件', '东岭镇'), handled(2024, 26, '件', '西河乡')],
      previous: [handled(2023, 280, '起', '东岭镇'), handled(2023, 20, '起', '西河乡')],
    });
    expect(cell(element, '排查矛盾纠纷', '合计')).toBe('326件');
    expect(cell(element, '排查矛盾纠纷', '同比')).toBe('增加26（8.7%）；2 个单位两年都有此项');
  });
});

describe('figures the totals do not count', () => {
  it('lists a smaller figure a report gives beside a larger one of the same indicator, so the total is never short unsaid', async () => {
    const meetings = (value: number, label: string) => makeMetric('leadership.meetings', value, { unit: '次', label });
    const element = await mount({
      reports: [
        town(
          2024,
          [meetings(2, '专题会议'), meetings(12, '常务会议学法'), makeMetric('unclassified', 3, { unit: '名' })],
          '柳林乡',
        ),
      ],
    });
    expect(cell(element, '研究法治建设的会议', '合计')).toBe('12次');
    const list = page.getByRole('list', { name: '未计入合计的数字（请核对）' });
    // And a figure no indicator holds (未归类): in no total, and said so.
    await expect
      .element(list.getByRole('listitem').nth(1))
      .toHaveTextContent(
        '注：另有 1 个数字未归入任何指标（未归类），不计入任何合计：柳林乡 1 个。如需计入，请在报告中为其选择指标。',
      );
    await expect
      .element(list.getByRole('listitem').first())
      .toHaveTextContent(
        '注：柳林乡报告中的“专题会议”2次未计入研究法治建设的会议（全年）合计：同一报告另有更大的数字，只计一个；如是不同的事项，请核对。',
      );
  });
});

describe('the year’s rates', () => {
  it('recomputes each rate from the units’ summed counts, never averaging, and says when it cannot', async () => {
    const success = (resolved: number, mediated: number, name: string) =>
      town(
        2024,
        [
          makeMetric('disputes.resolved', resolved, { unit: '起' }),
          makeMetric('disputes.mediated', mediated, { unit: '起' }),
          makeMetric('disputes.successRate', Math.round((resolved / mediated) * 1000) / 10, { unit: '%' }),
        ],
        name,
      );
    const element = await mount({
      reports: [
        success(9, 10, '东岭镇'),
        success(1, 90, '西河乡'),
        town(2024, [makeMetric('complaints.satisfactionRate', 98, { unit: '%' })], '南山镇'),
      ],
    });
    const rates = page.getByRole('region', { name: /^本年度比率/ });
    // 9/10 and 1/90 give 10/100 = 10%, not the 50.6% an average of 90% and 1.1% would say.
    await expect.element(rates.getByRole('row', { name: /调解成功率/ })).toHaveTextContent(/10\.0%\s*10 ÷ 100\s*2\s*0/);
    await expect
      .element(rates.getByRole('row', { name: /满意率/ }))
      .toHaveTextContent(/无法重算：没有单位同时报送准确的分子和分母\s*—\s*0\s*1\s*98%/);
    expect(element.shadowRoot?.querySelector('[part="rates"]')).not.toBeNull();
    // The table and its scrolling box are named by what they hold, not by the section's long heading again
    // (a screen reader said 本年度比率（…不取各单位百分比的平均） three times on the way in).
    await expect.element(rates.getByRole('table', { name: '各比率的重算值、分子÷分母和纳入计算的单位' })).toBeVisible();
    await expect.element(rates.getByRole('group', { name: '各比率的重算值、分子÷分母和纳入计算的单位' })).toBeVisible();
    // Who 纳入计算的单位 are, under the table: a unit with 0 due is not one of them.
    await expect.element(rates).toHaveTextContent(/分母为 0 的单位（如需履行 0 件）不影响比率，不计在内。/);
  });
});
