import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { forgetBoundaries } from '../clause-boundaries.js';
import { MappedText } from '../mapped-text.js';
import { zeroCounts } from './zero-counts.js';

const zeros = (text: string) => {
  const facts = zeroCounts(MappedText.of(text), { year: 2023, catalog: defaultCatalog, sectionId: 's1' });
  forgetBoundaries();
  return facts.map(({ metric }) => [
    metric.indicator,
    metric.value,
    text.slice(metric.source?.start, metric.source?.end),
  ]);
};

describe('zeroCounts', () => {
  it('reads one zero for each of two kinds of cases named before one 案件 (无行政复议和行政诉讼案件)', () => {
    expect(zeros('全年无行政复议和行政诉讼案件。')).toEqual([
      ['reconsideration.cases', 0, '无行政复议和行政诉讼案件'],
      ['litigation.cases', 0, '无行政复议和行政诉讼案件'],
    ]);
    // A cause before the cases counted is no second kind of them.
    expect(zeros('未发生因调解不当和处置不力引发的民转刑案件。')).toEqual([]);
  });

  it('reads 无…案件 and 未发生…案件 that end a clause as zero cases', () => {
    expect(zeros('全年无行政诉讼案件，未发生败诉案件。')).toEqual([
      ['litigation.cases', 0, '无行政诉讼案件'],
      ['litigation.lost', 0, '未发生败诉案件'],
    ]);
  });

  it('reads no zero of something the catalog does not know, or inside a longer phrase', () => {
    expect(zeros('无刑事案件。')).toEqual([]);
    expect(zeros('无行政诉讼案件发生。')).toEqual([]);
  });

  it('reads no zero where the indicator’s words only say what caused the cases (因调解不当引发的民转刑案件)', () => {
    expect(zeros('未发生因调解不当引发的民转刑案件。')).toEqual([]);
    expect(zeros('全年无需要履行的法院生效裁判。')).toEqual([['judgments.due', 0, '无需要履行的法院生效裁判']]);
  });
});
