import { describe, expect, it } from 'vitest';
import { createCatalog } from '../catalog/catalog.js';
import type { Qualifier } from '../schema/enums.js';
import type { Report } from '../schema/report.js';
import { makeMetric, makeReport } from '../testing/index.js';
import { aggregate, createAggregator, restoreAggregator } from './aggregator.js';
import { parseCsv } from './csv.js';
import type { RosterEntry } from './roster.js';
import { unitsCsv, unitsCsvFileName } from './units-csv.js';

// The county's sheet opened as a spreadsheet would open it: parsed, then read by column name.

const town = (name: string, overrides: Partial<Report> = {}): Report =>
  makeReport({
    title: `${name}2023年法治政府建设情况报告`,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    ...overrides,
  });

const disputes = (value: number, qualifier: Qualifier = 'exact') =>
  makeMetric('disputes.handled', value, { unit: '起', qualifier });

const roster: RosterEntry[] = ['东镇', '西镇', '南镇', '北镇'].map((name) => ({
  name,
  level: 'town',
  deadline: '2024-01-31',
}));

/** The sheet as a spreadsheet holds it: header, unit rows, the 合计 row and what follows it, cell by column name. */
function sheet(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(csv.slice(1).replaceAll('\r\n', '')).not.toContain('\n');
  const rows = parseCsv(csv.slice(1)).map((row) => row.cells);
  const header = rows[0] ?? [];
  const end = rows.findIndex((cells) => cells[0] === '合计' || cells[0] === 'Total');
  const at = (cells: readonly string[] | undefined, column: string) => {
    expect(header).toContain(column);
    return cells?.[header.indexOf(column)] ?? '';
  };
  const units = rows.slice(1, end);
  const row = (name: string) => units.find((cells) => cells[0] === name);
  return {
    header,
    units,
    total: rows[end],
    after: rows.slice(end + 1),
    cell: (name: string, column: string) => at(row(name), column),
    totalOf: (column: string) => at(rows[end], column),
    // What Excel's SUM over the column gives: text and empty cells count for nothing.
    sum: (column: string) => units.reduce((sum, cells) => sum + (Number(at(cells, column)) || 0), 0),
  };
}

