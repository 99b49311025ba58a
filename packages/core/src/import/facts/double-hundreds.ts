// "双百" (and 双100%) says two rates are both 100%: 办结率、满意率实现“双百”.
import { classifyFact } from '../classify.js';
import { sentenceStart } from '../clause-boundaries.js';
import { cleanLabel, LIST_SEPARATOR_OR_COMMA } from '../fact-labels.js';
import { isTarget, rateScope } from '../fact-scope.js';
import type { MappedText } from '../mapped-text.js';
import type { ExtractedFact, FactContext } from './extracted-fact.js';
import { quoteAround } from './quote-around.js';

/**
 * The two rates of 100% each 双百 of a block stands for: the last two rates (…率, …度) named
 * before it in its sentence.
 *
 * @param block - a paragraph or a heading
 * @param context - the catalog, the report's year and the section
 * @example doubleHundreds(MappedText.of('办结率和满意率实现“双百”。'), context).length // 2
 */
export function doubleHundreds(block: MappedText, context: FactContext): ExtractedFact[] {
  const text = block.text;
  const facts: ExtractedFact[] = [];
  for (let at = text.indexOf('双百'); at >= 0; at = text.indexOf('双百', at + 2)) {
    const clause = text.slice(sentenceStart(text, at), at).replace(/[“"‘]$/, '');
    const head = clause.replace(/(?:实现了?|达到了?|均为|均达到?|保持)$/, '');
    const items = head
      .split(LIST_SEPARATOR_OR_COMMA)
      .map((item) => cleanLabel(item))
      .filter((item) => item.endsWith('率') || item.endsWith('度'));
    // Rates: their own clause's scope, as every rate's (rateScope).
    const scope = rateScope(text, at, context.year);
    for (const label of items.slice(-2)) {
      facts.push({
        metric: {
          indicator: classifyFact(label, '%', context.catalog),
          label,
          value: 100,
          unit: '%',
          qualifier: 'exact',
          ...(context.plans || isTarget(text, at) ? { scope: 'target' as const } : scope),
          sectionId: context.sectionId,
          source: { ...block.span(at, at + 2), quote: quoteAround(text, at, at + 2) },
        },
        derived: 'shared',
      });
    }
  }
  return facts;
}
