import { describe, expect, it } from 'vitest';
import { findings, makeMetric, makeReport } from '../../testing/index.js';
import type { Qualifier } from '../../schema/enums.js';

function disputes(rate: number, resolved: number, mediated: number, qualifier: Qualifier = 'exact') {
  return makeReport({
    metrics: [
      makeMetric('disputes.mediated', mediated, { unit: '起', label: '调解矛盾纠纷' }),
      makeMetric('disputes.resolved', resolved, { unit: '起', label: '调解成功', qualifier }),
      makeMetric('disputes.successRate', rate, { unit: '%', label: '调解成功率' }),
    ],
  });
}

describe('rate-consistency', () => {
  it('passes a rate that agrees with its numerator and denominator', () => {
    expect(findings(disputes(90, 45, 50), 'rate_mismatch')).toEqual([]);
  });

  it('tolerates truncation within 0.1 point', () => {
    expect(findings(disputes(66.6, 2, 3), 'rate_mismatch')).toEqual([]);
  });

  it('respects the precision the report wrote: 98% for 55/56 is right, 90% and 98.5% are not', () => {
    expect(findings(disputes(98, 55, 56), 'rate_mismatch')).toEqual([]);
    expect(findings(disputes(98.2, 55, 56), 'rate_mismatch')).toEqual([]);
    expect(findings(disputes(90, 55, 56), 'rate_mismatch')).toEqual([['warning', 'metrics.2.value']]);
    expect(findings(disputes(98.5, 55, 56), 'rate_mismatch')).toEqual([['warning', 'metrics.2.value']]);
  });

  it('warns when the rate disagrees by 2 points, and stays ok', () => {
    expect(findings(disputes(92, 45, 50), 'rate_mismatch')).toEqual([['warning', 'metrics.2.value']]);
  });

  it('cannot judge a rate from an approximate count', () => {
    expect(findings(disputes(92, 45, 50, 'over'), 'rate_mismatch')).toEqual([]);
  });

  it('skips a zero denominator instead of dividing by it', () => {
    expect(findings(disputes(100, 0, 0), 'rate_mismatch')).toEqual([]);
  });

  it('does not compare figures of different scopes', () => {
    const report = disputes(92, 45, 50);
    report.metrics[0] = { ...report.metrics[0]!, scope: 'cumulative' };
    expect(findings(report, 'rate_mismatch')).toEqual([]);
  });
});
