import { describe, expect, it } from 'vitest';
import { knownTokens } from './known-tokens.js';

describe('knownTokens', () => {
  it('knows a hash from when it is added until it is deleted', () => {
    const known = knownTokens();
    expect(known.has('a')).toBe(false);
    known.add('a');
    expect(known.has('a')).toBe(true);
    known.delete('a');
    expect(known.has('a')).toBe(false);
  });

  it('holds at most its cap, forgetting the hash least lately found valid first', () => {
    const known = knownTokens(2);
    known.add('a');
    known.add('b');
    // Found valid again: now the latest.
    known.add('a');
    known.add('c');
    expect(['a', 'b', 'c'].filter((hash) => known.has(hash))).toEqual(['a', 'c']);
  });
});
