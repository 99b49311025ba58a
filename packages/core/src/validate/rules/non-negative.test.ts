import { describe, expect, it } from 'vitest';
import { findings, makeMetric, makeReport } from '../../testing/index.js';

describe('non-negative', () => {
  it('refuses a negative count or amount, in every profile', () => {
    const report = makeReport({
      metrics: [makeMetric('disputes.handled', -5, { unit: '件' }), makeMetric('funding.amount', -1, { unit: '万元' })],
    });
    expect(findings(report, 'negative_value', { profile: 'draft' })).toEqual([
      ['error', 'metrics.0.value'],
      ['error', 'metrics.1.value'],
    ]);
  });

  it('judges an unclassified figure by its measure word: -3 件 is wrong, a fall of 5% is not', () => {
    const report = makeReport({
      metrics: [
        makeMetric('unclassified', -3, { unit: '件' }),
        makeMetric('unclassified', -5, { unit: '%' }),
        makeMetric('unclassified', -2, { unit: '个百分点' }),
      ],
    });
    expect(findings(report, 'negative_value')).toEqual([['error', 'metrics.0.value']]);
  });

  it('accepts zero', () => {
    expect(
      findings(makeReport({ metrics: [makeMetric('litigation.lost', 0, { unit: '件' })] }), 'negative_value'),
    ).toEqual([]);
  });
});
