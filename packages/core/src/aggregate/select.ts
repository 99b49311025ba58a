/**
 * The k-th smallest value (0-based) of `values`, which it reorders in place: quickselect,
 * linear on average; after `4 × log₂ n` rounds that split badly it sorts what is left, so
 * adversarial input costs at most n log n. Medians of a province's 40,000 figures per
 * indicator need no full sort.
 *
 * @example select(Float64Array.of(5, 1, 4, 2, 3), 2) // 3
 */
export function select(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  let budget = 4 * Math.ceil(Math.log2(values.length + 1)) + 8;
  while (high > low) {
    if (budget-- === 0) {
      values.subarray(low, high + 1).sort();
      break;
    }
    // Median of three as the pivot.
    const middle = (low + high) >>> 1;
    const a = values[low] ?? 0;
    const b = values[middle] ?? 0;
    const c = values[high] ?? 0;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k] ?? 0;
}
