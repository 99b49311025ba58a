import { describe, expect, it } from 'vitest';
import { findings, makeMetric, makeReport, makeSection } from '../../testing/index.js';

describe('target-placement', () => {
  const sections = [
    makeSection('measures', { id: 'm' }),
    makeSection('plans', { id: 'p', sections: [makeSection('plans', { id: 'p1' })] }),
  ];

  it('accepts a target in the plans, at any depth', () => {
    const report = makeReport({
      sections,
      metrics: [makeMetric('study.sessions', 12, { unit: '次', scope: 'target', sectionId: 'p1' })],
    });
    expect(findings(report, 'target_outside_plans')).toEqual([]);
  });

  it('warns when a target sits outside the plans', () => {
    const report = makeReport({
      sections,
      metrics: [makeMetric('study.sessions', 12, { unit: '次', scope: 'target', sectionId: 'm' })],
    });
    expect(findings(report, 'target_outside_plans')).toEqual([['warning', 'metrics.0.scope']]);
  });
});
