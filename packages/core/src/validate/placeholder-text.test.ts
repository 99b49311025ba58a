import { describe, expect, it } from 'vitest';
import { findPlaceholder, hasNoText, isUnrecognized, UNRECOGNIZED_MARK } from './placeholder-text.js';

describe('placeholder-text', () => {
  it('finds a template leftover only where it cannot be ordinary text', () => {
    expect(findPlaceholder('受理案件XX件')?.[0]).toBe('XX');
    expect(findPlaceholder('建立“1+1+N”工作机制，开展“*”号行动')).toBeNull();
  });

  it('knows the importer’s mark in either kind of bracket', () => {
    expect(isUnrecognized(UNRECOGNIZED_MARK)).toBe(true);
    expect(isUnrecognized('示例镇(未识别)')).toBe(true);
    expect(isUnrecognized('示例镇人民政府（盖章）')).toBe(false);
  });

  it.each([
    '',
    ' \n\t',
    '。；',
    'XX件，XX次。',
    '某某镇',
    '*次',
    '____',
    '＿＿',
    '（未识别）',
    '( 未识别 )',
    '（待补充）',
    '待补充。',
    '【此处填写本年度主要举措】',
    '[待填写]',
    '（请填写具体情况）',
  ])('finds no text in %j', (text) => {
    expect(hasNoText(text)).toBe(true);
  });

  it('knows every place ending the domain knows, 苏木, 旗, 盟 and 街道 too', () => {
    expect(['某某苏木', 'XX旗', '××街道', '××盟', '某某自治区'].map(hasNoText)).toEqual([true, true, true, true, true]);
    expect(findPlaceholder('××盟人民政府')?.[0]).toBe('××');
  });

  it('finds a note to fill the template in where it stands in brackets, never in a sentence that uses its words', () => {
    expect(findPlaceholder('全年开展普法活动（待补充）场。')?.[0]).toBe('（待补充）');
    expect(findPlaceholder('部分制度有待补充完善，请填写情况的群众越来越多。')).toBeNull();
  });

  it.each([
    '全年开展普法活动*次。',
    '2023',
    '某某镇人民政府',
    'Excel 表格',
    '无。',
    '暂无。',
    '部分制度有待补充完善。',
  ])('finds text in %j', (text) => {
    expect(hasNoText(text)).toBe(false);
  });

  it('stays fast on hostile input', () => {
    const hostile =
      '*'.repeat(200_000) +
      'X'.repeat(200_000) +
      '_'.repeat(200_000) +
      '（'.repeat(200_000) +
      '某'.repeat(200_000) +
      '（待补充'.repeat(100_000) +
      '【此处填写'.repeat(100_000);
    const start = performance.now();
    hasNoText(hostile);
    findPlaceholder(hostile);
    isUnrecognized(hostile);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
