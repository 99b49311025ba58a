import type { IndicatorDefinition } from '../catalog/indicator.js';
import { MONEY_FACTORS, wordsOf } from '../catalog/measure-words.js';
import { compare } from './compare.js';

/**
 * The measure word a total is said in: the word its figures were written in when they agree
 * (326件 from units that all wrote 件 is 合计326件, never 326起), else the word most of them use,
 * a tie going to the word the catalog lists first (its first unit when that is tied). A county
 * republishes its totals, so a total is never said in a word none of its units wrote. Only
 * words of the indicator's own quantity reach a total (件 and 起 count the same cases); a figure
 * in another quantity's word is totalled apart under its own. Money is converted by value and
 * stays in the catalog's word (5000元 and 30万元 are 30.5万元).
 *
 * Chosen from counts of figures per word, never kept: counts add up however shards are merged,
 * so the word is the same in any order and grouping.
 *
 * @param definition - the indicator totalled
 * @param count - how many figures the total adds
 * @param written - how many of them were written in each word other than the catalog's first unit
 * @returns the word the total is in
 * @example totalWord(catalog.get('disputes.handled')!, 3, new Map([['件', 2]])) // '件'
 */
export function totalWord(
  definition: Pick<IndicatorDefinition, 'quantity' | 'units' | 'kind'>,
  count: number,
  written: ReadonlyMap<string, number>,
): string {
  const display = definition.units[0] ?? '';
  if (written.size === 0 || MONEY_FACTORS[display] !== undefined) return display;
  let inDisplay = count;
  for (const n of written.values()) inDisplay -= n;
  const order = wordsOf(definition);
  const rank = (word: string) => {
    const at = order.indexOf(word);
    return at < 0 ? order.length : at;
  };
  let best = display;
  let most = inDisplay;
  for (const [word, n] of written) {
    const better = n > most || (n === most && (rank(word) - rank(best) || compare(word, best)) < 0);
    if (better) {
      best = word;
      most = n;
    }
  }
  return best;
}
