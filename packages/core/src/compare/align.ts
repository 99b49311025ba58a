// Longest-common-subsequence alignment of two lists of keys, for what stayed between two versions
// (sections by kind and title, sentences by their text). Common ends are matched first, so the table
// is only as big as the part that changed; past a bound it matches greedily in order instead.

// Beyond this many cells (a section of thousands of sentences rewritten), a greedy match in order.
const MAX_CELLS = 4_000_000;

/**
 * The pairs of indices `[i, j]` with `before[i] === after[j]` that stay, in order, as many as can.
 *
 * @example align(['a', 'b', 'c'], ['a', 'c', 'd']) // [[0, 0], [2, 1]]
 */
export function align(before: readonly string[], after: readonly string[]): [number, number][] {
  const { start, end } = commonEnds(before, after);
  const pairs: [number, number][] = [];
  for (let at = 0; at < start; at += 1) pairs.push([at, at]);
  const [n, m] = [before.length - start - end, after.length - start - end];
  const middle = (n + 1) * (m + 1) > MAX_CELLS ? greedy : lcs;
  for (const [i, j] of middle(before.slice(start, start + n), after.slice(start, start + m)))
    pairs.push([i + start, j + start]);
  for (let at = end; at > 0; at -= 1) pairs.push([before.length - at, after.length - at]);
  return pairs;
}

/**
 * How many items two lists share at their start, and then at their end (never overlapping the start).
 *
 * @example commonEnds(['a', 'b', 'c'], ['a', 'x', 'c']) // { start: 1, end: 1 }
 */
export function commonEnds(before: readonly string[], after: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1;
  return { start, end };
}

function lcs(before: readonly string[], after: readonly string[]): [number, number][] {
  const [n, m] = [before.length, after.length];
  // length[i * (m + 1) + j]: the longest common subsequence of before[i..] and after[j..].
  const length = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      length[i * (m + 1) + j] =
        before[i] === after[j]
          ? (length[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(length[(i + 1) * (m + 1) + j] ?? 0, length[i * (m + 1) + j + 1] ?? 0);
  const pairs: [number, number][] = [];
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((length[(i + 1) * (m + 1) + j] ?? 0) >= (length[i * (m + 1) + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

// Each key of `after` matched to the next unmatched equal key of `before` past the last match.
function greedy(before: readonly string[], after: readonly string[]): [number, number][] {
  const at = new Map<string, { readonly list: number[]; next: number }>();
  before.forEach((key, i) => {
    const found = at.get(key);
    if (found) found.list.push(i);
    else at.set(key, { list: [i], next: 0 });
  });
  const pairs: [number, number][] = [];
  let last = -1;
  after.forEach((key, j) => {
    const found = at.get(key);
    if (!found) return;
    while (found.next < found.list.length && (found.list[found.next] ?? 0) <= last) found.next += 1;
    const i = found.list[found.next];
    if (i === undefined) return;
    found.next += 1;
    pairs.push([i, j]);
    last = i;
  });
  return pairs;
}
