// 无行政诉讼案件, 全年未发生败诉案件: a count of zero written in words.
import { GAP_MARK } from '../../catalog/aliases.js';
import { COMMAS, endsClauseAt, FULL_STOPS, SEMICOLONS } from '../../domain/punctuation.js';
import { matchIndicator } from '../classify.js';
import { clauseStart } from '../clause-boundaries.js';
import { isTarget, scopeOf } from '../fact-scope.js';
import type { MappedText } from '../mapped-text.js';
import type { ExtractedFact, FactContext } from './extracted-fact.js';
import { quoteAround } from './quote-around.js';

const CLAUSE_BREAKS = `${COMMAS}${FULL_STOPS}${SEMICOLONS}`;
// The nouns a count of zero ends with: cases, and the court judgments a unit must carry out (无需要履行的法院生效裁判).
const COUNTED_NOUNS = ['案件', '裁判', '判决'] as const;
const NONE_COUNTED = new RegExp(
  `^[^${CLAUSE_BREAKS}无未没]{0,6}?(无|未发生过?|未出现过?|没有)(?:一起|任何)?([^${CLAUSE_BREAKS}]{1,12}(?:${COUNTED_NOUNS.join('|')}))$`,
);

/**
 * The counts of zero a block writes in words (无行政诉讼案件, 全年无需要履行的法院生效裁判). Read only where
 * 案件 (its 件 is the measure word), 裁判 or 判决 ends the clause and names a catalog indicator counted
 * in 件: a zero of something unknown tells a county nothing, a known one lets it recompute a rate.
 *
 * @param block - a paragraph or a heading
 * @param context - the catalog, the report's year and the section
 * @example zeroCounts(MappedText.of('全年无行政诉讼案件。'), context)[0]?.metric.value // 0
 */
export function zeroCounts(block: MappedText, context: FactContext): ExtractedFact[] {
  const text = block.text;
  const facts: ExtractedFact[] = [];
  // Where each counted noun stands, in the order of the text: [start, end].
  const nouns = COUNTED_NOUNS.flatMap((noun) => {
    const found: [number, number][] = [];
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length))
      found.push([at, at + noun.length]);
    return found;
  }).sort((a, b) => a[0] - b[0]);
  for (const [at, end] of nouns) {
    if (end < text.length && !endsClauseAt(text, end)) continue;
    const from = clauseStart(text, at);
    const match = NONE_COUNTED.exec(text.slice(from, end));
    const label = match?.[2];
    if (!match || !label) continue;
    const kinds = kindsCounted(label, text.slice(at, end), context);
    if (kinds.length === 0) continue;
    const start = end - match[0].length + match[0].indexOf(match[1] ?? '');
    for (const indicator of kinds)
      facts.push({
        metric: {
          indicator,
          label,
          value: 0,
          unit: '件',
          qualifier: 'exact',
          ...(context.plans || isTarget(text, start)
            ? { scope: 'target' as const }
            : scopeOf(text, start, context.year)),
          sectionId: context.sectionId,
          source: { ...block.span(start, end), quote: quoteAround(text, start, end) },
        },
        derived: 'none',
      });
  }
  return facts;
}

// 无行政复议和行政诉讼案件: two kinds of cases before one 案件, a zero of each. Each kind names its own
// indicator (行政复议 + 案件) and all differ, else the whole label is one kind, as written.
const AND = /和|及|与|、/;

function kindsCounted(label: string, noun: string, context: FactContext): string[] {
  const one = (words: string): string | undefined => {
    const { indicator, alias } = matchIndicator(words, '件', context.catalog);
    return indicator !== 'unclassified' && namesTheHead(words, alias) ? indicator : undefined;
  };
  const parts = label.split(AND);
  if (parts.length > 1) {
    const kinds = parts.map((part, i) => (i === parts.length - 1 ? one(part) : one(`${part}${noun}`)));
    const found = kinds.filter((kind): kind is string => kind !== undefined);
    if (found.length === parts.length && new Set(found).size === found.length) return found;
  }
  const whole = one(label);
  return whole ? [whole] : [];
}

// 未发生因调解不当引发的民转刑案件: the cases counted are 民转刑案件, and 调解 only says what caused them. A
// zero is read only where the words that name the indicator stand at the end, by the noun (行政诉讼败诉案件).
function namesTheHead(label: string, alias: string | undefined): boolean {
  const last = alias?.split(GAP_MARK).at(-1);
  if (!last) return false;
  const at = label.lastIndexOf(last);
  return at >= 0 && label.length - (at + last.length) <= 2;
}
