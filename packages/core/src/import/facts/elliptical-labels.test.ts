import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { forgetBoundaries } from '../clause-boundaries.js';
import { MappedText } from '../mapped-text.js';
import { ellipticalLabels } from './elliptical-labels.js';
import { readFigures } from './read-figures.js';
import { respectivelyLists } from './respectively-lists.js';

const labels = (text: string) => {
  const figures = readFigures(MappedText.of(text), { year: 2023, catalog: defaultCatalog, sectionId: 's1' });
  const read = ellipticalLabels(text, figures, respectivelyLists(text, figures));
  forgetBoundaries();
  return read;
};

describe('ellipticalLabels', () => {
  it('completes a level alone with the noun of the label before it', () => {
    expect(labels('国家级民主法治示范村1个，省级1个').map((label) => [label.label, label.elliptical])).toEqual([
      ['国家级民主法治示范村', undefined],
      ['省级民主法治示范村', '省级'],
    ]);
  });

  it('gives a figure with no words the whole label before it', () => {
    expect(labels('培训执法人员5次，10次')[1]).toMatchObject({ label: '培训执法人员', elliptical: '' });
  });

  it('reads the noun after a measure word, and no ellipsis then', () => {
    expect(labels('制定2份规范性文件，3份')[0]).toMatchObject({ after: '规范性文件', written: ['规范性文件'] });
  });

  it('writes one label per fact: each shared rate, and "all of them" after its count', () => {
    expect(labels('办结率、满意率均为100%')[0]?.written).toEqual(['办结率', '满意率']);
    expect(labels('需要履行1件，已全部履行完毕')[0]?.written).toEqual(['需要履行', '已全部履行完毕']);
  });

  it('takes a 分别为 item as the label, never an ellipsis', () => {
    expect(labels('甲、乙分别为1件、2件').map((label) => [label.label, label.elliptical])).toEqual([
      ['甲', undefined],
      ['乙', undefined],
    ]);
  });
});
