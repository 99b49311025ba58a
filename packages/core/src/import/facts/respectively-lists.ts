// The facts stage's 分别为 pass: 行政复议、行政诉讼案件分别为4件、2件 — the n-th figure after 分别为
// is the n-th item's. The list goes on while only 、，和及与 stand between its figures.
import { cleanLabel, LEVEL, LIST_SEPARATOR, nounOfLevelled } from '../fact-labels.js';
import type { FigureReading } from './read-figures.js';

// What may stand between two values of one list.
const BETWEEN_VALUES = /^[、，,和及与\s]*$/;

/**
 * The item of a 分别为 list that names each figure, `undefined` where no list does.
 *
 * @param text - the block the figures stand in
 * @param figures - its figures, as {@link readFigures} read them
 * @returns one entry per figure
 * @example respectivelyLists('复议、诉讼分别为4件、2件', figures) // ['复议', '诉讼']
 */
export function respectivelyLists(text: string, figures: readonly FigureReading[]): (string | undefined)[] {
  let list: { readonly items: readonly string[]; next: number; end: number } | undefined;
  return figures.map((figure) => {
    if (figure.respectively !== undefined) {
      const items = listItems(figure.respectively);
      list = items.length >= 2 ? { items, next: 0, end: figure.number.start } : undefined;
    } else if (list && !BETWEEN_VALUES.test(text.slice(list.end, figure.number.start))) {
      list = undefined;
    }
    if (!list) return undefined;
    const item = list.items[list.next];
    list.next++;
    list.end = figure.end;
    return item;
  });
}

// 国家级、省级示范村: a level alone shares the noun of the last item.
function listItems(words: string): string[] {
  const named = words
    .split(LIST_SEPARATOR)
    .map((item) => cleanLabel(item))
    .filter(Boolean);
  const noun = nounOfLevelled(named.at(-1) ?? '');
  return named.map((item) => (LEVEL.test(item) ? `${item}${noun}` : item));
}
