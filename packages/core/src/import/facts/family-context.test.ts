import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from './extracted-fact.js';
import { FamilyContext } from './family-context.js';

const fact = (indicator: string, unit = '件'): ExtractedFact => ({
  metric: { indicator, label: '', value: 1, unit, qualifier: 'exact' },
});

describe('FamilyContext', () => {
  it('remembers the last fact the catalog knows, not the last fact', () => {
    const context = new FamilyContext();
    const known = fact('reconsideration.cases');
    context.push(known, 0);
    context.push(fact('unclassified'), 10);
    expect(context.classified).toBe(known);
    expect(context.facts.length).toBe(2);
  });

  it('is near only from the sentence start on, and never a rate', () => {
    const context = new FamilyContext();
    context.push(fact('reconsideration.cases'), 5);
    expect(context.near(5)).toBeDefined();
    expect(context.near(6)).toBeUndefined();
    context.push(fact('disputes.successRate', '%'), 8);
    expect(context.near(0)).toBeUndefined();
  });

  it('replaces the last known fact in place', () => {
    const context = new FamilyContext();
    context.push(fact('reconsideration.cases'), 0);
    context.replaceClassified(fact('unclassified'));
    expect(context.facts[0]?.metric.indicator).toBe('unclassified');
  });
});