describe('unitsCsv', () => {
  const result = aggregate(
    [
      town('东镇', { submittedOn: '2024-01-20', metrics: [disputes(800, 'over')] }),
      town('=西镇', { submittedOn: '2024-02-03', metrics: [disputes(12)] }),
    ],
    { year: 2023, unitValues: true },
  );

  it('writes a BOM, CRLF lines, headers in the language and statuses in words', () => {
    const csv = unitsCsv(result);
    expect(
      csv.startsWith(
        '\uFEFF单位,报送情况,报送日期,截止日期,逾期天数,完整度（%）,公开日期,排查矛盾纠纷（起）,排查矛盾纠纷（限定）\r\n',
      ),
    ).toBe(true);
    expect(sheet(csv).cell('东镇', '报送情况')).toBe('未公开');
    const english = sheet(unitsCsv(result, { locale: 'en' }));
    expect(english.header.slice(0, 7)).toEqual([
      'Unit',
      'Reporting',
      'Submitted',
      'Deadline',
      'Days late',
      'Completeness (%)',
      'Published',
    ]);
    expect(english.header.slice(7)).toEqual(['Disputes identified (起)', 'Disputes identified (qualifier)']);
    expect(english.cell('东镇', 'Disputes identified (qualifier)')).toBe('over');
    expect(english.total?.[0]).toBe('Total');
  });

  it('holds plain numbers Excel can sum, the qualifier in its own column, and a 合计 row equal to the SUM', () => {
    const bounds = sheet(
      unitsCsv(
        aggregate(
          [
            town('东镇', { metrics: [disputes(58, 'over'), makeMetric('publicity.events', 6, { unit: '场' })] }),
            town('西镇', { metrics: [disputes(41, 'about'), makeMetric('publicity.events', 4, { unit: '场' })] }),
            town('南镇', { metrics: [disputes(30, 'nearly')] }),
            town('北镇', {
              metrics: [disputes(12.5), makeMetric('funding.amount', 50.25, { unit: '万元', qualifier: 'over' })],
            }),
          ],
          { year: 2023, unitValues: true },
        ),
      ),
    );
    const column = '排查矛盾纠纷（起）';
    const towns = ['东镇', '西镇', '南镇', '北镇'];
    expect(towns.map((name) => bounds.cell(name, column))).toEqual(['58', '41', '30', '12.5']);
    expect(towns.map((name) => bounds.cell(name, '排查矛盾纠纷（限定）'))).toEqual(['以上', '约', '近', '']);
    expect(bounds.sum(column)).toBe(141.5);
    expect(bounds.totalOf(column)).toBe('141.5');
    // 58以上 + 约41 + 近30 is only about 141.5: the weakest qualifier of the parts.
    expect(bounds.totalOf('排查矛盾纠纷（限定）')).toBe('约');
    // An indicator every unit gave exactly has no qualifier column.
    expect(bounds.header).not.toContain('普法宣传活动（限定）');
    expect(bounds.header.filter((name) => name.startsWith('普法宣传活动'))).toHaveLength(1);
    expect(bounds.sum('普法宣传活动（场）')).toBe(Number(bounds.totalOf('普法宣传活动（场）')));
    expect(bounds.totalOf('普法宣传活动（场）')).toBe('10');
    // A lower bound stays one in the total.
    expect([bounds.totalOf('法治建设经费投入（万元）'), bounds.totalOf('法治建设经费投入（限定）')]).toEqual([
      '50.25',
      '以上',
    ]);
    expect(bounds.total?.slice(1, 6)).toEqual(['', '', '', '', '']);
  });

  it('gives a rate’s 合计 recomputed from the summed counts, never a sum or average of the percentages', () => {
    const rates = sheet(
      unitsCsv(
        aggregate(
          [
            town('东镇', {
              metrics: [
                disputes(100),
                makeMetric('disputes.mediated', 90, { unit: '起' }),
                makeMetric('disputes.mediationRate', 90, { unit: '%' }),
              ],
            }),
            town('西镇', {
              metrics: [
                disputes(10),
                makeMetric('disputes.mediated', 5, { unit: '起' }),
                makeMetric('disputes.mediationRate', 50, { unit: '%' }),
              ],
            }),
          ],
          { year: 2023, unitValues: true },
        ),
      ),
    );
    expect([rates.cell('东镇', '矛盾纠纷调解率（%）'), rates.cell('西镇', '矛盾纠纷调解率（%）')]).toEqual([
      '90',
      '50',
    ]);
    // 95 of 110 disputes mediated: 86.4% as a county publishes it, not 140 (the sum) nor 70 (the average).
    expect(rates.totalOf('矛盾纠纷调解率（%）')).toBe('86.4');
    expect(rates.totalOf('排查矛盾纠纷（起）')).toBe('110');
  });

  it('writes a rate’s 合计 to one decimal as a county publishes it, a unit’s own rate as the unit wrote it', () => {
    const mediation = (name: string, handled: number, mediated: number, rate: number) =>
      town(name, {
        metrics: [
          disputes(handled),
          makeMetric('disputes.mediated', mediated, { unit: '起' }),
          makeMetric('disputes.mediationRate', rate, { unit: '%' }),
        ],
      });
    const rateOf = (...reports: Report[]) =>
      sheet(unitsCsv(aggregate(reports, { year: 2023, unitValues: true }))).totalOf('矛盾纠纷调解率（%）');
    // 1187 of 1362: 87.1512…%, published as 87.2, never core's 87.1512.
    const clerk = [mediation('东镇', 1000, 870, 87), mediation('西镇', 362, 317, 87.57)];
    expect(rateOf(...clerk)).toBe('87.2');
    expect(
      sheet(unitsCsv(aggregate(clerk, { year: 2023, unitValues: true }))).cell('西镇', '矛盾纠纷调解率（%）'),
    ).toBe('87.57');
    // 2 of 3 is 66.7; every dispute mediated is 100, not 100.0.
    expect(rateOf(mediation('东镇', 3, 2, 66.7))).toBe('66.7');
    expect(rateOf(mediation('东镇', 40, 40, 100), mediation('西镇', 8, 8, 100))).toBe('100');
  });

  it('writes completeness as a percentage, as the dashboard shows it', () => {
    const given = sheet(unitsCsv(result));
    const shown = (name: string) =>
      String(Math.round((result.unitsDetail.find((unit) => unit.name === name)?.completeness ?? Number.NaN) * 100));
    expect(given.cell('东镇', '完整度（%）')).toBe(shown('东镇'));
    expect(given.cell('东镇', '完整度（%）')).toMatch(/^[1-9]\d$/);
    const published = sheet(
      unitsCsv(
        aggregate(
          [town('东镇', { publishedOn: '2024-02-20', confidentialityReviewed: true, metrics: [disputes(8)] })],
          {
            year: 2023,
            unitValues: true,
          },
        ),
      ),
    );
    // The four contents, a figure, 保密审查 and publication: 1 in core, 100 in the sheet.
    expect(published.cell('东镇', '完整度（%）')).toBe('100');
    const missing = sheet(unitsCsv(aggregate([town('东镇')], { year: 2023, roster, unitValues: true })));
    expect(missing.cell('南镇', '完整度（%）')).toBe('0');
  });

  it('keeps the row of a unit not counted but not its figures, so SUM still equals the 合计', () => {
    const sheetOf = sheet(
      unitsCsv(
        aggregate(
          [
            town('东镇', { metrics: [disputes(20)] }),
            town('西镇', { metrics: [disputes(30, 'over')] }),
            town('外镇', { metrics: [disputes(500)] }),
          ],
          { year: 2023, roster, unitValues: true },
        ),
      ),
    );
    expect(sheetOf.units.map((cells) => cells[0])).toEqual(['东镇', '西镇', '南镇', '北镇', '外镇']);
    expect(sheetOf.cell('外镇', '报送情况')).toBe('不在名册');
    expect(sheetOf.cell('外镇', '排查矛盾纠纷（起）')).toBe('');
    expect(sheetOf.cell('外镇', '排查矛盾纠纷（限定）')).toBe('');
    expect(sheetOf.cell('南镇', '报送情况')).toBe('未报送');
    expect(sheetOf.cell('南镇', '排查矛盾纠纷（起）')).toBe('');
    expect(sheetOf.sum('排查矛盾纠纷（起）')).toBe(50);
    expect([sheetOf.totalOf('排查矛盾纠纷（起）'), sheetOf.totalOf('排查矛盾纠纷（限定）')]).toEqual(['50', '以上']);
  });

  it('adds the review’s status of each unit after its name when given the workflow, and no such column without it', () => {
    const given = sheet(
      unitsCsv(result, {
        workflow: { 东镇: { status: 'filed' }, 西镇: { status: 'returned' }, '=西镇': { status: 'published' } },
      }),
    );
    expect(given.header.slice(0, 3)).toEqual(['单位', '审核状态', '报送情况']);
    expect([given.cell('东镇', '审核状态'), given.cell("'=西镇", '审核状态')]).toEqual(['已备案', '已公开']);
    expect(given.total?.slice(0, 9)).toEqual(['合计', '', '', '', '', '', '', '', '812']);
    expect(sheet(unitsCsv(result, { workflow: {}, locale: 'en' })).header[1]).toBe('Review');
    expect(sheet(unitsCsv(result)).header).not.toContain('审核状态');
  });

  it('writes the rows in the order given, the 合计 last, and a name a spreadsheet would run as a formula as text', () => {
    const [header, ...rows] = unitsCsv(result).split('\r\n');
    const reversed = unitsCsv(result, { units: [...result.unitsDetail].reverse() }).split('\r\n');
    expect(reversed).toEqual([header, rows[1], rows[0], rows[2], '']);
    expect(rows[2]?.startsWith('合计,')).toBe(true);
    expect(rows.some((row) => row.startsWith("'=西镇,"))).toBe(true);
    expect(sheet(unitsCsv(result)).cell("'=西镇", '排查矛盾纠纷（起）')).toBe('12');
  });

  const yourtown = [
    town('东镇', { metrics: [makeMetric('x-yourtown.gridEvents', 12, { unit: '件' })] }),
    town('西镇', { metrics: [makeMetric('x-yourtown.gridEvents', 30, { unit: '件', qualifier: 'over' })] }),
  ];

  it('names the figures of an indicator the catalog does not know in a note after the table, with their total, never dropping them', () => {
    const csv = sheet(unitsCsv(aggregate(yourtown, { year: 2023, unitValues: true })));
    expect(csv.after).toEqual([
      [''],
      ['注：“x-yourtown.gridEvents”不在所用的指标目录中，单独合计全年 42件以上（2 个单位报送），未列入上表。'],
    ]);
  });

  it('names a figure a report gives beside a larger one of the same indicator in a note, out of the 合计 as on screen', () => {
    const twice = town('东镇', {
      metrics: [
        makeMetric('disputes.handled', 6, { unit: '起', label: '排查邻里纠纷' }),
        makeMetric('disputes.handled', 23, { unit: '起', label: '排查矛盾纠纷' }),
      ],
    });
    const csv = sheet(unitsCsv(aggregate([twice], { year: 2023, roster, unitValues: true })));
    expect(csv.cell('东镇', '排查矛盾纠纷（起）')).toBe('23');
    expect(csv.after).toEqual([
      [''],
      [
        '注：东镇报告中的“排查邻里纠纷”6起未计入排查矛盾纠纷（全年）合计：同一报告另有更大的数字，只计一个；如是不同的事项，请核对。',
      ],
    ]);
  });

  it('says how many figures no indicator holds (未归类), which no total takes', () => {
    const unread = town('东镇', {
      metrics: [
        disputes(5),
        makeMetric('unclassified', 2, { unit: '名' }),
        makeMetric('unclassified', 5, { unit: '项' }),
      ],
    });
    const csv = sheet(unitsCsv(aggregate([unread], { year: 2023, roster, unitValues: true })));
    expect(csv.after).toEqual([
      [''],
      ['注：另有 2 个数字未归入任何指标（未归类），不计入任何合计：东镇 2 个。如需计入，请在报告中为其选择指标。'],
    ]);
    const english = sheet(
      unitsCsv(
        aggregate([town('东镇', { metrics: [makeMetric('unclassified', 2, { unit: '名' })] })], { year: 2023, roster }),
        {
          locale: 'en',
        },
      ),
    );
    expect(english.after.at(-1)).toEqual([
      'Note: 1 figure is in no indicator (unclassified) and in no total: 东镇, 1. To count it, choose an indicator for it in the report.',
    ]);
  });

  it('gives a rate recomputed from counts that no unit gave as a percentage in a note, since it has no column', () => {
    const counts = (name: string, resolved: number, mediated: number) =>
      town(name, {
        metrics: [
          makeMetric('disputes.resolved', resolved, { unit: '起' }),
          makeMetric('disputes.mediated', mediated, { unit: '起' }),
        ],
      });
    const result = aggregate([counts('东镇', 9, 10), counts('西镇', 1, 90)], { year: 2023, roster, unitValues: true });
    const csv = sheet(unitsCsv(result));
    expect(csv.header.some((column) => column.includes('成功率'))).toBe(false);
    expect(csv.after).toContainEqual([
      '注：调解成功率按各单位的分子、分母合计重新计算为 10%（10 ÷ 100，2 个单位）；没有单位单独报送这一比率，故上表没有此列。',
    ]);
  });

  it('says under a rate column whose 合计 leaves out the rates units wrote without counts how many it leaves out', () => {
    const counted = (name: string) =>
      town(name, {
        metrics: [
          disputes(100),
          makeMetric('disputes.mediated', 90, { unit: '起' }),
          makeMetric('disputes.mediationRate', 90, { unit: '%' }),
        ],
      });
    const rateOnly = (name: string, rate: number) =>
      town(name, { metrics: [makeMetric('disputes.mediationRate', rate, { unit: '%' })] });
    const result = aggregate([counted('东镇'), rateOnly('西镇', 100), rateOnly('南镇', 81.3)], {
      year: 2023,
      roster,
      unitValues: true,
    });
    const csv = sheet(unitsCsv(result));
    expect(csv.totalOf('矛盾纠纷调解率（%）')).toBe('90');
    expect(csv.cell('南镇', '矛盾纠纷调解率（%）')).toBe('81.3');
    expect(csv.after).toContainEqual([
      '注：矛盾纠纷调解率的合计 90% 按分子、分母重新计算（90 ÷ 100，1 个单位）；另有 2 个单位只写了比率，没有写出可合计的分子、分母，未计入这个合计（各单位所写的比率见上表该列）。',
    ]);
    // With no counts at all there is no 合计, and the note says why.
    const none = sheet(unitsCsv(aggregate([rateOnly('西镇', 100)], { year: 2023, roster, unitValues: true })));
    expect(none.totalOf('矛盾纠纷调解率（%）')).toBe('');
    expect(none.after).toContainEqual([
      '注：矛盾纠纷调解率无法重新计算合计：没有单位写出可合计的分子、分母；1 个单位只写了比率，见上表该列，比率不能相加或平均。',
    ]);
  });

  it('says under a rate column that its 合计 is recomputed from counts, where a unit gave the counts without the rate', () => {
    // A county clerk's trial: 100 in the column, the other unit's cell blank, and a 合计 of 96.2 with no word.
    const counts = (name: string, mediated: number, resolved: number, rate?: number) =>
      town(name, {
        metrics: [
          makeMetric('disputes.mediated', mediated, { unit: '起' }),
          makeMetric('disputes.resolved', resolved, { unit: '起' }),
          ...(rate === undefined ? [] : [makeMetric('disputes.successRate', rate, { unit: '%' })]),
        ],
      });
    const result = aggregate([counts('东镇', 16, 15), counts('西镇', 10, 10, 100)], {
      year: 2023,
      roster,
      unitValues: true,
    });
    const csv = sheet(unitsCsv(result));
    expect(csv.cell('东镇', '调解成功率（%）')).toBe('');
    expect(csv.cell('西镇', '调解成功率（%）')).toBe('100');
    expect(csv.totalOf('调解成功率（%）')).toBe('96.2');
    expect(csv.after).toContainEqual([
      '注：调解成功率的合计 96.2% 按各单位的分子、分母合计重新计算（25 ÷ 26，2 个单位），不是上表该列各单位所写比率的平均；只写了分子、分母的单位，该列为空。',
    ]);
  });

  it('labels an extension indicator’s columns from the aggregate alone, without the catalog passed again', () => {
    const catalog = createCatalog([
      {
        namespace: 'yourtown',
        indicators: [
          { name: 'gridEvents', label: { 'zh-CN': '网格事件', en: 'Grid events' }, units: ['件'], kind: 'count' },
        ],
      },
    ]);
    const result = aggregate(yourtown, { year: 2023, unitValues: true, catalog });
    const csv = sheet(unitsCsv(result));
    expect(csv.header.slice(7)).toEqual(['网格事件（件）', '网格事件（限定）']);
    expect([csv.totalOf('网格事件（件）'), csv.totalOf('网格事件（限定）')]).toEqual(['42', '以上']);
    expect(csv.after).toEqual([]);
    expect(unitsCsv(result, { locale: 'en' })).toContain('Grid events (件)');
  });
});

