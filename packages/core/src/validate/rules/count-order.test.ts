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
