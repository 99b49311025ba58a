import { describe, expect, it } from 'vitest';
import type { Report } from '../schema/report.js';
import { createCatalog } from '../catalog/catalog.js';
import { makeMetric, makeReport, makeSection } from '../testing/index.js';
import { aggregate } from './aggregator.js';
import { compareAggregates } from './compare-aggregates.js';
import { coverageOf } from './coverage.js';
import type { RosterEntry } from './roster.js';
import { unitsCsv } from './units-csv.js';

// What the dashboard and the CLI show from an aggregate: the three rates, each unit's contents
// and source, the CSV, and the year-over-year change.

const town = (name: string, overrides: Partial<Report> = {}): Report =>
  makeReport({
    title: `${name}2023年法治政府建设情况报告`,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    ...overrides,
  });

const roster: RosterEntry[] = [
  { name: '东镇', level: 'town', deadline: '2024-01-31' },
  { name: '西镇', level: 'town', deadline: '2024-01-31' },
  { name: '南镇', level: 'town', deadline: '2024-01-31' },
  { name: '北镇', level: 'town', deadline: '2024-01-31' },
];

describe('coverageOf', () => {
  it('counts every rate over the expected units, so a missing unit lowers all three', () => {
    const result = aggregate(
      [
        town('东镇', { submittedOn: '2024-01-20', publishedOn: '2024-03-01' }),
        town('西镇', { submittedOn: '2024-02-05', publishedOn: '2024-03-01' }),
        town('南镇', { submittedOn: '2024-01-30' }),
      ],
      { year: 2023, roster },
    );
    expect(coverageOf(result)).toEqual({
      expected: 4,
      reported: 3,
      onTime: 2,
      published: 2,
      reportedRate: 75,
      onTimeRate: 50,
      publishedRate: 50,
    });
  });

  it('gives no rate when no unit is expected', () => {
    expect(coverageOf(aggregate([], { year: 2023 })).reportedRate).toBeNull();
  });
});

describe('unitsDetail', () => {
  it('lists the contents each counted report has, and where it came from', () => {
    const partial = town('西镇', {
      sections: [makeSection('measures'), makeSection('plans'), makeSection('preamble')],
    });
    const result = aggregate([town('东镇'), partial], { year: 2023, roster });
    const byName = new Map(result.unitsDetail.map((unit) => [unit.name, unit]));
    expect(byName.get('东镇')?.contents).toEqual(['duties', 'measures', 'shortcomings', 'plans', 'other']);
    expect(byName.get('西镇')?.contents).toEqual(['measures', 'plans']);
    expect(byName.get('西镇')?.source).toEqual({ file: '-', line: 2 });
    expect(byName.get('南镇')).toMatchObject({ status: 'missing', contents: [], source: null });
  });
});

