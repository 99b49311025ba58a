// Numbers that are no facts: ordinals, ranks, slogans, frequencies, thresholds, ranges, last
// year's figures, formulas and the parts of an argument, each a registered rule of its own
// (rules/figures/), so docs and tests read the same list the importer asks.
import type { NumberToken, Quantity } from './read-number.js';
import { NOT_A_FACT_RULES } from './rules/figures/index.js';

/** Whether a number with a measure word is still no fact of the report (第五轮, 每季度1次, 3至5名, 7×24小时…). */
export function isNotAFact(text: string, number: NumberToken, quantity: Quantity, year?: number): boolean {
  const figure = {
    text,
    number,
    quantity,
    before: text.slice(Math.max(0, number.start - 4), number.start),
    ...(year === undefined ? {} : { year }),
  };
  return NOT_A_FACT_RULES.some((rule) => rule.rejects(figure));
}