describe('unitsCsv: each figure in the word its unit wrote', () => {
  const reviewed = (value: number, unit: string) => makeMetric('decisions.legalReview', value, { unit });
  const audience = (value: number, unit: string) => makeMetric('publicity.audience', value, { unit });
  const reports = [
    town('东镇', { metrics: [reviewed(7, '件'), audience(1200, '人次')] }),
    town('西镇', { metrics: [reviewed(5, '项'), audience(300, '人')] }),
    town('南镇', { metrics: [reviewed(2, '件'), audience(80, '人')] }),
  ];

  it('says 项 beside a figure written in 项, under a header naming both words, and adds it into the 合计 of 件', () => {
    const csv = sheet(unitsCsv(aggregate(reports, { year: 2023, unitValues: true })));
    const column = '重大决策合法性审查（件、项）';
    expect(csv.header).not.toContain('重大决策合法性审查（件）');
    expect(['东镇', '西镇', '南镇'].map((name) => csv.cell(name, column))).toEqual(['7', '5', '2']);
    expect(['东镇', '西镇', '南镇'].map((name) => csv.cell(name, '重大决策合法性审查（量词）'))).toEqual([
      '件',
      '项',
      '件',
    ]);
    // 件 and 项 count the same decisions: Excel's SUM is the 合计, which the county publishes in 件.
    expect(csv.sum(column)).toBe(14);
    expect([csv.totalOf(column), csv.totalOf('重大决策合法性审查（量词）')]).toEqual(['14', '件']);
    expect(sheet(unitsCsv(aggregate(reports, { year: 2023, unitValues: true }), { locale: 'en' })).header).toContain(
      'Major decisions given legal review (件/项)',
    );
  });

  it('gives a figure in a word of another quantity a column of its own, named for its word, with its own 合计', () => {
    const csv = sheet(unitsCsv(aggregate(reports, { year: 2023, unitValues: true })));
    expect(['东镇', '西镇', '南镇'].map((name) => csv.cell(name, '普法受众（人次）'))).toEqual(['1200', '', '']);
    expect(['东镇', '西镇', '南镇'].map((name) => csv.cell(name, '普法受众（人）'))).toEqual(['', '300', '80']);
    expect([csv.totalOf('普法受众（人次）'), csv.totalOf('普法受众（人）')]).toEqual(['1200', '380']);
    expect(csv.sum('普法受众（人）')).toBe(380);
  });

  it('keeps one word per column when every unit wrote the 合计’s word', () => {
    const csv = sheet(unitsCsv(aggregate([reports[0] as Report], { year: 2023, unitValues: true })));
    expect(csv.header.slice(7)).toEqual(['重大决策合法性审查（件）', '普法受众（人次）']);
  });

  it('keeps the word a unit wrote through a shard’s snapshot', () => {
    const shard = createAggregator({ year: 2023 });
    for (const report of reports) shard.add(report);
    const restored = restoreAggregator(JSON.parse(JSON.stringify(shard)), { year: 2023 });
    const csv = sheet(unitsCsv(restored.result({ unitValues: true })));
    expect(csv.cell('西镇', '重大决策合法性审查（量词）')).toBe('项');
  });
});

