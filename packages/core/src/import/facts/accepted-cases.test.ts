import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from './extracted-fact.js';
import { acceptedCases } from './accepted-cases.js';

const fact = (indicator: string, label: string): ExtractedFact => ({
  metric: { indicator, label, value: 1, unit: '件', qualifier: 'exact' },
});

describe('acceptedCases', () => {
  it('moves the cases from the applications to the accepted', () => {
    const swapped = acceptedCases(fact('unclassified', '依法受理'), fact('reconsideration.cases', '收到行政复议申请'));
    expect([swapped?.accepted.metric.indicator, swapped?.applications.metric.indicator]).toEqual([
      'reconsideration.cases',
      'unclassified',
    ]);
  });

  it('leaves other pairs alone', () => {
    expect(
      acceptedCases(fact('unclassified', '审结'), fact('reconsideration.cases', '收到行政复议申请')),
    ).toBeUndefined();
    expect(
      acceptedCases(fact('unclassified', '受理'), fact('reconsideration.cases', '办理行政复议案件')),
    ).toBeUndefined();
    expect(acceptedCases(fact('unclassified', '受理'), fact('complaints.received', '收到投诉申请'))).toBeUndefined();
    expect(acceptedCases(fact('unclassified', '受理'), undefined)).toBeUndefined();
  });
});
