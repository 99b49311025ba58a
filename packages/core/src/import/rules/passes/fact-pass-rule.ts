import { defaultCatalog } from '../../../catalog/catalog.js';
import { factPasses, type FactPasses } from '../../facts.js';
import { MappedText } from '../../mapped-text.js';
import type { ReadingRule } from '../reading-rule.js';

/**
 * A reading rule of the facts stage that one pass applies (a 分别为 list, a 其中 part, an elliptical
 * label…): it reads a line when its pass resolves something there. Its examples are lines the
 * pass must resolve, and lines that look alike whose figures it must leave as they are.
 *
 * @example factPassRule({ id: 'respectively-list', summary: '…', finds: ({ listed }) => listed.some(Boolean), examples })
 */
export function factPassRule(
  rule: Omit<ReadingRule, 'stage' | 'matches' | 'makesStructure'> & { readonly finds: (passes: FactPasses) => boolean },
): ReadingRule {
  const { finds, ...described } = rule;
  return {
    ...described,
    stage: 'facts',
    makesStructure: false,
    matches: (line) => finds(factPasses(MappedText.of(line), { year: 2023, catalog: defaultCatalog, sectionId: 's1' })),
  };
}
