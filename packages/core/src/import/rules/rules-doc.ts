import { READING_RULES } from './index.js';
import type { ReadingRule } from './reading-rule.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', '\\n');
const examples = (lines: readonly string[]) => lines.map((line) => `\`${cell(line)}\``).join('<br>');

/**
 * The page docs/import-rules.md: every registered reading rule with its stage, what it does and
 * the lines it must and must not read, generated from the registry so the page cannot drift.
 *
 * @param rules - the registry (the built-in one by default)
 * @returns the Markdown page
 * @example readingRulesMarkdown().startsWith('# Reading rules') // true
 */
export function readingRulesMarkdown(rules: readonly ReadingRule[] = READING_RULES): string {
  return [
    '# Reading rules',
    '',
    '<!-- Generated from packages/core/src/import/rules/ by readingRulesMarkdown(); a test compares this page with the',
    '     registry (update it with `npx vitest run --project core packages/core/src/import/rules -u`). -->',
    '',
    'The rules the importer applies when it reads a report, one file each under `packages/core/src/import/rules/`,',
    'with the lines each must read and the lines it must leave alone (both checked by a test). A rule marked',
    '*structure* turns a line into structure; the renderer writes any paragraph such a rule would match as a',
    'literal line (`\\…` in Markdown and plain text; HTML and Word show the text as it is, with an empty anchor that',
    'the importer reads as the same escape), so `importReport(renderReport(report))` gives every paragraph back, in',
    'every format.',
    '',
    '| rule | stage | what it reads | reads | leaves alone |',
    '|---|---|---|---|---|',
    ...rules.map(
      (rule) =>
        `| \`${rule.id}\`${rule.makesStructure ? ' (structure)' : ''} | ${rule.stage} | ${cell(rule.summary)} | ${examples(rule.examples.reads)} | ${examples(rule.examples.ignores)} |`,
    ),
    '',
  ].join('\n');
}
