// The facts stage: a block's figures read with their clauses first, then resolved in named passes,
// each a file of its own under facts/ — 分别为 lists, 其中 parts, labels (elliptical ones
// completed), indicators in order, and the facts written in words (双百, 无…案件).
import type { MappedText } from './mapped-text.js';
import { forgetBoundaries } from './clause-boundaries.js';
import { classifyFigures } from './facts/classify-figures.js';
import { doubleHundreds } from './facts/double-hundreds.js';
import { ellipticalLabels } from './facts/elliptical-labels.js';
import type { ExtractedFact, FactContext } from './facts/extracted-fact.js';
import { readFigures } from './facts/read-figures.js';
import { respectivelyLists } from './facts/respectively-lists.js';
import { wholeOfParts } from './facts/whole-of-parts.js';
import { zeroCounts } from './facts/zero-counts.js';

export type { Derivation, ExtractedFact, FactContext } from './facts/extracted-fact.js';

/**
 * Every quantitative fact in one block of text (a paragraph or a heading), as docs/import.md
 * describes: numbers with their unit, qualifier and scope, shared values (办结率、满意率均为
 * 100%, 双百), elliptical lists (国家级…1个，省级1个), and "all of them" (已全部履行完毕).
 * Hotline and document numbers, ordinals, slogans, ranks, frequencies, thresholds, dates and
 * numbers without a unit are not facts. Each pass is one forward scan with bounded look-backs: linear.
 *
 * @param block - a paragraph or a heading, mapped to the input
 * @param context - the catalog, the report's year, the section and whether it is the plans
 * @returns the facts in the order their figures stand, then 双百 and zero counts
 * @example extractFacts(MappedText.of('全年培训12次。'), { year: 2023, catalog, sectionId: 's1' })[0]?.metric.value // 12
 */
export function extractFacts(block: MappedText, context: FactContext): ExtractedFact[] {
  const figures = readFigures(block, context);
  const listed = respectivelyLists(block.text, figures);
  const labels = ellipticalLabels(block.text, figures, listed);
  const facts = classifyFigures(block, figures, labels, wholeOfParts(figures), context);
  for (const fact of doubleHundreds(block, context)) facts.push(fact);
  for (const fact of zeroCounts(block, context)) facts.push(fact);
  forgetBoundaries();
  return facts;
}
