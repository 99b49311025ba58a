// The facts stage's labels pass: the words that name each figure, elliptical ones resolved —
// 国家级民主法治示范村1个，省级1个: the second figure's noun is the first's, its level its own.
import { LEVEL, nounAfter, nounOfLevelled } from '../fact-labels.js';
import type { FigureReading } from './read-figures.js';

/** How the passes name a figure. */
export interface FigureLabel {
  /** The words that name it: a 分别为 list's item, else its clause's words; elliptical ones completed. */
  readonly label: string;
  /** The thing counted after its measure word (2份规范性文件 → 规范性文件), if that names it. */
  readonly after: string | undefined;
  /** The rates that share its value (办结率、满意率均为100%): one fact each. */
  readonly shared: readonly string[] | undefined;
  /** The label borrows the figure before's noun: this is its own modifier (省级, or nothing). */
  readonly elliptical: string | undefined;
  /** Each fact's label as written, in the order of the facts the figure gives. */
  readonly written: readonly string[];
}

/**
 * The labels of a block's figures: a 分别为 item or the clause's words, the noun after the measure
 * word, shared rates, and a level or nothing alone (省级1个) completed by the noun of the label
 * before it.
 *
 * @param text - the block the figures stand in
 * @param figures - its figures, as {@link readFigures} read them
 * @param listed - the 分别为 item of each figure, from {@link respectivelyLists}
 * @example ellipticalLabels('国家级示范村1个，省级1个', figures, [undefined, undefined])[1]?.label // '省级示范村'
 */
export function ellipticalLabels(
  text: string,
  figures: readonly FigureReading[],
  listed: readonly (string | undefined)[],
): FigureLabel[] {
  const labels: FigureLabel[] = [];
  figures.forEach((figure, index) => {
    const item = listed[index];
    const lead = item ?? figure.clauseLabel;
    const after = nounAfter(text, figure.end, figure.quantity.unit, lead.length <= 2);
    const shared = item === undefined ? figure.shared : undefined;
    if (shared) {
      labels.push({ label: lead, after, shared, elliptical: undefined, written: shared });
      return;
    }
    // The label before: the last fact's of the figure before (its "all of them" or last shared rate).
    const previous = labels.at(-1)?.written.at(-1);
    let label = lead.replace(/^其中/, '');
    let elliptical: string | undefined;
    if (item === undefined && !after && (label === '' || LEVEL.test(label)) && previous !== undefined) {
      elliptical = label;
      label = `${label}${nounOfLevelled(previous)}`;
    }
    // The label is the thing counted as written; with no words at all, the number itself.
    const main = (after ?? label) || text.slice(figure.start, figure.end);
    labels.push({
      label,
      after,
      shared: undefined,
      elliptical,
      written: figure.allOfThem ? [main, figure.allOfThem.label] : [main],
    });
  });
  return labels;
}
