import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import { checkShape } from '../schema/shape/check-shape.js';
import { extensionCatalogNode } from '../schema/shape/report-shapes.js';
import { fromZodIssues } from '../validate/schema-issues.js';
import { createCatalog, type Catalog } from './catalog.js';
import type { ExtensionCatalog } from './indicator.js';
import { unknownWords } from './measure-words.js';
import { namespaceProblem } from './namespace-problem.js';

/** What {@link parseCatalog} gives: the merged catalog, or why the JSON is not one, in words. */
export type ParsedCatalog =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads a town's extension catalog as published (the JSON file docs/extending.md describes: one
 * extension catalog, or an array of them) into a catalog with the built-in indicators. Never
 * throws: a malformed file gives one message per problem in the chosen language, for the CLI's
 * `--catalog` and the form's `catalog` property alike.
 *
 * @param json - the parsed JSON of the file
 * @param locale - the language of the problems (zh-CN by default)
 * @example
 * const parsed = parseCatalog(JSON.parse(readFileSync('town-catalog.json', 'utf8')));
 * if (parsed.ok) aggregate(reports, { year: 2023, catalog: parsed.catalog });
 */
export function parseCatalog(json: unknown, locale: Locale = 'zh-CN'): ParsedCatalog {
  const m = messages[locale].extensionCatalog;
  const list = Array.isArray(json) ? (json as readonly unknown[]) : [json];
  if (list.length === 0 || list.some((item) => typeof item !== 'object' || item === null || Array.isArray(item)))
    return { ok: false, problems: [m.notACatalog] };
  const problems: string[] = [];
  const namespaces = new Set<string>();
  for (const [index, input] of list.entries()) {
    const prefixed = namespaceProblem(input, locale);
    if (prefixed) {
      problems.push(prefixed);
      continue;
    }
    const parsed = checkShape<ExtensionCatalog>(extensionCatalogNode, input);
    if (!parsed.success) {
      const details = fromZodIssues(parsed.error.issues, locale).map(
        (issue) => `${issue.path.join('.') || '—'}: ${issue.message}`,
      );
      problems.push(formatMessage(m.malformed, { index: index + 1, problems: details.join('；') }));
      continue;
    }
    if (namespaces.has(parsed.data.namespace))
      problems.push(formatMessage(m.twice, { namespace: parsed.data.namespace }));
    for (const { name, word } of unknownWords(parsed.data)) problems.push(formatMessage(m.unknownWord, { name, word }));
    namespaces.add(parsed.data.namespace);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: createCatalog(list) };
}
