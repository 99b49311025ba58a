import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { select } from './select.js';

describe('select', () => {
  it('finds the k-th smallest value as a sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 200 }), fc.nat(), (values, pick) => {
        const k = pick % values.length;
        const sorted = [...values].sort((a, b) => a - b);
        expect(select(Float64Array.from(values), k)).toBe(sorted[k]);
      }),
      { numRuns: 500 },
    );
  });

  it('copes with many equal values and with sorted and reversed runs', () => {
    const n = 100_000;
    for (const values of [new Float64Array(n).fill(7), Float64Array.from({ length: n }, (_, i) => i), Float64Array.from({ length: n }, (_, i) => n - i)]) {
      const sorted = Float64Array.from(values).sort();
      expect(select(values, n >> 1)).toBe(sorted[n >> 1]);
    }
  });
});
