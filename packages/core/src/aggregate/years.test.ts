import { describe, expect, it } from 'vitest';
import type { Report } from '../schema/report.js';
import { beiliuReport, makeMetric, makeReport, makeSection } from '../testing/index.js';
import { aggregate } from './aggregator.js';
import { countedFigures } from './counted-figures.js';
import type { RosterEntry } from './roster.js';
import { aggregateYears, createYearsAggregator } from './years.js';

const report = (name: string, year: number, figures: Record<string, number>, overrides: Partial<Report> = {}): Report =>
  makeReport({
    title: `${name}${year}年法治政府建设情况报告`,
    year,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    submittedOn: `${year + 1}-01-20`,
    metrics: Object.entries(figures).map(([indicator, value]) =>
      makeMetric(indicator, value, { unit: indicator.endsWith('Rate') ? '%' : '件' }),
    ),
    ...overrides,
  });

describe('aggregateYears', () => {
  it('gives each indicator one point per year, with how many units gave it, and none where no unit did', () => {
    const result = aggregateYears([
      report('东镇', 2021, { 'disputes.handled': 10 }),
      report('西镇', 2021, { 'disputes.handled': 5 }),
      report('东镇', 2022, { 'legalAid.cases': 3 }),
      report('东镇', 2023, { 'disputes.handled': 12 }),
    ]);
    expect(result.years).toEqual([2021, 2022, 2023]);
    expect(result.series['disputes.handled']).toEqual([
      { year: 2021, total: 15, qualifier: 'exact', unit: '件', reporting: 2 },
      null,
      { year: 2023, total: 12, qualifier: 'exact', unit: '件', reporting: 1 },
    ]);
    expect(result.series['legalAid.cases']?.map((point) => point?.total ?? null)).toEqual([null, 3, null]);
  });

  it('compares years like for like: a unit that reported one year only never shows as a rise or fall', () => {
    const result = aggregateYears([
      report('东镇', 2021, { 'disputes.handled': 10 }),
      report('东镇', 2022, { 'disputes.handled': 14 }),
      // 西镇 appears in 2022 only: the county's total rises by 104, the like-for-like change is +4.
      report('西镇', 2022, { 'disputes.handled': 100 }),
      report('东镇', 2023, { 'disputes.handled': 20 }),
    ]);
    expect(result.series['disputes.handled']?.map((point) => point?.total)).toEqual([10, 114, 20]);
    expect(
      result.changes.map((change) => [
        change.previousYear,
        change.currentYear,
        change.indicators['disputes.handled']?.change,
        change.indicators['disputes.handled']?.units,
      ]),
    ).toEqual([
      [2021, 2022, 4, 1],
      [2022, 2023, 6, 1],
    ]);
    expect(result.span?.indicators['disputes.handled']).toMatchObject({
      previous: { value: 10 },
      current: { value: 20 },
      change: 10,
      percent: 100,
      units: 1,
    });
  });

  it('says each year’s total in its own word, and compares the same quantity across a change of word', () => {
    const handled = (name: string, year: number, value: number, unit: string) =>
      report(name, year, {}, { metrics: [makeMetric('disputes.handled', value, { unit })] });
    const result = aggregateYears([
      handled('东镇', 2022, 10, '起'),
      handled('西镇', 2022, 5, '起'),
      handled('东镇', 2023, 14, '件'),
      handled('西镇', 2023, 6, '件'),
    ]);
    expect(result.series['disputes.handled']?.map((point) => [point?.total, point?.unit])).toEqual([
      [15, '起'],
      [20, '件'],
    ]);
    expect(result.span?.indicators['disputes.handled']).toMatchObject({
      previous: { value: 15 },
      current: { value: 20 },
      change: 5,
      units: 2,
    });
  });

  it('keeps a bound a bound across years: an 余 figure makes that year’s total a lower bound', () => {
    const result = aggregateYears([
      report('东镇', 2022, {}, { metrics: [makeMetric('disputes.handled', 800, { unit: '件', qualifier: 'over' })] }),
      report('西镇', 2022, { 'disputes.handled': 5 }),
    ]);
    expect(result.series['disputes.handled']?.[0]).toMatchObject({ total: 805, qualifier: 'over' });
  });

  it('counts the latest report of a unit each year and lists the one it replaced', () => {
    const result = aggregateYears([
      report('东镇', 2022, { 'disputes.handled': 1 }, { submittedOn: '2023-01-10' }),
      report('东镇', 2022, { 'disputes.handled': 9 }, { submittedOn: '2023-01-25' }),
    ]);
    expect(result.series['disputes.handled']?.[0]?.total).toBe(9);
    expect(result.superseded).toHaveLength(1);
    expect(result.superseded[0]?.unit).toBe('东镇');
  });

  it('lists what is not a report, and reports outside the years chosen, with the reason', () => {
    const decade = createYearsAggregator({ from: 2020, to: 2022 });
    decade.add({ title: '不是报告' }, { file: 'notes.json' });
    decade.add(report('东镇', 2019, { 'disputes.handled': 3 }), { file: '2019/东镇.docx' });
    decade.add(report('东镇', 2021, { 'disputes.handled': 3 }), { file: '2021/东镇.docx' });
    decade.skip({ file: 'broken.docx', code: 'unreadable', reason: '文件已损坏' });
    const result = decade.result();
    expect(result.years).toEqual([2021]);
    expect(result.skipped.map((skipped) => [skipped.file, skipped.code]).sort()).toEqual([
      ['2019/东镇.docx', 'other_year'],
      ['broken.docx', 'unreadable'],
      ['notes.json', 'not_a_report'],
    ]);
    expect(result.skipped.find((skipped) => skipped.code === 'other_year')?.reason).toBe(
      '报告年度为 2019 年，不在所选的 2020–2022 年之内',
    );
  });

  it('gives each unit a row of years: what it did, when, and from which file', () => {
    const roster: RosterEntry[] = [
      { name: '东镇', level: 'town' },
      { name: '西镇', level: 'town' },
    ];
    const decade = createYearsAggregator({ roster, deadlines: { submit: { town: '01-31' } } });
    decade.add(report('东镇', 2021, { 'disputes.handled': 1, 'legalAid.cases': 2 }), { file: '2021/东镇.docx' });
    decade.add(report('东镇', 2022, { 'disputes.handled': 1 }, { submittedOn: '2023-02-10' }), {
      file: '2022/东镇.docx',
    });
    decade.add(report('西镇', 2022, { 'disputes.handled': 1 }), { file: '2022/西镇.docx' });
    const units = decade.result().units;
    expect(units.map((unit) => unit.name)).toEqual(['东镇', '西镇']);
    expect(units[0]?.years[2021]).toEqual({
      status: 'unpublished',
      submittedOn: '2022-01-20',
      figures: 2,
      source: { file: '2021/东镇.docx' },
    });
    expect(units[0]?.years[2022]?.status).toBe('late');
    expect(units[1]?.years[2021]).toMatchObject({ status: 'missing', submittedOn: null, figures: 0 });
  });

  it('judges a year by a roster’s own deadline only in the year it belongs to, other years by the level’s', () => {
    // 东镇's roster deadline, 2022-01-10, is for reports on 2021; its 2022 report is judged by 01-31 (here: on time).
    const roster: RosterEntry[] = [{ name: '东镇', level: 'town', deadline: '2022-01-10' }];
    const result = aggregateYears(
      [
        report('东镇', 2021, {}, { submittedOn: '2022-01-15', publishedOn: '2022-02-01' }),
        report('东镇', 2022, {}, { submittedOn: '2023-01-15', publishedOn: '2023-02-01' }),
      ],
      { roster, deadlines: { submit: { town: '01-31' } } },
    );
    expect(result.units[0]?.years[2021]?.status).toBe('late');
    expect(result.units[0]?.years[2022]?.status).toBe('reported');
  });

  it('totals each year exactly as the one-year aggregate does', () => {
    const reports = [
      report('东镇', 2022, { 'disputes.handled': 4 }),
      beiliuReport(),
      report('西镇', 2022, { 'disputes.handled': 6 }),
    ];
    const result = aggregateYears(reports);
    for (const year of result.years) {
      expect(result.byYear[year]?.indicators).toEqual(
        aggregate(
          reports.filter((one) => one.year === year),
          { year },
        ).indicators,
      );
    }
  });
});

