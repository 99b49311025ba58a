import { describe, expect, it } from 'vitest';
import { formatRange } from './format-range.js';

describe('formatRange', () => {
  it('writes the least and the greatest a unit gave, in the measure word and qualifier', () => {
    expect(formatRange({ min: 90, max: 100, unit: '%', qualifier: 'exact' })).toBe('90%至100%');
    expect(formatRange({ min: 90, max: 100, unit: '%', qualifier: 'exact' }, 'en')).toBe('90% to 100%');
  });

  it('writes one figure where every unit gave the same', () => {
    expect(formatRange({ min: 95, max: 95, unit: '%', qualifier: 'exact' })).toBe('95%');
  });
});
