import { describe, expect, it } from 'vitest';
import type { Report } from '../schema/report.js';
import { makeMetric, makeReport, makeSection } from '../testing/index.js';
import { aggregate } from './aggregator.js';
import { compareAggregates, totalMovedOtherWay } from './compare-aggregates.js';
import { coverageOf } from './coverage.js';
import type { RosterEntry } from './roster.js';

// What the dashboard and the CLI show from an aggregate: the three rates, each unit's contents
// and source, and the year-over-year change (the CSV is units-csv.test.ts).

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
      // Last year's county total beside the like-for-like change: this year's 545 has 南镇's 500 in it.
      previousTotal: { total: 30, unit: '起', qualifier: 'exact', reporting: 2, min: 10, max: 20, median: 15 },
    });
  });

  it('keeps a change from 余 figures a lower bound, never exact', () => {
    const change = compareAggregates(year(2022, { 东镇: 10 }), year(2023, { 东镇: 15 }, 'over')).indicators[
      'disputes.handled'
    ];
    expect(change?.qualifier).toBe('over');
  });

  it('says when the county’s total certainly moved the other way from the like-for-like change', () => {
    const fell = { change: -59, qualifier: 'exact' } as const;
    expect(totalMovedOtherWay(fell, { total: 455, qualifier: 'exact' }, { total: 552, qualifier: 'exact' })).toBe(true);
    expect(totalMovedOtherWay(fell, { total: 600, qualifier: 'exact' }, { total: 552, qualifier: 'exact' })).toBe(
      false,
    );
    // 618万元以上 then 604万元以上: no certain way; nor a like-for-like change of about so much.
    expect(totalMovedOtherWay(fell, { total: 500, qualifier: 'over' }, { total: 552, qualifier: 'over' })).toBe(false);
    expect(
      totalMovedOtherWay(
        { change: -59, qualifier: 'about' },
        { total: 455, qualifier: 'exact' },
        { total: 552, qualifier: 'exact' },
      ),
    ).toBe(false);
    expect(
      totalMovedOtherWay(
        { change: null, qualifier: null },
        { total: 455, qualifier: 'exact' },
        { total: 552, qualifier: 'exact' },
      ),
    ).toBe(false);
  });

  it('refuses aggregates made without unit values', () => {
    expect(() => compareAggregates(aggregate([town('东镇')], { year: 2023 }), year(2023, { 东镇: 1 }))).toThrow(
      /unitValues/,
    );
  });
});
