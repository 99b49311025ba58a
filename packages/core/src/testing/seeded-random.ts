/**
 * A small seeded generator (mulberry32) of numbers in [0, 1): sample data and randomised tests
 * that come out the same every run, so a failure reproduces.
 *
 * @example const next = seededRandom(42); next() // 0.6011037519201636, every time
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
