import { describe, expect, it } from 'vitest';
import { makeMetric, makeReport } from '../testing/index.js';
import { COMPLETENESS_WEIGHTS, completeness, completenessParts } from './completeness.js';

describe('completenessParts', () => {
  it('says in words what each part of 完整度 adds, the required contents by name', () => {
    expect(completenessParts('zh-CN').map((line) => line.text)).toEqual([
      '法定内容（举措和成效、不足和原因、第一责任人职责、下一年度安排）每有一项 +15%',
      '写有至少一个数字（如“化解矛盾纠纷58起”）+10%',
      '已做保密审查 +10%',
      '已公开 +20%',
    ]);
    expect(completenessParts('en').at(-1)?.text).toBe('Published: +20%');
  });

  it('adds up to the score of a report that has every part, from the weights the score is counted by', () => {
    const full = makeReport({
      metrics: [makeMetric('disputes.handled', 58, { unit: '起' })],
      confidentialityReviewed: true,
      publishedOn: '2024-02-01',
    });
    const [content, ...others] = completenessParts();
    const points = 4 * (content?.points ?? 0) + others.reduce((sum, line) => sum + line.points, 0);
    expect(points).toBe(100);
    expect(completeness(full)).toBe(1);
    expect(completeness({ ...full, publishedOn: undefined })).toBe(1 - COMPLETENESS_WEIGHTS.published);
  });
});
