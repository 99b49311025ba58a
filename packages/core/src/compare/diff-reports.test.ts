import { describe, expect, it } from 'vitest';
import { makeMetric, makeReport, makeSection } from '../testing/index.js';
import { diffReports } from './diff-reports.js';

describe('diffReports', () => {
  const v1 = makeReport({
    sections: [
      makeSection('measures', { id: 'a', title: '依法决策', paragraphs: ['审查重大决策。'] }),
      makeSection('shortcomings', { id: 'b', title: '不足' }),
    ],
    metrics: [
      makeMetric('disputes.handled', 18, { label: '调解矛盾纠纷', unit: '起', sectionId: 'a' }),
      makeMetric('legalAid.cases', 5, { label: '法律援助', sectionId: 'a' }),
    ],
  });

  it('finds nothing between a report and its copy', () => {
    expect(diffReports(v1, structuredClone(v1))).toEqual([]);
  });

  it('names the fields, sections and figures that changed, came or went', () => {
    const v2 = structuredClone(v1);
    v2.issuer = '示例镇人民政府办公室';
    v2.confidentialityReviewed = true;
    v2.sections[0]!.paragraphs = ['审查重大决策12件。'];
    v2.sections.splice(1, 1);
    v2.sections.push(makeSection('plans', { id: 'c', title: '明年安排' }));
    v2.metrics[0] = { ...v2.metrics[0]!, value: 20, qualifier: 'over' };
    v2.metrics.splice(1, 1);
    v2.metrics.push(makeMetric('decisions.legalReview', 12, { label: '审查重大决策', sectionId: 'a' }));
    expect(diffReports(v1, v2)).toEqual([
      { kind: 'field', field: 'issuer', before: '示例镇人民政府', after: '示例镇人民政府办公室' },
      { kind: 'field', field: 'confidentialityReviewed', before: '', after: 'true' },
      { kind: 'section-changed', title: '依法决策' },
      { kind: 'section-added', title: '明年安排' },
      { kind: 'section-removed', title: '不足' },
      { kind: 'metric-changed', label: '调解矛盾纠纷', before: '18起', after: '20起以上' },
      { kind: 'metric-added', label: '审查重大决策', value: '12件' },
      { kind: 'metric-removed', label: '法律援助', value: '5件' },
    ]);
  });
});
