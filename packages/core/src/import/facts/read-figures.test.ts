import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { forgetBoundaries } from '../clause-boundaries.js';
import { MappedText } from '../mapped-text.js';
import { readFigures } from './read-figures.js';

const read = (text: string) => {
  const figures = readFigures(MappedText.of(text), { year: 2023, catalog: defaultCatalog, sectionId: 's1' });
  forgetBoundaries();
  return figures;
};

describe('readFigures', () => {
  it('reads each figure with its qualifier, span, scope and the words of its clause', () => {
    const [figure] = read('全年共提供法律咨询近800人次。');
    expect(figure).toMatchObject({
      clauseLabel: '提供法律咨询',
      base: {
        value: 800,
        unit: '人次',
        qualifier: 'nearly',
        scope: 'year',
        source: { start: 9, end: 15, quote: '全年共提供法律咨询近800人次。' },
      },
    });
  });

  it('notes what the clause says about a list around the figure, without resolving it', () => {
    const [first, second] = read('复议、诉讼案件分别为4件、2件');
    expect(first?.respectively).toBe('复议、诉讼案件');
    expect(second?.respectively).toBeUndefined();
    expect(read('共30件，其中东村12件').map((figure) => figure.part)).toEqual([false, true]);
    expect(read('办结率、满意率均为100%')[0]?.shared).toEqual(['办结率', '满意率']);
  });

  it('reads "all of them" after a count as words of its own', () => {
    expect(read('需要履行1件，已全部履行完毕。')[0]?.allOfThem).toEqual({ from: 7, to: 14, label: '已全部履行完毕' });
  });

  it('leaves out numbers that are no figures', () => {
    expect(read('第五轮巡察，每季度1次，12345热线').length).toBe(0);
  });
});
