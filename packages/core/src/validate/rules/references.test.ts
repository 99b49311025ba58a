import { describe, expect, it } from 'vitest';
import { beiliuReport, findings, makeMetric, makeReport, makeSection } from '../../testing/index.js';

describe('references', () => {
  it('passes the 北留镇 report, whose metrics all point at its sections', () => {
    const report = beiliuReport();
    expect(findings(report, 'unknown_section_ref')).toEqual([]);
    expect(findings(report, 'duplicate_section_id')).toEqual([]);
  });

  it('is an error to reuse a section id, even in a draft', () => {
    const report = makeReport({
      sections: [makeSection('measures', { id: 'a', sections: [makeSection('measures', { id: 'a' })] })],
    });
    expect(findings(report, 'duplicate_section_id', { profile: 'draft' })).toEqual([
      ['error', 'sections.0.sections.0.id'],
    ]);
  });

  it('is an error for a metric to point at a missing section or a backwards span', () => {
    const report = makeReport({
      metrics: [makeMetric('disputes.handled', 1, { unit: '起', sectionId: 'nowhere', source: { start: 9, end: 3 } })],
    });
    expect(findings(report, 'unknown_section_ref')).toEqual([['error', 'metrics.0.sectionId']]);
    expect(findings(report, 'invalid_source_span')).toEqual([['error', 'metrics.0.source']]);
  });
});
