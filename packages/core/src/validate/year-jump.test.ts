import { describe, expect, it } from 'vitest';
import { beiliuReport, makeMetric, makeReport, makeSection } from '../testing/index.js';
import type { Metric } from '../schema/metric.js';
import { jumpWarnings } from './year-jump.js';

const lastYear = (metrics: Metric[]) => makeReport({ year: 2022, issuedOn: '2023-01-20', metrics });
const thisYear = (metrics: Metric[]) => makeReport({ metrics });
const events = (value: number, overrides: Partial<Metric> = {}) =>
  makeMetric('publicity.events', value, { unit: '场', label: '开展普法活动', ...overrides });
const found = (issues: ReturnType<typeof jumpWarnings>) =>
  issues.map((issue) => [issue.code, issue.severity, issue.path.join('.')]);

describe('jumpWarnings', () => {
  it('warns of a figure more than ten times last year’s, saying both years’ figures', () => {
    const issues = jumpWarnings(
      lastYear([events(300)]),
      thisYear([makeMetric('disputes.handled', 20, { unit: '起' }), events(5800)]),
    );
    expect(found(issues)).toEqual([['year_jump', 'warning', 'metrics.1.value']]);
    expect(issues[0]?.messages).toEqual({
      'zh-CN': '“开展普法活动”2023年为 5800 场，2022年为 300 场，增加到原来的 19.3 倍，请核对。',
      en: '“开展普法活动” is 5800 场 in 2023 against 300 场 in 2022: 19.3 times as much. Please check it.',
    });
    expect(issues[0]?.message).toBe(issues[0]?.messages['zh-CN']);
  });

  it('warns of a fall below a tenth, and to none', () => {
    const issues = jumpWarnings(
      lastYear([events(5000), makeMetric('legalServices.consultations', 800, { unit: '人次' })]),
      thisYear([events(200), makeMetric('legalServices.consultations', 0, { unit: '人次' })]),
      { locale: 'en' },
    );
    expect(issues.map((issue) => issue.messages['zh-CN'])).toEqual([
      '“开展普法活动”2023年为 200 场，2022年为 5000 场，减少到原来的 1/25，请核对。',
      '“legalServices.consultations”2023年为 0 人次，2022年为 800 人次，降为零，请核对。',
    ]);
    expect(issues[1]?.message).toContain('down to none');
  });

  it('leaves ten times or less, and small counts, alone', () => {
    expect(jumpWarnings(lastYear([events(300)]), thisYear([events(3000)]))).toEqual([]);
    expect(
      jumpWarnings(lastYear([makeMetric('litigation.cases', 1)]), thisYear([makeMetric('litigation.cases', 12)])),
    ).toEqual([]);
    expect(
      jumpWarnings(lastYear([makeMetric('litigation.cases', 1)]), thisYear([makeMetric('litigation.cases', 12)]), {
        floor: 10,
      }),
    ).toHaveLength(1);
  });

  it('compares in the indicator’s word (起 and 件, 元 and 万元 alike) and another quantity’s word only with itself', () => {
    const issues = jumpWarnings(
      lastYear([
        makeMetric('disputes.handled', 30, { unit: '件' }),
        makeMetric('funding.amount', 500_000, { unit: '元' }),
        makeMetric('publicity.audience', 2000, { unit: '人次' }),
      ]),
      thisYear([
        makeMetric('disputes.handled', 900, { unit: '起' }),
        makeMetric('funding.amount', 60, { unit: '万元' }),
        makeMetric('publicity.audience', 90_000, { unit: '人' }),
      ]),
    );
    // 900起 after 30件 is 30 times; 60万元 after 50万元 is no jump; 90000人 has no 人 last year.
    expect(found(issues)).toEqual([['year_jump', 'warning', 'metrics.0.value']]);
  });

  it('compares the year’s figures only: not running totals, targets, the plans, rates or unclassified figures', () => {
    const plans = makeSection('plans');
    const sections = [
      makeSection('duties'),
      makeSection('measures'),
      makeSection('shortcomings'),
      plans,
      makeSection('other'),
    ];
    const previous = lastYear([
      events(100, { scope: 'cumulative' }),
      makeMetric('legalAid.cases', 10, { scope: 'target' }),
      makeMetric('training.sessions', 10, { unit: '次' }),
      makeMetric('disputes.successRate', 5, { unit: '%' }),
      makeMetric('unclassified', 10, { unit: '件' }),
    ]);
    const current = makeReport({
      sections,
      metrics: [
        events(5000, { scope: 'cumulative' }),
        makeMetric('legalAid.cases', 500, { scope: 'target' }),
        makeMetric('training.sessions', 500, { unit: '次', sectionId: plans.id }),
        makeMetric('disputes.successRate', 100, { unit: '%' }),
        makeMetric('unclassified', 500, { unit: '件' }),
      ],
    });
    expect(jumpWarnings(previous, current)).toEqual([]);
  });

  it('keeps the larger of a figure stated twice, as the totals do', () => {
    const issues = jumpWarnings(lastYear([events(300), events(40)]), thisYear([events(60), events(4000)]));
    expect(found(issues)).toEqual([['year_jump', 'warning', 'metrics.1.value']]);
  });

  it('finds nothing between the 北留镇 report and itself a year earlier', () => {
    const current = beiliuReport();
    expect(jumpWarnings({ ...current, year: 2022 }, current)).toEqual([]);
  });
});
