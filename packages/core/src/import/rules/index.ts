// The registry of reading rules: the importer and the renderer's escapes read the same list.
import { appendixLine } from './appendix-line.js';
import { coSignerLine } from './co-signer-line.js';
import { dateLine } from './date-line.js';
import { headingEnumerator } from './heading-enumerator.js';
import { inlineHeading } from './inline-heading.js';
import { markdownEscape } from './markdown-escape.js';
import { markdownLine } from './markdown-line.js';
import { pageChrome } from './page-chrome.js';
import { runningHeader } from './running-header.js';
import { sentenceItem } from './sentence-item.js';
import type { ReadingRule } from './reading-rule.js';
import { NOT_A_FACT_RULES } from './figures/index.js';
import { FACT_PASS_RULES } from './passes/index.js';

export type { ReadingRule, ReadingStage } from './reading-rule.js';
export type { Figure, FigureRule } from './figure-rule.js';
export { appendixLine } from './appendix-line.js';
export { coSignerLine } from './co-signer-line.js';

/** Every registered reading rule, in the order the importer's stages apply them. */
export const READING_RULES: readonly ReadingRule[] = [
  markdownLine,
  markdownEscape,
  pageChrome,
  runningHeader,
  dateLine,
  coSignerLine,
  headingEnumerator,
  sentenceItem,
  inlineHeading,
  appendixLine,
  ...NOT_A_FACT_RULES,
  ...FACT_PASS_RULES,
];

/**
 * Whether a registered rule would read a paragraph as structure (a heading, an appendix…): such a
 * paragraph is written as a literal line, so it comes back as a paragraph.
 */
export function readAsStructure(paragraph: string): boolean {
  return READING_RULES.some((rule) => rule.makesStructure && rule.matches(paragraph));
}