describe('unitsCsv: the 合计 in the word the units wrote', () => {
  const handled = (value: number, unit: string) => makeMetric('disputes.handled', value, { unit });

  it('writes 合计326 under a header in 件 when every unit wrote 件, with no 量词 column', () => {
    const csv = sheet(
      unitsCsv(
        aggregate([town('东镇', { metrics: [handled(300, '件')] }), town('西镇', { metrics: [handled(26, '件')] })], {
          year: 2023,
          unitValues: true,
        }),
      ),
    );
    expect(csv.header.slice(7)).toEqual(['排查矛盾纠纷（件）']);
    expect(csv.totalOf('排查矛盾纠纷（件）')).toBe('326');
  });

  it('says the 合计 in the word most units wrote, and each row in its own', () => {
    const csv = sheet(
      unitsCsv(
        aggregate(
          [
            town('东镇', { metrics: [handled(300, '件')] }),
            town('西镇', { metrics: [handled(26, '起')] }),
            town('南镇', { metrics: [handled(4, '件')] }),
          ],
          { year: 2023, unitValues: true },
        ),
      ),
    );
    const column = '排查矛盾纠纷（件、起）';
    expect(['东镇', '西镇', '南镇'].map((name) => csv.cell(name, '排查矛盾纠纷（量词）'))).toEqual(['件', '起', '件']);
    expect([csv.totalOf(column), csv.totalOf('排查矛盾纠纷（量词）')]).toEqual(['330', '件']);
  });
});

