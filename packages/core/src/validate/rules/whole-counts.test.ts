import { describe, expect, it } from 'vitest';
import { validateReport } from '../validate-report.js';
import { beiliuReport, findings, makeMetric, makeReport } from '../../testing/index.js';

describe('whole-counts', () => {
  it('refuses 2.5 场 of publicity, in every profile, saying so in words a clerk reads', () => {
    const report = makeReport({
      metrics: [makeMetric('publicity.events', 2.5, { unit: '场', label: '开展普法活动' })],
    });
    expect(findings(report, 'fractional_count', { profile: 'draft' })).toEqual([['error', 'metrics.0.value']]);
    const issue = validateReport(report).issues.find((i) => i.code === 'fractional_count');
    expect(issue?.messages).toEqual({
      'zh-CN': '“开展普法活动”的数值 2.5 场不是整数，请核对。',
      en: '“开展普法活动” is 2.5 场: a count of things is a whole number. Please check it.',
    });
  });

  it('judges every word that counts things, unclassified figures too: 件, 次, 人次, 人, 名, 个, 份, 条, 支', () => {
    const words = ['件', '次', '人次', '人', '名', '个', '份', '条', '支'];
    const report = makeReport({ metrics: words.map((unit) => makeMetric('unclassified', 1.5, { unit })) });
    expect(findings(report, 'fractional_count')).toHaveLength(words.length);
  });

  it('leaves money, percentages, teaching hours and areas their decimals', () => {
    const report = makeReport({
      metrics: [
        makeMetric('funding.amount', 0.5, { unit: '万元' }),
        makeMetric('disputes.successRate', 98.5, { unit: '%' }),
        makeMetric('unclassified', 1.5, { unit: '课时' }),
        makeMetric('unclassified', 3.2, { unit: '公顷' }),
        makeMetric('unclassified', 0.8, { unit: '个百分点' }),
      ],
    });
    expect(findings(report, 'fractional_count')).toEqual([]);
  });

  it('finds nothing in the 北留镇 report', () => {
    expect(findings(beiliuReport(), 'fractional_count')).toEqual([]);
  });
});
