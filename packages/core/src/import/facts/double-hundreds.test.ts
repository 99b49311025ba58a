import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { forgetBoundaries } from '../clause-boundaries.js';
import { MappedText } from '../mapped-text.js';
import { doubleHundreds } from './double-hundreds.js';

const hundreds = (text: string) => {
  const facts = doubleHundreds(MappedText.of(text), { year: 2023, catalog: defaultCatalog, sectionId: 's1' });
  forgetBoundaries();
  return facts.map(({ metric }) => [metric.label, metric.value]);
};

describe('doubleHundreds', () => {
  it('gives the last two rates before 双百 100% each', () => {
    expect(hundreds('受理量增加，群众诉求办结率和满意率实现“双百”。')).toEqual([
      ['群众诉求办结率', 100],
      ['满意率', 100],
    ]);
  });

  it('takes no more than two rates', () => {
    expect(hundreds('受理率、办结率和满意率实现“双百”。').map(([label]) => label)).toEqual(['办结率', '满意率']);
  });

  it('gives the rates the scope of their own clause, as every rate has, not the 全年 of the sentence', () => {
    const facts = doubleHundreds(MappedText.of('全年受理投诉举报1.8万件，群众诉求办结率和满意率实现“双百”。'), {
      year: 2023,
      catalog: defaultCatalog,
      sectionId: 's1',
    });
    forgetBoundaries();
    expect(facts.map(({ metric }) => metric.scope)).toEqual([undefined, undefined]);
    const dated = doubleHundreds(MappedText.of('截至12月底，群众诉求办结率和满意率实现“双百”。'), {
      year: 2023,
      catalog: defaultCatalog,
      sectionId: 's1',
    });
    forgetBoundaries();
    expect(dated.map(({ metric }) => metric.scope)).toEqual(['asOf', 'asOf']);
  });

  it('reads nothing where no rate stands before it', () => {
    expect(hundreds('开展“双百”活动。')).toEqual([]);
  });
});
