import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../catalog/catalog.js';
import type { Qualifier } from '../schema/enums.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';
import { makeMetric, makeReport, makeSection } from '../testing/index.js';
import type { AggregateResult } from './aggregate-result.js';
import { aggregate, createAggregator, restoreAggregator } from './aggregator.js';
import { completeness } from './completeness.js';
import type { RosterEntry } from './roster.js';

const town = (name: string, overrides: Partial<Report> = {}): Report =>
  makeReport({
    title: `${name}2023年法治政府建设情况报告`,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    ...overrides,
  });

const roster: RosterEntry[] = [
  { name: '东镇', level: 'town' },
  { name: '西镇', level: 'town' },
  { name: '南镇', level: 'town', deadline: '2024-01-31' },
  { name: '县司法局', level: 'department' },
];

describe('aggregate: rates', () => {
  it('recomputes rates from summed counts, never averaging: 9/10 and 1/90 give 10%', () => {
    const rate = (resolved: number, mediated: number) => [
      makeMetric('disputes.resolved', resolved, { unit: '起' }),
      makeMetric('disputes.mediated', mediated, { unit: '起' }),
      makeMetric('disputes.successRate', Math.round((resolved / mediated) * 1000) / 10, { unit: '%' }),
    ];
    const result = aggregate([town('东镇', { metrics: rate(9, 10) }), town('西镇', { metrics: rate(1, 90) })], {
      year: 2023,
    });
    expect(result.rates['disputes.successRate']).toMatchObject({
      value: 10,
      numerator: 10,
      denominator: 100,
      reporting: 2,
      excluded: 0,
    });
  });

  it('counts a unit that gave only the percentage as excluded from the recomputed rate', () => {
    const result = aggregate(
      [
        town('东镇', { metrics: [makeMetric('judgments.due', 4), makeMetric('judgments.fulfilled', 3)] }),
        town('西镇', { metrics: [makeMetric('judgments.fulfillmentRate', 100, { unit: '%' })] }),
      ],
      { year: 2023 },
    );
    expect(result.rates['judgments.fulfillmentRate']).toMatchObject({
      value: 75,
      numerator: 3,
      denominator: 4,
      reporting: 1,
      excluded: 1,
    });
    expect(result.rates['judgments.fulfillmentRate']?.reported).toMatchObject({ min: 100, max: 100, reporting: 1 });
  });
});

