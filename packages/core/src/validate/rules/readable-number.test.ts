import { describe, expect, it } from 'vitest';
import { readableNumber } from './readable-number.js';

describe('readableNumber', () => {
  it('writes round limits in 万, 亿 and 万亿 for a Chinese reader', () => {
    expect([2000, 1e5, 1e7, 1e8, 1e9, 1e12].map((n) => readableNumber(n, 'zh-CN'))).toEqual([
      '2000',
      '10万',
      '1000万',
      '1亿',
      '10亿',
      '1万亿',
    ]);
    expect(readableNumber(12345, 'zh-CN')).toBe('12345');
  });

  it('groups digits in threes for an English reader, and leaves decimals and huge values as they are', () => {
    expect([2000, 1e7, -1234567].map((n) => readableNumber(n, 'en'))).toEqual(['2,000', '10,000,000', '-1,234,567']);
    expect([2.5, 1e300].map((n) => readableNumber(n, 'en'))).toEqual(['2.5', '1e+300']);
  });
});
