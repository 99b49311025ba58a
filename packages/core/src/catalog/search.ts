import { BUILT_IN_ALIASES } from './aliases.js';
import type { Catalog } from './catalog.js';
import type { IndicatorDefinition } from './indicator.js';

/** One indicator found by {@link searchIndicators}, with the name that matched. */
export interface IndicatorMatch {
  readonly indicator: IndicatorDefinition;
  /** What the query matched: a label, an importer alias or the key. */
  readonly via: 'label' | 'alias' | 'key';
  /** The label, alias or key as the catalog spells it. */
  readonly matched: string;
}

/** Options of {@link searchIndicators}. */
export interface SearchIndicatorsOptions {
  /** At most this many matches, best first (default 10). */
  readonly limit?: number;
}

// Longer queries are not names: a person pasting a sentence gets the names inside it.
const MAX_QUERY = 200;

// Full-width letters and digits as half-width, case and spaces ignored.
const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

// 0 the whole name, 1 its start, 2 inside it, 3 a name inside the query (a phrase the person
// wrote around it, as in 召开专题会议 for 专题会议); longer names inside the query first.
function rank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(query)) return 2;
  if (name.length >= 2 && query.includes(name)) return 3 + 1 / name.length;
  return undefined;
}

/**
 * Finds indicators by what a person would type: the Chinese or English label, an importer
 * alias (调解 finds 矛盾纠纷调解, 普法 finds 普法宣传活动), the key, or a phrase with one of
 * them inside. Full-width characters, case and spaces do not matter. Built-in indicators use
 * the built-in aliases; extension indicators their own `aliases`.
 *
 * @param catalog - the catalog to search, e.g. `defaultCatalog`
 * @param query - what was typed; empty finds nothing
 * @returns the matches, best first: whole names, then names starting with the query, then
 *   names containing it, then names inside it; labels before aliases, catalog order last
 * @example searchIndicators(defaultCatalog, '调解')[0]?.indicator.key // 'disputes.mediated'
 */
export function searchIndicators(
  catalog: Catalog,
  query: string,
  options: SearchIndicatorsOptions = {},
): IndicatorMatch[] {
  const wanted = normalize(query.slice(0, MAX_QUERY));
  const limit = options.limit ?? 10;
  if (wanted === '' || limit <= 0) return [];
  const found: { match: IndicatorMatch; score: number; order: number }[] = [];
  catalog.indicators.forEach((indicator, order) => {
    const names: [IndicatorMatch['via'], string][] = [
      ['label', indicator.label['zh-CN']],
      ['label', indicator.label.en],
      ...(indicator.aliases ?? BUILT_IN_ALIASES[indicator.key] ?? []).map((alias): [IndicatorMatch['via'], string] => [
        'alias',
        alias,
      ]),
      ['key', indicator.key],
    ];
    let best: { match: IndicatorMatch; score: number } | undefined;
    for (const [via, name] of names) {
      const score = rank(normalize(name), wanted);
      if (score === undefined) continue;
      // Labels before aliases before keys at the same rank.
      const weighted = score + (via === 'label' ? 0 : via === 'alias' ? 0.01 : 0.02);
      if (!best || weighted < best.score) best = { match: { indicator, via, matched: name }, score: weighted };
    }
    if (best) found.push({ ...best, order });
  });
  return found
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({ match }) => match);
}
