import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { forgetBoundaries } from '../clause-boundaries.js';
import { MappedText } from '../mapped-text.js';
import { readFigures } from './read-figures.js';
import { respectivelyLists } from './respectively-lists.js';

const listed = (text: string) => {
  const figures = readFigures(MappedText.of(text), { year: 2023, catalog: defaultCatalog, sectionId: 's1' });
  const items = respectivelyLists(text, figures);
  forgetBoundaries();
  return items;
};

describe('respectivelyLists', () => {
  it('names the n-th figure after 分别为 by the n-th item', () => {
    expect(listed('行政复议、行政诉讼案件分别为4件、2件。')).toEqual(['行政复议', '行政诉讼案件']);
  });

  it('gives a level alone the noun of the last item', () => {
    expect(listed('国家级、省级示范村分别为1个、3个')).toEqual(['国家级示范村', '省级示范村']);
  });

  it('ends the list where other words stand between its values', () => {
    expect(listed('甲、乙、丙分别为1件、2件，另办理3件')).toEqual(['甲', '乙', undefined]);
  });

  it('reads no list of one item', () => {
    expect(listed('案件分别为4件、2件')).toEqual([undefined, undefined]);
  });
});
