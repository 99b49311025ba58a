import { describe, expect, it } from 'vitest';
import { findings, makeMetric, makeReport } from '../../testing/index.js';

const rate = (value: number, indicator = 'disputes.successRate') =>
  makeReport({ metrics: [makeMetric(indicator, value, { unit: '%', label: '调解成功率' })] });

describe('rate-range', () => {
  it('passes rates from 0 to 100', () => {
    expect(findings(rate(0), 'rate_out_of_range')).toEqual([]);
    expect(findings(rate(100), 'rate_out_of_range')).toEqual([]);
  });

  it('is an error for a rate of 130%', () => {
    expect(findings(rate(130), 'rate_out_of_range')).toEqual([['error', 'metrics.0.value']]);
    expect(findings(rate(-1), 'rate_out_of_range')).toEqual([['error', 'metrics.0.value']]);
  });

  it('leaves unclassified percentages such as growth alone', () => {
    expect(findings(rate(130, 'unclassified'), 'rate_out_of_range')).toEqual([]);
  });
});
