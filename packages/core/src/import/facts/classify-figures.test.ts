import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { forgetBoundaries } from '../clause-boundaries.js';
import { MappedText } from '../mapped-text.js';
import { classifyFigures } from './classify-figures.js';
import { ellipticalLabels } from './elliptical-labels.js';
import { readFigures } from './read-figures.js';
import { respectivelyLists } from './respectively-lists.js';
import { wholeOfParts } from './whole-of-parts.js';

const context = { year: 2023, catalog: defaultCatalog, sectionId: 's1' };
const classify = (text: string) => {
  const block = MappedText.of(text);
  const figures = readFigures(block, context);
  const facts = classifyFigures(
    block,
    figures,
    ellipticalLabels(text, figures, respectivelyLists(text, figures)),
    wholeOfParts(figures, text),
    context,
  );
  forgetBoundaries();
  return facts.map(({ metric, derived }) => [metric.indicator, metric.value, derived]);
};

describe('classifyFigures', () => {
  it('gives a generic word the family of the count before it', () => {
    expect(classify('办理行政复议案件12件，审结10件。')).toEqual([
      ['reconsideration.cases', 12, undefined],
      ['reconsideration.concluded', 10, undefined],
    ]);
  });

  it('keeps a level after the figure before only within its family', () => {
    expect(classify('国家级民主法治示范村1个，省级2个')).toEqual([
      ['modelVillages.national', 1, undefined],
      ['modelVillages.provincial', 2, 'elliptical'],
    ]);
  });

  it('names a part the catalog declares of the count before', () => {
    expect(classify('开展执法培训5次，其中线上2次、线下3次')).toEqual([
      ['training.sessions', 5, undefined],
      ['training.online', 2, 'elliptical'],
      ['training.offline', 3, 'elliptical'],
    ]);
  });

  it('leaves a part under 其中 that names the indicator of its whole unclassified, never a second whole', () => {
    expect(classify('审查合同41份，其中工程建设合同18份、其他合同8份；开展普法活动20场，其中普法宣传活动6场')).toEqual([
      ['contracts.reviewed', 41, undefined],
      ['unclassified', 18, undefined],
      ['unclassified', 8, undefined],
      ['publicity.events', 20, undefined],
      ['unclassified', 6, undefined],
    ]);
    // A part of another indicator than its whole's keeps it.
    expect(classify('审结75件，其中撤销纠错13件')).toEqual([
      ['litigation.concluded', 75, undefined],
      ['reconsideration.corrected', 13, undefined],
    ]);
  });

  it('counts what the words before a figure name when the words after it do something to them', () => {
    expect(classify('对《某办法》等规范性文件3件进行合法性审核')).toEqual([['normativeDocs.filed', 3, undefined]]);
    // Where the words before name nothing, the act names the figure.
    expect(classify('对《某方案》等重大事项5件进行合法性审查')).toEqual([['decisions.legalReview', 5, undefined]]);
  });

  it('sizes "all of them" after a 其中 list by its whole', () => {
    expect(classify('共调解纠纷30件，其中东村12件、西村10件，全部调解成功')).toEqual([
      ['disputes.mediated', 30, undefined],
      ['unclassified', 12, undefined],
      ['unclassified', 10, undefined],
      ['disputes.resolved', 30, 'all'],
    ]);
  });

  it('makes the accepted, not the applications, the cases', () => {
    expect(classify('收到行政复议申请96件，依法受理89件')).toEqual([
      ['unclassified', 96, undefined],
      ['reconsideration.cases', 89, undefined],
    ]);
  });
});
