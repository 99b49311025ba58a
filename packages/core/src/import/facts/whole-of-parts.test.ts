import { describe, expect, it } from 'vitest';
import { wholeOfParts } from './whole-of-parts.js';

describe('wholeOfParts', () => {
  it('makes each figure of a 其中 list a part of the last figure before the list', () => {
    expect(wholeOfParts([{ part: false }, { part: true }, { part: true }, { part: false }, { part: true }])).toEqual([
      undefined,
      0,
      0,
      undefined,
      3,
    ]);
  });

  it('gives a part with nothing before it no whole', () => {
    expect(wholeOfParts([{ part: true }])).toEqual([undefined]);
  });
});
