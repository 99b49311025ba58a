import { describe, expect, it } from 'vitest';
import { align } from './align.js';

describe('align', () => {
  it('keeps the most keys in order, duplicates too', () => {
    expect(align(['a', 'x', 'b', 'a'], ['a', 'b', 'y', 'a'])).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
  });

  it('matches a long list rewritten in its middle in order, without a table of every pair', () => {
    const before = Array.from({ length: 3000 }, (_, at) => `s${at}`);
    const after = [
      ...before.slice(0, 10),
      ...before
        .slice(10)
        .map((key) => `${key}'`)
        .reverse(),
      's2999',
    ];
    const pairs = align(before, after);
    expect(pairs.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, at) => [at, at]));
    expect(pairs.at(-1)).toEqual([2999, 3000]);
  });
});
