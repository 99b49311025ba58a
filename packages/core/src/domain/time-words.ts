// Words that place a text in time relative to the year reported on: what comes next (the plans)
// and the year before (last year's figures).

/**
 * Words that open what comes next: a top-level title that starts with one is the plans
 * (下一步工作举措), and in a section of 存在的问题及下一步打算 the plans begin where a paragraph or
 * sentence starts with one. Longest first.
 */
export const NEXT_WORDS: readonly string[] = ['下一年度', '下一年', '下一步', '接下来', '下步', '明年', '今后'];

/** Words for the year before the one reported on (上年为480人次). Longest first. */
export const LAST_YEAR_WORDS: readonly string[] = ['上年同期', '上一年', '上年度', '上年', '去年'];

/**
 * A regular-expression alternation of words, to build a pattern from. Fixed words: linear.
 *
 * @example new RegExp(`^(?:${alternation(NEXT_WORDS)})`).test('下一步工作打算') // true
 */
export function alternation(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