describe('unitsCsv: what is totalled apart from the year, and when each unit was published', () => {
  const reports = [
    town('东镇', {
      publishedOn: '2024-03-20',
      metrics: [
        disputes(10),
        makeMetric('disputes.handled', 300, { unit: '起', scope: 'cumulative' }),
        makeMetric('publicity.audience', 5000, { unit: '人次', scope: 'asOf', asOf: '2023-12-31', qualifier: 'over' }),
      ],
    }),
    town('西镇', {
      metrics: [
        disputes(5),
        makeMetric('disputes.handled', 20, { unit: '起', scope: 'target' }),
        makeMetric('disputes.successRate', 98, { unit: '%', scope: 'target', qualifier: 'over' }),
        makeMetric('publicity.audience', 300, { unit: '人', scope: 'cumulative' }),
      ],
    }),
  ];
  const result = aggregate(reports, { year: 2023, roster, unitValues: true });

  it('lists running totals, figures as of a date and targets after the table, each saying it is not in the year’s 合计', () => {
    const csv = sheet(unitsCsv(result));
    // The year's column holds the year's figures only: 300 累计 and the target of 20 are not in its SUM.
    expect(csv.sum('排查矛盾纠纷（起）')).toBe(15);
    expect(csv.totalOf('排查矛盾纠纷（起）')).toBe('15');
    expect(csv.header.filter((name) => name.startsWith('普法受众'))).toEqual([]);
    expect(csv.after).toEqual([
      [''],
      ['注：排查矛盾纠纷（累计及截至某日的数据）合计 300起（1 个单位报送），单列，不计入上表的本年度合计。'],
      ['注：普法受众（累计及截至某日的数据）合计 5000人次以上（1 个单位报送），单列，不计入上表的本年度合计。'],
      ['注：普法受众（累计及截至某日的数据）合计 300人（1 个单位报送），单列，不计入上表的本年度合计。'],
      ['注：排查矛盾纠纷（工作目标）合计 20起（1 个单位报送），单列，不计入上表的本年度合计。'],
      ['注：调解成功率（工作目标）各单位所定为 98%以上（1 个单位报送），单列，不计入上表的本年度合计。'],
    ]);
    const english = sheet(unitsCsv(result, { locale: 'en' }));
    expect(english.after[1]).toEqual([
      'Note: Disputes identified (running totals and figures as of a date) totals 300 起 from 1 unit; listed apart, not in the year’s totals above.',
    ]);
  });

  it('gives each unit’s 公开日期, empty where it has none, and keeps it through a shard’s snapshot', () => {
    const csv = sheet(unitsCsv(result));
    expect(csv.header.slice(5, 7)).toEqual(['完整度（%）', '公开日期']);
    expect(['东镇', '西镇', '南镇'].map((name) => csv.cell(name, '公开日期'))).toEqual(['2024-03-20', '', '']);
    expect(csv.totalOf('公开日期')).toBe('');
    const shard = createAggregator({ year: 2023, roster });
    for (const report of reports) shard.add(report);
    const restored = restoreAggregator(JSON.parse(JSON.stringify(shard)), { year: 2023, roster });
    expect(sheet(unitsCsv(restored.result({ unitValues: true }))).cell('东镇', '公开日期')).toBe('2024-03-20');
  });
});

