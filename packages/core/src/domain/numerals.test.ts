import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, startsChineseNumeral } from './numerals.js';
describe('the circle Word types for 〇', () => {
  it('reads ○ as a zero inside a numeral, never as the start of one', () => {
    expect(parseChineseNumeral('二○二三')).toBe(2023);
    expect(startsChineseNumeral('○')).toBe(false);
    expect(startsChineseNumeral('〇')).toBe(true);
  });
});
