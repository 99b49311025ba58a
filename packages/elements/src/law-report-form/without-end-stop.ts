// Its own file, as the first render needs it and the step-back texts (the server's part) do not.
const END_STOPS = new Set(['。', '．', '.', '!', '！', '?', '？']);

/**
 * A reason the county typed, without its own closing stop, for a sentence that closes it itself
 * (退回原因：请补充数据来源。 is never …来源。。).
 *
 * @example withoutEndStop('请补充数据来源。') // '请补充数据来源'
 */
export function withoutEndStop(reason: string): string {
  // From the end, one character at a time: a regex ending in `+$` is quadratic on a long run of
  // stops followed by text.
  let end = reason.length;
  while (end > 0) {
    const last = reason[end - 1] ?? '';
    if (!END_STOPS.has(last) && !/\s/u.test(last)) break;
    end -= 1;
  }
  return reason.slice(0, end);
}