describe('unitsCsvFileName', () => {
  it('names the sheet by the county and the year, in the language of its headers', () => {
    expect(unitsCsvFileName({ county: '青川县', year: 2023 })).toBe('青川县2023年法治政府建设年度报告汇总.csv');
    expect(unitsCsvFileName({ county: '青川县', year: 2023, locale: 'en' })).toBe(
      '青川县 rule-of-law government reports 2023.csv',
    );
  });

  it('gives a readable name when no county is known', () => {
    expect(unitsCsvFileName({ year: 2023 })).toBe('2023年法治政府建设年度报告汇总.csv');
    expect(unitsCsvFileName({ county: '', year: 2023, locale: 'zh-CN' })).toBe('2023年法治政府建设年度报告汇总.csv');
    expect(unitsCsvFileName({ year: 2023, locale: 'en' })).toBe('Rule-of-law government reports 2023.csv');
  });

  it('names a sheet that counts only filed or published reports apart, since its totals differ', () => {
    expect(unitsCsvFileName({ county: '青川县', year: 2023, countFrom: 'filed' })).toBe(
      '青川县2023年法治政府建设年度报告汇总（仅已备案、已公开）.csv',
    );
    expect(unitsCsvFileName({ year: 2023, countFrom: 'published' })).toBe(
      '2023年法治政府建设年度报告汇总（仅已公开）.csv',
    );
    expect(unitsCsvFileName({ county: '青川县', year: 2023, locale: 'en', countFrom: 'filed' })).toBe(
      '青川县 rule-of-law government reports 2023 (filed and published only).csv',
    );
    expect(unitsCsvFileName({ county: '青川县', year: 2023, countFrom: 'submitted' })).toBe(
      '青川县2023年法治政府建设年度报告汇总.csv',
    );
  });

  it('leaves out of the county’s name what a file system refuses', () => {
    expect(unitsCsvFileName({ county: '青川县/"城关"\n', year: 2024 })).toBe(
      '青川县城关2024年法治政府建设年度报告汇总.csv',
    );
    expect(unitsCsvFileName({ county: ' / ', year: 2024 })).toBe('2024年法治政府建设年度报告汇总.csv');
  });
});
