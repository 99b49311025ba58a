import { describe, expect, it } from 'vitest';
import {
  countsWholeThings,
  largestFigure,
  MEASURE_UNITS,
  MEASURE_WORDS,
  OTHER_COUNT_WORDS,
  QUANTITIES,
} from './measure-words.js';

describe('what a figure in a measure word can be', () => {
  it('counts whole things in every word of a counted quantity and in the other count words', () => {
    for (const word of ['件', '次', '场', '人次', '人', '名', '个', '份', '条', '户', '卷', ...OTHER_COUNT_WORDS])
      expect(countsWholeThings(word), word).toBe(true);
  });

  it('lets teaching hours, money, percentages, measures and unknown words take fractions', () => {
    for (const word of ['课时', '学时', '万元', '元', '%', '个百分点', ...MEASURE_UNITS, '自定义'])
      expect(countsWholeThings(word), word).toBe(false);
  });

  it('bounds each word by the largest of the quantities it counts, money in 元', () => {
    expect(largestFigure('场')).toBe(1e7);
    expect(largestFigure('人次')).toBe(1e9);
    // 件 counts cases (10⁸) and documents (10⁸); 个 counts cases, places and items.
    expect(largestFigure('件')).toBe(1e8);
    expect([largestFigure('元'), largestFigure('万元'), largestFigure('亿元')]).toEqual([1e12, 1e8, 1e4]);
    expect(largestFigure('公顷')).toBe(1e12);
  });

  it('reads every word of every quantity', () => {
    expect(MEASURE_WORDS).toEqual(
      expect.arrayContaining([...Object.values(QUANTITIES).flat(), ...OTHER_COUNT_WORDS, ...MEASURE_UNITS]),
    );
  });
});
