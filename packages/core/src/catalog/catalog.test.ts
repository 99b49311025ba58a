import { inIndicatorUnit, quantityOf, wordsOf, writtenWordsOf } from './measure-words.js';
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
      expect(definition && writtenWordsOf(definition), metric.indicator).toContain(metric.unit);
    }
  });

  it('names the quantity of every count, and keeps the words it only reads apart from those it sums', () => {
    for (const indicator of indicators) {
      expect(quantityOf(indicator), indicator.key).toBeDefined();
      if (indicator.kind !== 'rate') expect(indicator.quantity, indicator.key).toBeDefined();
      for (const word of indicator.otherUnits ?? [])
        expect(wordsOf(indicator), `${indicator.key} ${word}`).not.toContain(word);
    }
  });

  it('sums words of one quantity and converts money, but keeps another quantity’s word apart', () => {
    const get = (key: string) => {
      const definition = defaultCatalog.get(key);
      if (!definition) throw new Error(key);
      return definition;
    };
    expect(inIndicatorUnit(7, '件', get('disputes.handled'))).toBe(7);
    expect(inIndicatorUnit(3, '场次', get('publicity.events'))).toBe(3);
    expect(inIndicatorUnit(2, '项', get('decisions.legalReview'))).toBe(2);
    expect(inIndicatorUnit(5000, '元', get('funding.amount'))).toBe(0.5);
    expect(inIndicatorUnit(2, '亿元', get('funding.amount'))).toBe(20000);
    expect(inIndicatorUnit(300, '人', get('publicity.audience'))).toBeUndefined();
    expect(inIndicatorUnit(3, '人次', get('legalAid.cases'))).toBeUndefined();
    expect(inIndicatorUnit(3, '次', get('litigation.headAppearances'))).toBe(3);
  });

  it('covers the indicators the catalog promises (docs/catalog.md)', () => {
    const required = [
      'decisions.legalReview',
      'normativeDocs.filed',
      'disclosure.items',
      'study.sessions',
      'training.sessions',
      'publicity.events',
      'disputes.handled',
      'disputes.resolved',
      'disputes.mediationRate',
      'disputes.successRate',
      'legalServices.consultations',
      'legalAid.cases',
      'remoteVisits.sessions',
      'modelVillages.national',
      'modelVillages.provincial',
      'modelVillages.municipal',
      'judgments.due',
      'judgments.fulfilled',
      'reconsideration.cases',
      'reconsideration.corrected',
      'reconsideration.correctionRate',
      'litigation.cases',
      'litigation.lost',
      'litigation.lossRate',
      'litigation.appearanceRate',
      'enforcement.officers',
      'enforcement.certifiedRate',
      'complaints.received',
      'complaints.closedRate',
      'complaints.satisfactionRate',
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

  it('gives plausible ceilings to counts and amounts only, growing with the level, above every 北留镇 figure', () => {
    const order = ['town', 'county', 'city', 'province'] as const;
    const withCeilings = indicators.filter((indicator) => indicator.plausible);
    expect(withCeilings.map((i) => i.key)).toEqual(
      expect.arrayContaining(['publicity.events', 'legalServices.consultations', 'disputes.handled', 'funding.amount']),
    );
    for (const { key, kind, plausible = {} } of withCeilings) {
      expect(kind, key).not.toBe('rate');
      const ceilings = order.map((level) => plausible[level]).filter((value) => value !== undefined);
      expect(ceilings, key).toEqual([...ceilings].sort((a, b) => a - b));
    }
    expect(defaultCatalog.get('publicity.events')?.plausible?.town).toBe(2000);
    expect(defaultCatalog.get('legalServices.consultations')?.plausible?.town).toBe(100_000);
  });

  it('declares the statutory rate formulas', () => {
    expect(defaultCatalog.get('litigation.lossRate')).toMatchObject({
      numerator: 'litigation.lost',
      denominator: 'litigation.concluded',
    });
    expect(defaultCatalog.get('litigation.appearanceRate')).toMatchObject({
      numerator: 'litigation.headAppearances',
      denominator: 'litigation.hearings',
    });
    expect(defaultCatalog.get('reconsideration.correctionRate')).toMatchObject({
      numerator: 'reconsideration.corrected',
      denominator: 'reconsideration.concluded',
    });
    expect(defaultCatalog.get('disputes.successRate')).toMatchObject({
      numerator: 'disputes.resolved',
      denominator: 'disputes.mediated',
    });
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
    expect(() => createCatalog([{ namespace: 'Bad Name', indicators: [] }])).toThrow(
      /extension catalog #0 is malformed/,
    );
    expect(() => createCatalog([{ namespace: '__proto__', indicators: [] }])).toThrow(TypeError);
  });

  it('refuses the same namespace twice', () => {
    expect(() => createCatalog([jincheng, jincheng])).toThrow(/"jincheng" is registered twice/);
  });
});