describe('aggregate: totals', () => {
  it('sums indicators with min, max, median and the number of units reporting', () => {
    const result = aggregate(
      [10, 30, 20, 40].map((value, i) =>
        town(`镇${i}`, { metrics: [makeMetric('disputes.handled', value, { unit: '起' })] }),
      ),
      { year: 2023 },
    );
    expect(result.indicators['disputes.handled']).toEqual({
      unit: '起',
      total: 100,
      qualifier: 'exact',
      reporting: 4,
      min: 10,
      max: 40,
      median: 25,
    });
  });

  it('makes the total a lower bound when any unit wrote 余', () => {
    const result = aggregate(
      [
        town('东镇', {
          metrics: [makeMetric('legalServices.consultations', 800, { unit: '人次', qualifier: 'over' })],
        }),
        town('西镇', { metrics: [makeMetric('legalServices.consultations', 200, { unit: '人次' })] }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['legalServices.consultations']).toMatchObject({ total: 1000, qualifier: 'over' });
  });

  it('keeps the year’s figures and running totals apart, and converts 元 to 万元', () => {
    const result = aggregate(
      [
        town('东镇', {
          metrics: [
            makeMetric('remoteVisits.sessions', 164, { unit: '次', scope: 'cumulative' }),
            makeMetric('remoteVisits.sessions', 20, { unit: '次', scope: 'year' }),
            makeMetric('funding.amount', 500000, { unit: '元' }),
          ],
        }),
        town('西镇', { metrics: [makeMetric('funding.amount', 30, { unit: '万元' })] }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['remoteVisits.sessions']?.total).toBe(20);
    expect(result.cumulative['remoteVisits.sessions']?.total).toBe(164);
    expect(result.indicators['funding.amount']?.total).toBe(80);
  });
});

describe('aggregate: roster', () => {
  const reports = [
    town('东镇', { issuedOn: '2024-01-20', publishedOn: '2024-03-01' }),
    town('南镇', { issuedOn: '2024-02-10', publishedOn: '2024-03-01' }),
    town('北镇', { issuedOn: '2024-01-20' }),
  ];

  it('refuses a roster that lists one unit twice under two spellings: one report would be counted as two units', () => {
    const twice = [...roster, { name: '东镇人民政府', level: 'town' as const }];
    expect(() => createAggregator({ year: 2023, roster: twice })).toThrow(
      'rosterMatcher: the roster lists one unit twice, as 东镇 and as 东镇人民政府',
    );
    expect(() => aggregate(reports, { year: 2023, roster: [...roster, { name: '东镇', level: 'town' }] })).toThrow(
      TypeError,
    );
  });

  it('lists missing, late and unpublished units', () => {
    const result = aggregate(reports, { year: 2023, roster });
    expect(result.units).toEqual({
      expected: 4,
      reported: 2,
      missing: ['西镇', '县司法局'],
      late: ['南镇'],
      unpublished: [],
      unlisted: ['北镇'],
    });
    expect(result.unitsDetail.map((unit) => [unit.name, unit.status, unit.submittedOn, unit.daysLate])).toEqual([
      ['东镇', 'reported', '2024-01-20', 0],
      ['西镇', 'missing', null, null],
      ['南镇', 'late', '2024-02-10', 10],
      ['县司法局', 'missing', null, null],
      ['北镇', 'unlisted', '2024-01-20', 0],
    ]);
  });

  it('applies the county’s own deadline for towns', () => {
    const result = aggregate([town('东镇', { issuedOn: '2024-02-10', publishedOn: '2024-03-01' })], {
      year: 2023,
      roster,
      deadlines: { submit: { town: '01-31' } },
    });
    expect(result.units.late).toEqual(['东镇']);
  });

  it('skips values that are not reports and reports on other years, saying why', () => {
    const aggregator = createAggregator({ year: 2023, roster });
    expect(aggregator.add({ title: 'x' }, { file: 'a.jsonl', line: 2 })).toBe(false);
    expect(aggregator.add(town('东镇', { year: 2022 }), { file: 'a.jsonl', line: 1 })).toBe(false);
    expect(aggregator.result().skipped).toEqual([
      { file: 'a.jsonl', line: 1, code: 'other_year', reason: '报告年度为 2022 年，不是 2023 年' },
      { file: 'a.jsonl', line: 2, code: 'not_a_report', reason: expect.stringContaining('不是有效的报告') },
    ]);
  });

  it('skips a report whose sections nest 50,000 deep, saying why, instead of overflowing the stack', () => {
    let json = '[]';
    for (let i = 0; i < 50_000; i++)
      json = `[{"id":"s${i}","kind":"measures","title":"t","paragraphs":[],"sections":${json}}]`;
    const aggregator = createAggregator({ year: 2023, roster });
    expect(aggregator.add({ ...town('东镇'), sections: JSON.parse(json) as unknown }, { file: 'deep.json' })).toBe(
      false,
    );
    expect(aggregator.result().skipped).toEqual([
      { file: 'deep.json', code: 'not_a_report', reason: expect.stringContaining('章节嵌套超过 32 层') },
    ]);
  });
});

describe('aggregate: sections and completeness', () => {
  it('counts how many reports have each content', () => {
    const noPlans = town('西镇', {
      sections: [makeSection('duties'), makeSection('measures'), makeSection('shortcomings')],
    });
    const result = aggregate([town('东镇'), noPlans], { year: 2023 });
    expect(result.sections).toEqual({ duties: 2, measures: 2, shortcomings: 2, plans: 1, other: 1, judgments: 0 });
  });

  it('scores completeness: 0.15 per required content, 0.1 for facts, 0.1 for 保密审查, 0.2 for publication', () => {
    expect(completeness(town('东镇'))).toBe(0.6);
    expect(
      completeness(
        town('东镇', {
          metrics: [makeMetric('disputes.handled', 1, { unit: '起' })],
          confidentialityReviewed: true,
          publishedOn: '2024-03-01',
        }),
      ),
    ).toBe(1);
    expect(completeness(town('东镇', { sections: [makeSection('measures')] }))).toBe(0.15);
  });
});

describe('merge', () => {
  it('equals the aggregate of the whole, however the reports are split', () => {
    const qualifier = fc.constantFrom<Qualifier>('exact', 'exact', 'over', 'about', 'nearly', 'under');
    const report = fc
      .record({
        name: fc.constantFrom('东镇', '西镇', '南镇', '北镇', '县司法局', '河镇'),
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 4 }),
        published: fc.boolean(),
        handled: fc.option(fc.tuple(fc.integer({ min: 0, max: 500 }), qualifier)),
        mediated: fc.option(fc.integer({ min: 0, max: 50 })),
        funding: fc.option(fc.double({ min: 0, max: 1000, noNaN: true })),
        year: fc.constantFrom(2023, 2023, 2023, 2022),
      })
      .map(({ name, day, month, published, handled, mediated, funding, year }) =>
        town(name, {
          year,
          issuedOn: `2024-0${month}-${String(day).padStart(2, '0')}`,
          ...(published ? { publishedOn: '2024-04-01' } : {}),
          metrics: [
            ...(handled ? [makeMetric('disputes.handled', handled[0], { unit: '起', qualifier: handled[1] })] : []),
            ...(mediated !== null
              ? [
                  makeMetric('disputes.mediated', mediated, { unit: '起' }),
                  makeMetric('disputes.resolved', Math.floor(mediated / 2), { unit: '起' }),
                ]
              : []),
            ...(funding !== null ? [makeMetric('funding.amount', funding, { unit: '万元' })] : []),
          ],
        }),
      );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(report, fc.constant({ broken: true }) as fc.Arbitrary<unknown>), { maxLength: 30 }),
        fc.array(fc.nat(3), { maxLength: 30 }),
        (reports, shards) => {
          const whole = createAggregator({ year: 2023, roster });
          reports.forEach((r, i) => whole.add(r, { file: 'all', line: i }));
          const parts = [0, 1, 2, 3].map(() => createAggregator({ year: 2023, roster }));
          reports.forEach((r, i) => parts[shards[i] ?? 0]?.add(r, { file: 'all', line: i }));
          // The same shards sent as JSON to another process and brought back (before merging
          // changes them).
          const crossed = parts.map((part) =>
            restoreAggregator(JSON.parse(JSON.stringify(part)), { year: 2023, roster }),
          );
          const [a, b, c, d] = parts;
          if (!a || !b || !c || !d) return;
          // (a + b) + (c + d), merged in a different grouping and order than added.
          const merged = c.merge(d).merge(b.merge(a));
          expect(merged.result()).toEqual(whole.result());
          const [w, x, y, z] = crossed;
          if (!w || !x || !y || !z) return;
          expect(z.merge(w).merge(y.merge(x)).result()).toEqual(whole.result());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same total after a resubmission takes figures back as when they were never added', () => {
    const funding = (value: number) => [makeMetric('funding.amount', value, { unit: '万元' })];
    // A huge mistyped figure, corrected in a resubmission: a running sum would keep the
    // rounding error of having carried it (1e16 + 1.5 − 1e16 = 2).
    const mistyped = town('东镇', { issuedOn: '2024-01-10', metrics: funding(1e16) });
    const corrected = town('东镇', { issuedOn: '2024-01-10', submittedOn: '2024-01-20', metrics: funding(0) });
    const other = town('西镇', { metrics: funding(1.5) });
    const replaced = aggregate([mistyped, other, corrected], { year: 2023 });
    expect(replaced.indicators['funding.amount']?.total).toBe(1.5);
    // Alike but for where the counted reports came from (their place in the input).
    const withoutSources = (result: AggregateResult) => ({
      ...result,
      unitsDetail: result.unitsDetail.map(({ source: _, ...unit }) => unit),
    });
    expect(withoutSources(replaced)).toEqual({
      ...withoutSources(aggregate([other, corrected], { year: 2023 })),
      superseded: replaced.superseded,
    });
    // Figures below the last printed decimal, taken back: 0, never −0.
    const tiny = aggregate(
      [
        town('东镇', { metrics: funding(4.45e-308) }),
        town('东镇', { submittedOn: '2024-05-01', metrics: funding(0) }),
        town('西镇', { metrics: funding(5e-324) }),
      ],
      { year: 2023 },
    );
    expect(Object.is(tiny.indicators['funding.amount']?.total, 0)).toBe(true);
    // The same for a rate's summed counts.
    const lawsuits = (concluded: number, lost: number) => [
      makeMetric('litigation.concluded', concluded, { unit: '件' }),
      makeMetric('litigation.lost', lost, { unit: '件' }),
    ];
    const rate = aggregate(
      [
        town('东镇', { metrics: lawsuits(1e16, 1e16) }),
        town('西镇', { metrics: lawsuits(3, 1) }),
        town('东镇', { submittedOn: '2024-05-01', metrics: lawsuits(1, 0) }),
      ],
      { year: 2023 },
    ).rates['litigation.lossRate'];
    expect(rate).toMatchObject({ numerator: 1, denominator: 4, value: 25, reporting: 2 });
    const negativeZero = aggregate([town('东镇', { metrics: funding(JSON.parse('-0') as number) })], { year: 2023 })
      .indicators['funding.amount'];
    expect(
      [negativeZero?.total, negativeZero?.min, negativeZero?.max, negativeZero?.median].every((n) => Object.is(n, 0)),
    ).toBe(true);
  });

  it('refuses to merge different years or rosters', () => {
    expect(() => createAggregator({ year: 2023 }).merge(createAggregator({ year: 2022 }))).toThrow(
      /year 2022 into year 2023/,
    );
    expect(() => createAggregator({ year: 2023, roster }).merge(createAggregator({ year: 2023 }))).toThrow(
      /different rosters/,
    );
    const extended = createCatalog([
      {
        namespace: 'town',
        indicators: [{ name: 'grid', label: { 'zh-CN': '网格员', en: 'Grid workers' }, units: ['名'], kind: 'count' }],
      },
    ]);
    expect(() => createAggregator({ year: 2023 }).merge(createAggregator({ year: 2023, catalog: extended }))).toThrow(
      /different catalogs/,
    );
  });
});

describe('aggregate: figures a county can publish', () => {
  const handled = (value: number, unit = '起', overrides: Partial<Metric> = {}) =>
    makeMetric('disputes.handled', value, { unit, ...overrides });

  it('counts the larger of two different figures a report gives for one indicator, and lists the other, never dropped unsaid', () => {
    const meetings = (value: number, label: string, unit = '次') =>
      makeMetric('leadership.meetings', value, { unit, label });
    const east = town('东镇', {
      metrics: [
        meetings(2, '召开专题会议'),
        meetings(12, '常务会议学法'),
        // The same figure restated with its own value is a restatement: nothing to list.
        meetings(12, '全年研究法治建设'),
        handled(40),
        makeMetric('x-jincheng.visits', 3, { unit: '次', label: '走访' }),
        makeMetric('x-jincheng.visits', 5, { unit: '次', label: '入户走访' }),
      ],
    });
    const west = town('西镇', { metrics: [meetings(4, '专题会议'), handled(40), handled(40)] });
    const result = aggregate([east, west], { year: 2023, roster });
    expect(result.indicators['leadership.meetings']?.total).toBe(16);
    expect(result.notCounted).toEqual([
      {
        name: '东镇',
        indicator: 'leadership.meetings',
        bucket: 'year',
        value: 2,
        unit: '次',
        qualifier: 'exact',
        label: '召开专题会议',
      },
      {
        name: '东镇',
        indicator: 'x-jincheng.visits',
        bucket: 'year',
        value: 3,
        unit: '次',
        qualifier: 'exact',
        label: '走访',
      },
    ]);
    // It crosses processes with the rest of the state.
    const aggregator = createAggregator({ year: 2023, roster });
    aggregator.add(east);
    const restored = restoreAggregator(JSON.parse(JSON.stringify(aggregator)), { year: 2023, roster });
    expect(restored.result().notCounted).toEqual(aggregator.result().notCounted);
    // Reports that state each figure once list nothing.
    expect(aggregate([west], { year: 2023, roster }).notCounted).toBeUndefined();
  });

  it('counts a resubmitted report once: the latest submission, and lists the earlier one as superseded', () => {
    const first = town('东镇', { issuedOn: '2024-01-10', metrics: [handled(10)] });
    const corrected = town('东镇', { issuedOn: '2024-01-10', submittedOn: '2024-01-25', metrics: [handled(12)] });
    for (const order of [
      [corrected, first],
      [first, corrected],
    ]) {
      const aggregator = createAggregator({ year: 2023 });
      for (const report of order) aggregator.add(report, { file: report === first ? 'a.json' : 'b.json' });
      const result = aggregator.result();
      expect(result.indicators['disputes.handled']?.total).toBe(12);
      expect(result.units.reported).toBe(1);
      expect(result.sections.measures).toBe(1);
      expect(result.superseded).toEqual([{ unit: '东镇', file: 'a.json' }]);
    }
  });

  it('breaks a tie between two reports of one day by where they came from, whatever the order', () => {
    const a = town('东镇', { metrics: [handled(1)] });
    const b = town('东镇', { metrics: [handled(2)] });
    const forwards = aggregate([a, b], { year: 2023 });
    const one = createAggregator({ year: 2023 });
    one.add(b, { file: '-', line: 2 });
    one.add(a, { file: '-', line: 1 });
    expect(one.result()).toEqual(forwards);
    expect(forwards.indicators['disputes.handled']?.total).toBe(2);
  });

  it('leaves units that are not on the roster out of coverage and totals, and lists them', () => {
    const result = aggregate([town('东镇', { metrics: [handled(5)] }), town('外镇', { metrics: [handled(100)] })], {
      year: 2023,
      roster: [
        { name: '东镇', level: 'town' },
        { name: '西镇', level: 'town' },
      ],
    });
    expect(result.units).toMatchObject({ expected: 2, reported: 1, missing: ['西镇'], unlisted: ['外镇'] });
    expect(result.indicators['disputes.handled']?.total).toBe(5);
  });

  it('matches roster units by code, else by name with the parent prefix, spaces and 人民政府 taken off', () => {
    const rosterWithParent: RosterEntry[] = [
      { name: '北留镇', level: 'town', parent: '阳城县' },
      { name: '润城镇', level: 'town', code: '140522101' },
      { name: '东冶镇', level: 'town' },
    ];
    const result = aggregate(
      [
        town('阳城县北留镇'),
        town('润城', { unit: { name: '润城', level: 'town', code: '140522101' } }),
        town('东冶镇 人民政府'),
      ],
      { year: 2023, roster: rosterWithParent },
    );
    expect(result.units).toMatchObject({ reported: 3, missing: [], unlisted: [] });
  });

  it('sums measure words of one quantity: 矛盾纠纷 in 件 and in 起, 普法活动 in 场次, 合法性审查 in 项', () => {
    const result = aggregate(
      [
        town('东镇', {
          metrics: [
            handled(10, '件'),
            makeMetric('publicity.events', 3, { unit: '场次' }),
            makeMetric('decisions.legalReview', 2, { unit: '项' }),
          ],
        }),
        town('西镇', {
          metrics: [
            handled(5, '起'),
            makeMetric('publicity.events', 4, { unit: '场' }),
            makeMetric('decisions.legalReview', 1, { unit: '件' }),
          ],
        }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['disputes.handled']).toMatchObject({ unit: '起', total: 15, reporting: 2 });
    expect(result.indicators['publicity.events']).toMatchObject({ total: 7, reporting: 2 });
    expect(result.indicators['decisions.legalReview']).toMatchObject({ unit: '件', total: 3 });
    expect(result.apart).toEqual([]);
  });

  it('totals a figure in a word of another quantity apart under that word, never dropping it', () => {
    const result = aggregate(
      [
        town('东镇', { metrics: [makeMetric('publicity.audience', 800, { unit: '人次', qualifier: 'over' })] }),
        town('西镇', { metrics: [makeMetric('publicity.audience', 300, { unit: '人' })] }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['publicity.audience']).toMatchObject({ unit: '人次', total: 800, qualifier: 'over' });
    expect(result.apart).toEqual([
      {
        indicator: 'publicity.audience',
        scope: 'year',
        unit: '人',
        total: 300,
        qualifier: 'exact',
        reporting: 1,
        min: 300,
        max: 300,
        median: 300,
      },
    ]);
  });

  it('recomputes a rate whose counts are written in 次 and 件', () => {
    const result = aggregate(
      [
        town('东镇', {
          metrics: [
            makeMetric('litigation.headAppearances', 2, { unit: '次' }),
            makeMetric('litigation.hearings', 4, { unit: '件' }),
          ],
        }),
      ],
      { year: 2023 },
    );
    expect(result.rates['litigation.appearanceRate']).toMatchObject({ value: 50, reporting: 1 });
  });

  it('never adds a 累计 or 截至 figure to the year, nor lets one fill in for a missing year figure', () => {
    const result = aggregate(
      [
        town('东镇', { metrics: [handled(500, '起', { scope: 'cumulative' })] }),
        town('西镇', {
          metrics: [handled(20, '起', { scope: 'year' }), handled(40, '起', { scope: 'asOf', asOf: '2023-11-30' })],
        }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['disputes.handled']).toMatchObject({ total: 20, reporting: 1 });
    expect(result.cumulative['disputes.handled']).toMatchObject({ total: 540, reporting: 2 });
  });

  it('keeps targets apart: scope target, and any figure in a plans section whatever its scope', () => {
    const plans = makeSection('plans', { id: 'plans-1' });
    const result = aggregate(
      [
        town('东镇', {
          sections: [
            makeSection('duties'),
            makeSection('measures', { id: 'measures-1' }),
            makeSection('shortcomings'),
            plans,
          ],
          metrics: [
            makeMetric('study.sessions', 8, { unit: '次', sectionId: 'measures-1' }),
            makeMetric('study.sessions', 12, { unit: '次', qualifier: 'over', scope: 'year', sectionId: 'plans-1' }),
          ],
        }),
        town('西镇', { metrics: [makeMetric('study.sessions', 10, { unit: '次', scope: 'target' })] }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['study.sessions']).toMatchObject({ total: 8, qualifier: 'exact', reporting: 1 });
    expect(result.targets['study.sessions']).toMatchObject({ total: 22, qualifier: 'over', reporting: 2 });
  });

  it('says when a rate cannot be recomputed and shows the percentages as reported', () => {
    const result = aggregate(
      [
        town('东镇', { metrics: [makeMetric('complaints.satisfactionRate', 98.5, { unit: '%' })] }),
        town('西镇', { metrics: [makeMetric('complaints.satisfactionRate', 100, { unit: '%' })] }),
      ],
      { year: 2023 },
    );
    expect(result.rates['complaints.satisfactionRate']).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      reporting: 0,
      excluded: 2,
      reported: { unit: '%', qualifier: 'exact', reporting: 2, min: 98.5, max: 100, median: 99.25 },
    });
  });

  it('totals another town’s extension indicators with the catalog that registers them', () => {
    const catalog = createCatalog([
      {
        namespace: 'jincheng',
        indicators: [
          { name: 'gridMembers', label: { 'zh-CN': '网格员', en: 'Grid workers' }, units: ['名'], kind: 'count' },
        ],
      },
    ]);
    const result = aggregate(
      [
        town('东镇', { metrics: [makeMetric('x-jincheng.gridMembers', 12, { unit: '名' })] }),
        town('西镇', { metrics: [makeMetric('x-jincheng.gridMembers', 8, { unit: '人' })] }),
      ],
      { year: 2023, catalog },
    );
    expect(result.indicators['x-jincheng.gridMembers']).toMatchObject({ unit: '名', total: 20, reporting: 2 });
  });

  it('totals figures of an indicator the catalog does not know apart under their own key, never dropping them', () => {
    const result = aggregate(
      [
        town('东镇', {
          metrics: [
            makeMetric('x-yourtown.gridEvents', 12, { unit: '件' }),
            makeMetric('unclassified', 3, { unit: '件' }),
          ],
        }),
        town('西镇', { metrics: [makeMetric('x-yourtown.gridEvents', 8, { unit: '件', qualifier: 'over' })] }),
      ],
      { year: 2023 },
    );
    expect(result.apart).toEqual([
      {
        indicator: 'x-yourtown.gridEvents',
        scope: 'year',
        unit: '件',
        total: 20,
        qualifier: 'over',
        reporting: 2,
        min: 8,
        max: 12,
        median: 10,
      },
    ]);
    expect(result.unclassified).toBe(1);
  });

  it('refuses a snapshot that is malformed or made for another year, roster or catalog, naming the problem', () => {
    const shard = createAggregator({ year: 2023, roster });
    shard.add(town('东镇', { metrics: [handled(5)] }));
    const snapshot = JSON.parse(JSON.stringify(shard)) as Record<string, unknown>;
    expect(() => restoreAggregator({ ...snapshot, format: 'other' }, { year: 2023, roster })).toThrow(
      /malformed.*format/s,
    );
    expect(() => restoreAggregator(snapshot, { year: 2022, roster })).toThrow(/for year 2023, not 2022/);
    expect(() => restoreAggregator(snapshot, { year: 2023 })).toThrow(/another roster/);
    const units = snapshot['units'] as { figures: number[] }[];
    const broken = { ...snapshot, units: [{ ...units[0], figures: [9999, 1, 0] }] };
    expect(() => restoreAggregator(broken, { year: 2023, roster })).toThrow(/units\[0\]\.figures/);
    expect(() => restoreAggregator(JSON.parse('{"__proto__": {}}'), { year: 2023 })).toThrow(TypeError);
    expect(() => createAggregator({ year: 2023 }).merge({} as never)).toThrow(/not an aggregator/);
  });
});

describe('aggregate: the measure word a total is said in', () => {
  const handled = (value: number, unit: string, overrides: Partial<Metric> = {}) =>
    makeMetric('disputes.handled', value, { unit, ...overrides });
  const words = (result: AggregateResult, name: string) =>
    result.unitsDetail.find((unit) => unit.name === name)?.values?.['disputes.handled']?.unit;

  it('says a total in the word every unit wrote: 326件 totals as 合计326件, 41条 as 41条', () => {
    const result = aggregate(
      [
        town('东镇', {
          metrics: [handled(300, '件'), makeMetric('normativeDocs.filed', 41, { unit: '条' })],
        }),
        town('西镇', { metrics: [handled(26, '件')] }),
      ],
      { year: 2023, unitValues: true },
    );
    expect(result.indicators['disputes.handled']).toMatchObject({ unit: '件', total: 326, reporting: 2 });
    expect(result.indicators['normativeDocs.filed']).toMatchObject({ unit: '条', total: 41 });
    // Each unit wrote the total's word: its own line needs no word of its own.
    expect([words(result, '东镇'), words(result, '西镇')]).toEqual([undefined, undefined]);
  });

  it('says a total of mixed words of one quantity in the word most of its figures use', () => {
    const mostly = (written: readonly string[]) =>
      aggregate(
        written.map((unit, i) => town(`镇${i}`, { metrics: [handled(10 + i, unit)] })),
        { year: 2023, unitValues: true },
      );
    expect(mostly(['件', '起', '件']).indicators['disputes.handled']).toMatchObject({ unit: '件', total: 33 });
    expect(mostly(['起', '件', '起']).indicators['disputes.handled']).toMatchObject({ unit: '起', total: 33 });
    expect(mostly(['宗', '件', '宗', '起']).indicators['disputes.handled']?.unit).toBe('宗');
    // A unit's line says its word where it is not the total's.
    const result = mostly(['件', '起', '件']);
    expect(['镇0', '镇1', '镇2'].map((name) => words(result, name))).toEqual([undefined, '起', undefined]);
  });

  it('breaks a tie by the catalog’s order of words: its first unit when that is tied', () => {
    const tied = (written: readonly string[]) =>
      aggregate(
        written.map((unit, i) => town(`镇${i}`, { metrics: [handled(5, unit)] })),
        { year: 2023, unitValues: true },
      ).indicators['disputes.handled']?.unit;
    // disputes.handled is listed in 起, then 件.
    expect(tied(['件', '起'])).toBe('起');
    expect(tied(['起', '件'])).toBe('起');
    expect(tied(['宗', '件'])).toBe('件');
  });

  it('chooses the word of the year’s, the running and the target totals each from its own figures', () => {
    const result = aggregate(
      [
        town('东镇', {
          metrics: [
            handled(10, '件'),
            handled(300, '宗', { scope: 'cumulative' }),
            handled(20, '起', { scope: 'target' }),
          ],
        }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['disputes.handled']?.unit).toBe('件');
    expect(result.cumulative['disputes.handled']?.unit).toBe('宗');
    expect(result.targets['disputes.handled']?.unit).toBe('起');
  });

  it('never lets figures in a word of another quantity choose the word: they stay apart under their own', () => {
    const audience = (value: number, unit: string) => makeMetric('publicity.audience', value, { unit });
    const result = aggregate(
      [
        town('东镇', { metrics: [audience(800, '人次')] }),
        town('西镇', { metrics: [audience(300, '人')] }),
        town('南镇', { metrics: [audience(200, '人')] }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['publicity.audience']).toMatchObject({ unit: '人次', total: 800, reporting: 1 });
    expect(result.apart).toMatchObject([{ indicator: 'publicity.audience', unit: '人', total: 500 }]);
  });

  it('keeps money in 万元, converting 元 by value, and a total of 万元 figures in 万元', () => {
    const funding = (value: number, unit: string) => makeMetric('funding.amount', value, { unit });
    const inWan = aggregate(
      [town('东镇', { metrics: [funding(30, '万元')] }), town('西镇', { metrics: [funding(20, '万元')] })],
      {
        year: 2023,
      },
    );
    expect(inWan.indicators['funding.amount']).toMatchObject({ unit: '万元', total: 50 });
    const mixed = aggregate(
      [
        town('东镇', { metrics: [funding(500000, '元')] }),
        town('西镇', { metrics: [funding(100000, '元')] }),
        town('南镇', { metrics: [funding(30, '万元')] }),
      ],
      { year: 2023, unitValues: true },
    );
    expect(mixed.indicators['funding.amount']).toMatchObject({ unit: '万元', total: 90 });
  });

  it('takes a resubmitted report’s word back with its figure', () => {
    const result = aggregate(
      [
        town('东镇', { issuedOn: '2024-01-10', metrics: [handled(10, '起')] }),
        town('西镇', { metrics: [handled(10, '件')] }),
        town('南镇', { metrics: [handled(10, '起')] }),
        town('东镇', { issuedOn: '2024-01-10', submittedOn: '2024-01-20', metrics: [handled(12, '件')] }),
      ],
      { year: 2023 },
    );
    expect(result.indicators['disputes.handled']).toMatchObject({ unit: '件', total: 32, reporting: 3 });
  });

  it('refuses a snapshot that names one figure’s word twice, which would count it twice', () => {
    const shard = createAggregator({ year: 2023 });
    shard.add(town('东镇', { metrics: [handled(5, '件')] }));
    const snapshot = JSON.parse(JSON.stringify(shard)) as { units: { words?: { slot: number; unit: string }[] }[] };
    const unit = snapshot.units[0];
    const word = unit?.words?.[0];
    expect(word).toMatchObject({ unit: '件' });
    const twice = { ...snapshot, units: [{ ...unit, words: [word, { ...word, unit: '宗' }] }] };
    expect(() => restoreAggregator(twice, { year: 2023 })).toThrow(/units\[0\]\.figures/);
  });

  it('gives the same word however the reports are split into shards and merged, through JSON too', () => {
    const report = fc
      .record({
        name: fc.constantFrom('东镇', '西镇', '南镇', '北镇', '河镇', '山镇'),
        day: fc.integer({ min: 1, max: 28 }),
        value: fc.integer({ min: 0, max: 500 }),
        unit: fc.constantFrom('件', '起', '宗', '人'),
        scope: fc.constantFrom<'year' | 'cumulative' | 'target'>('year', 'year', 'cumulative', 'target'),
      })
      .map(({ name, day, value, unit, scope }) =>
        town(name, {
          issuedOn: `2024-01-${String(day).padStart(2, '0')}`,
          metrics: [handled(value, unit, { scope })],
        }),
      );
    fc.assert(
      fc.property(fc.array(report, { maxLength: 24 }), fc.array(fc.nat(3), { maxLength: 24 }), (reports, shards) => {
        const whole = createAggregator({ year: 2023 });
        reports.forEach((r, i) => whole.add(r, { file: 'all', line: i }));
        const parts = [0, 1, 2, 3].map(() => createAggregator({ year: 2023 }));
        reports.forEach((r, i) => parts[shards[i] ?? 0]?.add(r, { file: 'all', line: i }));
        const crossed = parts.map((part) => restoreAggregator(JSON.parse(JSON.stringify(part)), { year: 2023 }));
        const [a, b, c, d] = parts;
        const [w, x, y, z] = crossed;
        if (!a || !b || !c || !d || !w || !x || !y || !z) return;
        const expected = whole.result({ unitValues: true });
        expect(d.merge(b).merge(c.merge(a)).result({ unitValues: true })).toEqual(expected);
        expect(x.merge(z.merge(w)).merge(y).result({ unitValues: true })).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
