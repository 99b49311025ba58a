import { validateReport } from '@law-report/core';
import { importDraft } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { compareFacts, corpus } from './corpus/corpus.js';

describe.each(corpus())('importing $file', ({ text, expected }) => {
  const { report } = importDraft(text, { now: new Date('2026-01-01') });

  it('finds the title, year, unit and 落款', () => {
    expect({
      title: report.title,
      year: report.year,
      unit: { name: report.unit.name, level: report.unit.level },
      issuer: report.issuer,
      issuedOn: report.issuedOn,
    }).toEqual({
      title: expected.title,
      year: expected.year,
      unit: expected.unit,
      issuer: expected.issuer,
      issuedOn: expected.issuedOn,
    });
    if (expected.publishedOn) expect(report.publishedOn).toBe(expected.publishedOn);
  });

  it('builds the top-level sections with their kinds', () => {
    expect(report.sections.map((section) => section.kind)).toEqual(expected.kinds);
  });

  it('finds every fact and nothing else', () => {
    const { missed, extra } = compareFacts(expected.facts, report.metrics);
    const known = expected.knownDifferences;
    expect({
      missed,
      extra: extra.map(({ indicator, value, unit, qualifier, scope, asOf }) => ({
        indicator,
        value,
        unit,
        qualifier,
        scope,
        asOf,
      })),
    }).toEqual({
      missed: known?.missed ?? [],
      extra: (known?.extra ?? []).map((fact) => ({ scope: undefined, asOf: undefined, ...fact })),
    });
  });

  it('gives a schema-valid draft whose facts point at their words', () => {
    const draft = validateReport(report, { profile: 'draft' });
    expect(draft.ok).toBe(true);
    // Each figure's sentence is in the draft's own text: nothing to warn of until someone edits it.
    expect(draft.issues.filter((issue) => issue.code === 'figure_source_changed')).toEqual([]);
    for (const metric of report.metrics) {
      const source = metric.source;
      expect(source).toBeDefined();
      if (!source) continue;
      // In a saved page a figure may be split across elements (<span>1</span><span>0</span>次).
      const words = text.slice(source.start, source.end).replace(/<[^<>]*>/g, '');
      expect(words.length).toBeGreaterThan(0);
      expect(words.length).toBeLessThan(40);
      // The sentence travels with the figure: it holds the figure's own words.
      expect(source.quote?.length).toBeLessThanOrEqual(200);
      const quote = source.quote ?? '';
      expect(
        quote.includes(metric.unit.slice(-1)) ||
          quote.includes('双百') ||
          // A zero said in words has no measure word: 全年无需要履行的法院生效裁判.
          (metric.value === 0 && /无|未|没有/.test(quote)) ||
          (metric.unit === '%' && quote.includes('百分之')),
        quote,
      ).toBe(true);
    }
  });
});
