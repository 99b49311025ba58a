import { describe, expect, it } from 'vitest';
import { ENUMERATOR_NUMERALS, COUNT_NUMERALS, YEAR_NUMERALS } from './numerals.js';
import { charClass, CLAUSE_END, FULL_STOPS, SENTENCE_END } from './punctuation.js';

describe('punctuation sets', () => {
  it('end a sentence at stops and semicolons, a clause at commas, colons and 、 too', () => {
    expect([...'。！!？?；;\n'].every((mark) => SENTENCE_END.includes(mark))).toBe(true);
    expect(SENTENCE_END.includes('，')).toBe(false);
    expect([...'，,：:、'].every((mark) => CLAUSE_END.includes(mark) && !SENTENCE_END.includes(mark))).toBe(true);
  });

  it('make character classes that hold exactly their marks', () => {
    const stops = new RegExp(`^${charClass(FULL_STOPS)}$`);
    expect([...FULL_STOPS].every((mark) => stops.test(mark))).toBe(true);
    expect(stops.test('，')).toBe(false);
    expect(new RegExp(`^${charClass('-]\\^\n')}+$`).test('-]\\^\n')).toBe(true);
  });
});

describe('numeral sets', () => {
  it('hold the numerals of headings, counts and written years', () => {
    expect(ENUMERATOR_NUMERALS).toBe('一二三四五六七八九十');
    expect(COUNT_NUMERALS).toBe('一二三四五六七八九十两');
    expect(YEAR_NUMERALS).toBe('〇○零一二三四五六七八九');
  });
});