describe('countedFigures', () => {
  it('names the figure the year’s total took for a unit, and no running total, target or plan', () => {
    const plans = makeSection('plans', { id: 's-plans' });
    const given = makeReport({
      sections: [makeSection('measures', { id: 's-1' }), plans],
      metrics: [
        makeMetric('disputes.handled', 30, { unit: '起', scope: 'cumulative', sectionId: 's-1' }),
        makeMetric('disputes.handled', 22, {
          unit: '起',
          sectionId: 's-1',
          source: { start: 0, end: 5, quote: '全年化解矛盾纠纷22起' },
        }),
        makeMetric('disputes.handled', 20, { unit: '件', sectionId: 's-1' }),
        makeMetric('disputes.handled', 40, { unit: '件', sectionId: 's-plans' }),
        makeMetric('disputes.handled', 50, { unit: '件', scope: 'target', sectionId: 's-1' }),
      ],
    });
    const figures = countedFigures(given, 'disputes.handled');
    expect(figures.counted?.source?.quote).toBe('全年化解矛盾纠纷22起');
    expect(figures.restated.map((metric) => metric.value)).toEqual([20]);
    const unit = aggregate([given], { year: given.year, unitValues: true }).unitsDetail[0];
    expect(unit?.values?.['disputes.handled']?.value).toBe(figures.counted?.value);
  });

  it('agrees with the aggregation on every indicator of the reference report', () => {
    const given = beiliuReport();
    const values = aggregate([given], { year: given.year, unitValues: true }).unitsDetail[0]?.values ?? {};
    for (const [indicator, value] of Object.entries(values)) {
      const counted = countedFigures(given, indicator).counted;
      expect(counted, indicator).toBeDefined();
      expect(counted?.qualifier, indicator).toBe(value.qualifier);
    }
    expect(countedFigures(given, 'no.such').counted).toBeUndefined();
  });
});
