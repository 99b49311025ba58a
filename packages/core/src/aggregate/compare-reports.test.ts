import { describe, expect, it } from 'vitest';
import { makeMetric, makeReport } from '../testing/index.js';
import { compareReports } from './compare-reports.js';

describe('compareReports', () => {
  it('gives the change and percentage per indicator, and notes what appeared or went', () => {
    const before = makeReport({
      year: 2022,
      metrics: [makeMetric('disputes.handled', 40, { unit: '起' }), makeMetric('legalAid.cases', 5)],
    });
    const after = makeReport({
      metrics: [makeMetric('disputes.handled', 50, { unit: '起' }), makeMetric('study.sessions', 3, { unit: '次' })],
    });
    const { indicators, previousYear, currentYear } = compareReports(before, after);
    expect([previousYear, currentYear]).toEqual([2022, 2023]);
    expect(indicators['disputes.handled']).toEqual({
      previous: { value: 40, qualifier: 'exact' },
      current: { value: 50, qualifier: 'exact' },
      change: 10,
      qualifier: 'exact',
      percent: 25,
    });
    expect(indicators['legalAid.cases']).toMatchObject({ current: null, change: null });
    expect(indicators['study.sessions']).toMatchObject({ previous: null, change: null });
  });

  it('never makes an exact change out of approximate values', () => {
    const compare = (a: 'exact' | 'over' | 'about', b: 'exact' | 'over' | 'about') =>
      compareReports(
        makeReport({ metrics: [makeMetric('legalServices.consultations', 700, { unit: '人次', qualifier: a })] }),
        makeReport({ metrics: [makeMetric('legalServices.consultations', 800, { unit: '人次', qualifier: b })] }),
      ).indicators['legalServices.consultations']?.qualifier;
    expect(compare('exact', 'over')).toBe('over');
    expect(compare('over', 'exact')).toBe('under');
    expect(compare('about', 'exact')).toBe('about');
    expect(compare('over', 'over')).toBe('about');
  });
});
