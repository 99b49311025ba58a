// The facts stage's 其中 pass: 共30件，其中东村12件、西村10件 — the figures of a 其中 list are parts of
// the figure before the list, the whole they belong to.

/** What the pass reads of a figure: whether its comma clause holds 其中. */
interface Part {
  readonly part: boolean;
}

/**
 * For each figure of a 其中 list, the index of the whole it is a part of: the last figure before
 * it that is no part. `undefined` for a figure that is no part, or a part with no whole before it.
 *
 * @param figures - a block's figures in order
 * @example wholeOfParts([{ part: false }, { part: true }, { part: true }]) // [undefined, 0, 0]
 */
export function wholeOfParts(figures: readonly Part[]): (number | undefined)[] {
  let whole: number | undefined;
  return figures.map((figure, index) => {
    if (figure.part) return whole;
    whole = index;
    return undefined;
  });
}