describe('unitsCsv', () => {
  const result = aggregate(
    [
      town('东镇', {
        submittedOn: '2024-01-20',
        metrics: [makeMetric('disputes.handled', 800, { unit: '起', qualifier: 'over' })],
      }),
      town('=西镇', { submittedOn: '2024-02-03', metrics: [makeMetric('disputes.handled', 12, { unit: '起' })] }),
    ],
    { year: 2023, unitValues: true },
  );

  it('writes a BOM, CRLF lines, headers in the language, statuses in words and a bound in the summary’s words', () => {
    const csv = unitsCsv(result);
    expect(csv.startsWith('\uFEFF单位,状态,报送日期,截止日期,逾期天数,完整度,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines.find((line) => line.startsWith('东镇'))).toMatch(/,800起以上$/);
    const english = unitsCsv(result, { locale: 'en' });
    expect(english).toContain('Unit,Status,Submitted,Deadline,Days late,Completeness');
    expect(english.split('\r\n').find((line) => line.startsWith('东镇'))).toMatch(/,over 800 起$/);
  });

  it('keeps an exact value a plain number a spreadsheet can sum, and writes every bound with its measure word', () => {
    const bounds = aggregate(
      [
        town('东镇', { metrics: [makeMetric('disputes.handled', 12, { unit: '起' })] }),
        town('西镇', { metrics: [makeMetric('disputes.handled', 30, { unit: '起', qualifier: 'nearly' })] }),
        town('南镇', { metrics: [makeMetric('disputes.handled', 40, { unit: '起', qualifier: 'about' })] }),
        town('北镇', { metrics: [makeMetric('disputes.handled', 50, { unit: '起', qualifier: 'under' })] }),
        town('中镇', { metrics: [makeMetric('funding.amount', 50, { unit: '万元', qualifier: 'over' })] }),
      ],
      { year: 2023, unitValues: true },
    );
    const cells = (locale: 'zh-CN' | 'en') =>
      Object.fromEntries(
        unitsCsv(bounds, { locale })
          .slice(1)
          .split('\r\n')
          .slice(1, -1)
          .map((line) => {
            const cells = line.split(',');
            return [cells[0], cells.slice(6).filter((cell) => cell !== '')];
          }),
      );
    expect(cells('zh-CN')).toEqual({
      东镇: ['12'],
      西镇: ['近30起'],
      南镇: ['约40起'],
      北镇: ['不足50起'],
      中镇: ['50万元以上'],
    });
    expect(cells('en')).toMatchObject({ 西镇: ['nearly 30 起'], 北镇: ['under 50 起'], 中镇: ['over 50 万元'] });
  });

  it('writes the rows in the order given, and a name a spreadsheet would run as a formula as text', () => {
    const [header, ...rows] = unitsCsv(result).split('\r\n');
    const reversed = unitsCsv(result, { units: [...result.unitsDetail].reverse() }).split('\r\n');
    expect(reversed).toEqual([header, rows[1], rows[0], '']);
    expect(rows.some((row) => row.startsWith("'=西镇,"))).toBe(true);
  });

  const yourtown = [
    town('东镇', { metrics: [makeMetric('x-yourtown.gridEvents', 12, { unit: '件' })] }),
    town('西镇', { metrics: [makeMetric('x-yourtown.gridEvents', 30, { unit: '件', qualifier: 'over' })] }),
  ];

  it('names the figures of an indicator the catalog does not know in a note, with their total, never dropping them', () => {
    const csv = unitsCsv(aggregate(yourtown, { year: 2023, unitValues: true }));
    expect(csv).toContain(
      '注：“x-yourtown.gridEvents”不在所用的指标目录中，单独合计全年 42件以上（2 个单位报送），未列入上表',
    );
  });

  it('labels an extension indicator’s column from the aggregate alone, without the catalog passed again', () => {
    const catalog = createCatalog([
      {
        namespace: 'yourtown',
        indicators: [
          { name: 'gridEvents', label: { 'zh-CN': '网格事件', en: 'Grid events' }, units: ['件'], kind: 'count' },
        ],
      },
    ]);
    const result = aggregate(yourtown, { year: 2023, unitValues: true, catalog });
    const header = unitsCsv(result).split('\r\n')[0];
    expect(header).toContain('网格事件（件）');
    expect(unitsCsv(result, { locale: 'en' })).toContain('Grid events（件）');
    expect(unitsCsv(result)).not.toContain('注：');
  });
});

describe('compareAggregates', () => {
  const year = (y: number, figures: Record<string, number>, qualifier: 'exact' | 'over' = 'exact') =>
    aggregate(
      Object.entries(figures).map(([name, value]) =>
        town(name, {
          year: y,
          issuedOn: `${y + 1}-01-20`,
          metrics: [makeMetric('disputes.handled', value, { unit: '起', qualifier })],
        }),
      ),
      { year: y, unitValues: true },
    );

  it('compares only units that gave the figure in both years', () => {
    const change = compareAggregates(year(2022, { 东镇: 10, 西镇: 20 }), year(2023, { 东镇: 15, 西镇: 30, 南镇: 500 }))
      .indicators['disputes.handled'];
    expect(change).toEqual({
      previous: { value: 30, qualifier: 'exact' },
      current: { value: 45, qualifier: 'exact' },
      change: 15,
      qualifier: 'exact',
      percent: 50,
      units: 2,
    });
  });

  it('keeps a change from 余 figures a lower bound, never exact', () => {
    const change = compareAggregates(year(2022, { 东镇: 10 }), year(2023, { 东镇: 15 }, 'over')).indicators[
      'disputes.handled'
    ];
    expect(change?.qualifier).toBe('over');
  });

  it('refuses aggregates made without unit values', () => {
    expect(() => compareAggregates(aggregate([town('东镇')], { year: 2023 }), year(2023, { 东镇: 1 }))).toThrow(
      /unitValues/,
    );
  });
});
