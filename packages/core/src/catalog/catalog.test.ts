import { describe, expect, it } from 'vitest';
import { beiliuReport } from '../testing/index.js';
import { createCatalog, defaultCatalog } from './catalog.js';
import { indicators } from './indicators.js';

const keys = new Set(indicators.map((i) => i.key));

describe('indicator catalog', () => {
  it('has unique keys', () => {
    expect(keys.size).toBe(indicators.length);
  });

  it('covers every quantity of the 北留镇 report, in its unit', () => {
    for (const metric of beiliuReport().metrics) {
      const definition = defaultCatalog.get(metric.indicator);
      expect(definition, metric.indicator).toBeDefined();
      expect(definition?.units, metric.indicator).toContain(metric.unit);
    }
  });

  it('covers the indicators DESIGN lists', () => {
    const required = [
      'decisions.legalReview', 'normativeDocs.filed', 'disclosure.items', 'study.sessions', 'training.sessions',
      'publicity.events', 'disputes.handled', 'disputes.resolved', 'disputes.mediationRate', 'disputes.successRate',
      'legalServices.consultations', 'legalAid.cases', 'remoteVisits.sessions', 'modelVillages.national',
      'modelVillages.provincial', 'modelVillages.municipal', 'judgments.due', 'judgments.fulfilled',
      'reconsideration.cases', 'reconsideration.corrected', 'reconsideration.correctionRate', 'litigation.cases',
      'litigation.lost', 'litigation.lossRate', 'litigation.appearanceRate', 'enforcement.officers',
      'enforcement.certifiedRate', 'complaints.received', 'complaints.closedRate', 'complaints.satisfactionRate',
      'funding.amount',
    ];
    expect(required.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('gives rates % units, and numerators and denominators that exist and count', () => {
    for (const indicator of indicators) {
      if (indicator.kind === 'rate') expect(indicator.units, indicator.key).toEqual(['%']);
      for (const ref of [indicator.numerator, indicator.denominator, indicator.atMost, ...(indicator.parts ?? [])]) {
        if (ref === undefined) continue;
        expect(keys.has(ref), `${indicator.key} → ${ref}`).toBe(true);
        expect(defaultCatalog.get(ref)?.kind, `${indicator.key} → ${ref}`).toBe('count');
      }
    }
  });

  it('declares the statutory rate formulas', () => {
    expect(defaultCatalog.get('litigation.lossRate')).toMatchObject({ numerator: 'litigation.lost', denominator: 'litigation.concluded' });
    expect(defaultCatalog.get('litigation.appearanceRate')).toMatchObject({ numerator: 'litigation.headAppearances', denominator: 'litigation.hearings' });
    expect(defaultCatalog.get('reconsideration.correctionRate')).toMatchObject({ numerator: 'reconsideration.corrected', denominator: 'reconsideration.concluded' });
    expect(defaultCatalog.get('disputes.successRate')).toMatchObject({ numerator: 'disputes.resolved', denominator: 'disputes.mediated' });
  });
});

describe('createCatalog', () => {
  const jincheng = {
    namespace: 'jincheng',
    indicators: [
      { name: 'gridMembers', label: { 'zh-CN': '网格员', en: 'Grid workers' }, units: ['名'], kind: 'count' },
    ],
  };

  it('adds another town’s indicators as x-<namespace>.<name>', () => {
    const catalog = createCatalog([jincheng]);
    expect(catalog.get('x-jincheng.gridMembers')).toMatchObject({ units: ['名'], kind: 'count', section: 'other' });
    expect(catalog.namespaces.has('jincheng')).toBe(true);
    expect(catalog.get('disputes.handled')).toBeDefined();
  });

  it('refuses a malformed extension catalog with a message naming the problem', () => {
    expect(() => createCatalog([{ namespace: 'Bad Name', indicators: [] }])).toThrow(/extension catalog #0 is malformed/);
    expect(() => createCatalog([{ namespace: '__proto__', indicators: [] }])).toThrow(TypeError);
  });

  it('refuses the same namespace twice', () => {
    expect(() => createCatalog([jincheng, jincheng])).toThrow(/"jincheng" is registered twice/);
  });
});
