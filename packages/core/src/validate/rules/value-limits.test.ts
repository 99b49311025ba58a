import { describe, expect, it } from 'vitest';
import { validateReport } from '../validate-report.js';
import { beiliuReport, findings, makeMetric, makeReport } from '../../testing/index.js';

describe('value-limits', () => {
  it('refuses 1e300 and 58000000 场 in every profile', () => {
    const report = makeReport({
      metrics: [
        makeMetric('disputes.handled', 1e300, { unit: '件' }),
        makeMetric('publicity.events', 58_000_000, { unit: '场', label: '开展普法活动' }),
      ],
    });
    expect(findings(report, 'value_too_large', { profile: 'draft' })).toEqual([
      ['error', 'metrics.0.value'],
      ['error', 'metrics.1.value'],
    ]);
    expect(validateReport(report).ok).toBe(false);
  });

  it('names the figure as written and the limit in the reader’s numbers', () => {
    const report = makeReport({
      metrics: [makeMetric('publicity.events', 58_000_000, { unit: '场', label: '开展普法活动' })],
    });
    expect(validateReport(report).issues.find((i) => i.code === 'value_too_large')?.messages).toEqual({
      'zh-CN': '“开展普法活动”的数值 58000000 场大得不合常理：任何单位一年都不会超过 1000万 场，请核对是否多输了位数。',
      en: '“开展普法活动” is 58000000 场, more than any unit reports in a year (at most 10,000,000 场). Please check for extra digits.',
    });
  });

  it('bounds money in 元 whatever word it is written in, and a negative percentage as far as a positive one', () => {
    const report = makeReport({
      metrics: [
        makeMetric('funding.amount', 2e8, { unit: '万元' }),
        makeMetric('funding.amount', 5e8, { unit: '元' }),
        makeMetric('unclassified', -1e300, { unit: '%' }),
        makeMetric('unclassified', 1e300, { unit: '自定义' }),
      ],
    });
    expect(findings(report, 'value_too_large')).toEqual([
      ['error', 'metrics.0.value'],
      ['error', 'metrics.2.value'],
      ['error', 'metrics.3.value'],
    ]);
  });

  it('accepts a province’s large but real figures: 1.2亿人次 of audience, 3265000 件 of complaints', () => {
    const report = makeReport({
      unit: { name: '示例省', level: 'province' },
      metrics: [
        makeMetric('publicity.audience', 1.2e8, { unit: '人次' }),
        makeMetric('complaints.received', 3_265_000, { unit: '件' }),
      ],
    });
    expect(findings(report, 'value_too_large')).toEqual([]);
  });

  it('never sees a value that is not a finite number: the shape refuses Infinity and NaN first', () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN]) {
      const result = validateReport(makeReport({ metrics: [makeMetric('disputes.handled', value)] }));
      expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_type', 'metrics.0.value']]);
    }
  });

  it('finds nothing in the 北留镇 report', () => {
    expect(findings(beiliuReport(), 'value_too_large')).toEqual([]);
  });
});
