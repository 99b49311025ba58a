import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { MappedText } from '../mapped-text.js';
import { readFigures } from './read-figures.js';
import { wholeOfParts } from './whole-of-parts.js';

const context = { year: 2023, catalog: defaultCatalog, sectionId: 's1' };
const wholes = (text: string) => wholeOfParts(readFigures(MappedText.of(text), context), text);

describe('wholeOfParts', () => {
  it('makes each figure of a 其中 list a part of the last figure before the list', () => {
    expect(wholes('共30件，其中东村12件、西村10件；受理诉求20件，其中网上8件')).toEqual([
      undefined,
      0,
      0,
      undefined,
      3,
    ]);
  });

  it('gives a part with nothing before it no whole', () => {
    expect(wholes('其中东村12件')).toEqual([undefined]);
  });

  it('goes on past a comma or semicolon while the items keep the sentence and the measure word', () => {
    expect(wholes('审查合同41份，其中工程合同18份；土地协议15份，其他合同8份，提出修改意见9条。复核合同3份')).toEqual([
      undefined,
      0,
      0,
      0,
      undefined,
      undefined,
    ]);
  });

  it('gives a part the whole of its sentence in its own measure word, past a figure in another', () => {
    expect(wholes('开展活动218场，覆盖师生9.6万人次，其中晨读活动68场、模拟法庭42场')).toEqual([
      undefined,
      undefined,
      0,
      0,
    ]);
    expect(wholes('覆盖师生9.6万人次。开展活动218场，其中晨读活动68场')).toEqual([undefined, undefined, 1]);
  });
});
