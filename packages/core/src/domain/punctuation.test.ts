import { describe, expect, it } from 'vitest';
import { ENUMERATOR_NUMERALS, COUNT_NUMERALS, YEAR_NUMERALS } from './numerals.js';
import {
  charClass,
  CLAUSE_END,
  endsClauseAt,
  endsSentenceAt,
  FULL_STOPS,
  isAsciiStopAt,
  SENTENCE_END,
} from './punctuation.js';

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

describe('isAsciiStopAt', () => {
  it('reads a . typed for 。 as a stop after words, a % or a closing bracket', () => {
    const stopIn = (text: string) => isAsciiStopAt(text, text.indexOf('.'));
    expect(stopIn('审结76件.全县')).toBe(true);
    expect(stopIn('纠错率12.5%.全县')).toBe(false); // the first . is the decimal point
    expect(isAsciiStopAt('纠错率12.5%.全县', '纠错率12.5%.全县'.lastIndexOf('.'))).toBe(true);
    expect(stopIn('(2021-2025年).现将')).toBe(true);
    // A year after the stop: a decimal point has a digit before it, never a measure word.
    expect(stopIn('示范村12个.2025年全年受理12件')).toBe(true);
    expect(endsSentenceAt('市级34个.县财政', 5)).toBe(true);
    expect(endsClauseAt('市级34个.县财政', 5)).toBe(true);
  });

  it('never reads a decimal point, an item’s number, an abbreviation or an ellipsis as a stop', () => {
    const stopIn = (text: string) => isAsciiStopAt(text, text.indexOf('.'));
    expect(stopIn('办结率99.9%')).toBe(false);
    expect(stopIn('1.依法决策')).toBe(false);
    expect(stopIn('etc.')).toBe(false);
    expect(isAsciiStopAt('等等...', 3)).toBe(false);
    expect(stopIn('件 .5')).toBe(false);
    expect(stopIn('.全县')).toBe(false);
  });
});

describe('numeral sets', () => {
  it('hold the numerals of headings, counts and written years', () => {
    expect(ENUMERATOR_NUMERALS).toBe('一二三四五六七八九十');
    expect(COUNT_NUMERALS).toBe('一二三四五六七八九十两');
    expect(YEAR_NUMERALS).toBe('〇○零一二三四五六七八九');
  });
});
