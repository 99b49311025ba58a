import { describe, expect, it } from 'vitest';
import { findings, makeMetric, makeReport } from '../../testing/index.js';
import type { Qualifier } from '../../schema/enums.js';

function judgments(fulfilled: number, due: number, qualifier: Qualifier = 'exact') {
  return makeReport({
    metrics: [
      makeMetric('judgments.due', due, { label: '需履行' }),
      makeMetric('judgments.fulfilled', fulfilled, { label: '已履行', qualifier }),
    ],
  });
}

describe('count-order', () => {
  it('passes 已履行 ≤ 需履行', () => {
    expect(findings(judgments(1, 1), 'count_order_violated')).toEqual([]);
  });

  it('is an error when more judgments are fulfilled than were due', () => {
    expect(findings(judgments(3, 2), 'count_order_violated')).toEqual([['error', 'metrics.1.value']]);
  });

  it('keeps 余 as a lower bound: 3余 already exceeds 2', () => {
    expect(findings(judgments(3, 2, 'over'), 'count_order_violated')).toEqual([['error', 'metrics.1.value']]);
  });

  it('never treats 约 or 近 values as exact', () => {
    expect(findings(judgments(3, 2, 'about'), 'count_order_violated')).toEqual([]);
    expect(findings(judgments(3, 2, 'nearly'), 'count_order_violated')).toEqual([]);
  });

  it('holds 成功 ≤ 排查 across a missing 调解: 排查 10, 调解成功 12 is an error', () => {
    const report = makeReport({
      metrics: [
        makeMetric('disputes.handled', 10, { unit: '起' }),
        makeMetric('disputes.resolved', 12, { unit: '起' }),
      ],
    });
    expect(findings(report, 'count_order_violated')).toEqual([['error', 'metrics.1.value']]);
    const fine = makeReport({
      metrics: [
        makeMetric('disputes.handled', 12, { unit: '起' }),
        makeMetric('disputes.resolved', 10, { unit: '起' }),
      ],
    });
    expect(findings(fine, 'count_order_violated')).toEqual([]);
  });

  it('checks the chain 成功 ≤ 调解 ≤ 排查', () => {
    const report = makeReport({
      metrics: [
        makeMetric('disputes.handled', 20, { unit: '起' }),
        makeMetric('disputes.mediated', 25, { unit: '起' }),
        makeMetric('disputes.resolved', 24, { unit: '起' }),
      ],
    });
    expect(findings(report, 'count_order_violated')).toEqual([['error', 'metrics.1.value']]);
  });
});

describe('count-order with a count given twice', () => {
  const twice = (resolved: number, ...mediated: number[]) =>
    makeReport({
      metrics: [
        ...mediated.map((value) => makeMetric('disputes.mediated', value, { label: '调解矛盾纠纷', unit: '件' })),
        makeMetric('disputes.resolved', resolved, { label: '调解成功', unit: '件' }),
      ],
    });

  it('is an error when a count is above every figure of the count it may not exceed (86件 and a misfiled 0件)', () => {
    expect(findings(twice(90, 86, 0), 'count_order_violated')).toEqual([['error', 'metrics.2.value']]);
  });

  it('says nothing where one of the figures would allow it', () => {
    expect(findings(twice(90, 86, 100), 'count_order_violated')).toEqual([]);
  });
});
