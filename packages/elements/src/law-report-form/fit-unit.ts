import type { Catalog, Metric } from '@law-report/core/model';

type Figure = Partial<Pick<Metric, 'indicator' | 'unit'>>;

// Figures whose measure word the form wrote itself, from an indicator: nobody has said that word
// yet, so the next indicator chosen may write its own instead. A draft restored or imported starts
// with none (its words are the person's or the text's).
const filledByForm = new WeakSet<Figure>();

/**
 * After an indicator is chosen for a figure, fills a blank measure word with the indicator's usual
 * word (its first), and never changes a word that is there.
 *
 * Why: the word is half of what was written (380余人次), typed, imported or stated by the text, and
 * choosing an indicator says nothing about it. A keyboard user looks through a closed select with
 * the arrow keys, each arrow a change: rewriting the word at each step turned 380余人次 into 380余%
 * and then 380余次 without a word said. A word the chosen indicator is not usually written in is
 * left for the clerk to judge, shown beside it by core's `unexpected_unit` warning. Only a new
 * figure's blank word is filled, and a word filled so may be filled again by the next choice
 * (looking through the list of a new figure ends with the word of the indicator it stops at),
 * until a person sets it (`unitGiven`).
 *
 * @param metric - the figure as the draft holds it, its indicator already set
 * @param catalog - the form's catalog (with any town's extensions)
 * @returns whether the measure word changed
 * @example fitUnit({ indicator: 'disputes.successRate', unit: '' }, defaultCatalog) // true; unit is now %
 * @example fitUnit({ indicator: 'disputes.successRate', unit: '人次' }, defaultCatalog) // false; still 人次
 */
export function fitUnit(metric: Figure | undefined, catalog: Catalog): boolean {
  if (!metric) return false;
  const blank = (metric.unit ?? '').trim() === '';
  if (!blank && !filledByForm.has(metric)) return false;
  const usual = metric.indicator === undefined ? undefined : catalog.get(metric.indicator)?.units[0];
  // No indicator of the catalog (未归类, none chosen): nothing to fill from; a word filled stays.
  if (usual === undefined || usual === metric.unit) return false;
  metric.unit = usual;
  filledByForm.add(metric);
  return true;
}

/**
 * A person set the figure's measure word: it is theirs, and no indicator chosen later changes it.
 *
 * @param metric - the figure as the draft holds it
 * @example unitGiven(draft.metrics[0])
 */
export function unitGiven(metric: Figure | undefined): void {
  if (metric) filledByForm.delete(metric);
}
