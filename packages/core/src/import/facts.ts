// The facts stage: a block's figures read with their clauses first, then resolved in named passes,
// each a file of its own under facts/ — 分别为 lists, 其中 parts, labels (elliptical ones
// completed), indicators in order, and the facts written in words (双百, 无…案件).
import type { MappedText } from './mapped-text.js';
import { forgetBoundaries } from './clause-boundaries.js';
import { classifyFigures } from './facts/classify-figures.js';
import { doubleHundreds } from './facts/double-hundreds.js';
import { ellipticalLabels, type FigureLabel } from './facts/elliptical-labels.js';
import type { ExtractedFact, FactContext } from './facts/extracted-fact.js';
import { readFigures, type FigureReading } from './facts/read-figures.js';
import { respectivelyLists } from './facts/respectively-lists.js';
import { wholeOfParts } from './facts/whole-of-parts.js';
import { zeroCounts } from './facts/zero-counts.js';

export type { Derivation, ExtractedFact, FactContext } from './facts/extracted-fact.js';

/** What each pass of the facts stage made of a block: the figures, their lists, labels and wholes, and the facts. */
export interface FactPasses {
  readonly figures: readonly FigureReading[];
  /** The 分别为 item that names each figure, if any. */
  readonly listed: readonly (string | undefined)[];
  readonly labels: readonly FigureLabel[];
  /** The whole each part of a 其中 list belongs to. */
  readonly wholes: readonly (number | undefined)[];
  /** The rates 双百 stands for. */
  readonly hundreds: readonly ExtractedFact[];
  /** The counts of zero written in words (无行政诉讼案件). */
  readonly zeros: readonly ExtractedFact[];
  /** Every fact: the figures' in the order they stand, then the 双百 rates and the zeros. */
  readonly facts: ExtractedFact[];
}

/**
 * The facts stage's passes over one block, each result kept: what {@link extractFacts} gives, and
 * what the reading rules of the facts stage ask about their examples.
 *
 * @param block - a paragraph or a heading, mapped to the input
 * @param context - the catalog, the report's year, the section and whether it is the plans
 * @example factPasses(MappedText.of('甲、乙分别为1件、2件'), context).listed // ['甲', '乙']
 */
export function factPasses(block: MappedText, context: FactContext): FactPasses {
  const figures = readFigures(block, context);
  const listed = respectivelyLists(block.text, figures);
  const labels = ellipticalLabels(block.text, figures, listed);
  const wholes = wholeOfParts(figures, block.text);
  const facts = classifyFigures(block, figures, labels, wholes, context);
  const hundreds = doubleHundreds(block, context);
  const zeros = zeroCounts(block, context);
  for (const fact of hundreds) facts.push(fact);
  for (const fact of zeros) facts.push(fact);
  forgetBoundaries();
  return { figures, listed, labels, wholes, hundreds, zeros, facts };
}

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
  return factPasses(block, context).facts;
}
