import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH } from '../../schema/codes.js';
import { forgetBoundaries } from '../clause-boundaries.js';
import { quoteAround } from './quote-around.js';

const quote = (text: string, start: number, end: number) => {
  const quoted = quoteAround(text, start, end);
  forgetBoundaries();
  return quoted;
};

describe('quoteAround', () => {
  it('quotes the sentence the figure stands in, with its full stop', () => {
    expect(quote('前言。全年培训12次，效果好。后记', 7, 10)).toBe('全年培训12次，效果好。');
  });

  it('cuts a long sentence around the figure', () => {
    const text = `${'甲'.repeat(300)}培训12次${'乙'.repeat(300)}`;
    const quoted = quote(text, 302, 306);
    expect(quoted.length).toBe(MAX_QUOTE_LENGTH);
    expect(quoted).toContain('12次');
  });
});
