import { describe, expect, it } from 'vitest';
import { findings, makeMetric, makeReport } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

const study = (...values: number[]) =>
  makeReport({
    metrics: values.map((value, i) =>
      makeMetric('study.sessions', value, { label: i === 0 ? '会前学法' : '中心组学法', unit: '次' }),
    ),
  });

describe('counted-once', () => {
  it('warns on the smaller of two figures of the year under one indicator, which no total counts', () => {
    expect(findings(study(12, 6), 'counted_once')).toEqual([['warning', 'metrics.1.indicator']]);
    const issue = validateReport(study(12, 6), { now: new Date('2024-01-20') }).issues.find(
      (one) => one.code === 'counted_once',
    );
    expect(issue?.messages['zh-CN']).toBe(
      '“中心组学法”（6次）和“会前学法”（12次）归在同一个指标下，县里合计时只计较大的 12次：如果是两件不同的事，请为“中心组学法”改选指标或设为未归类。',
    );
  });

  it('says nothing of one figure stated twice, of a target or a running total beside the year’s, or of unclassified figures', () => {
    expect(findings(study(12, 12), 'counted_once')).toEqual([]);
    const apart = makeReport({
      metrics: [
        makeMetric('study.sessions', 12, { unit: '次' }),
        makeMetric('study.sessions', 20, { unit: '次', scope: 'target' }),
        makeMetric('study.sessions', 50, { unit: '次', scope: 'cumulative' }),
        makeMetric('unclassified', 3, { unit: '次' }),
        makeMetric('unclassified', 5, { unit: '次' }),
      ],
    });
    expect(findings(apart, 'counted_once')).toEqual([]);
  });
});
