import type { Catalog } from '../catalog/catalog.js';
import type { IndicatorDefinition } from '../catalog/indicator.js';
import {
  countsWholeThings,
  largestFigure,
  MEASURE_WORDS,
  SIGNED_WORDS,
  writtenWordsOf,
} from '../catalog/measure-words.js';

/** What a JSON Schema can say about a figure once its catalog is known: its key and, per key, its unit and value. */
export interface MetricConditions {
  /** The `indicator` property: one of the catalog's keys (extensions included) or `unclassified`. */
  readonly indicator: { readonly enum: readonly string[] };
  /** Conditions on `unit` and `value`, each an `if`/`then` keyed on `indicator` or `unit`. */
  readonly allOf: readonly Record<string, unknown>[];
}

/**
 * The rules `validateReport` applies to a figure by its catalog entry, said in JSON Schema so a
 * town's own schema refuses what its catalog refuses: a key the catalog does not hold (a typo in
 * `x-yourtown.gridEvent`), a unit not among the words the indicator is written in (the
 * `unexpected_unit` words), a negative count or amount (`negative_value`, unclassified figures
 * judged by their word as the rule does), a rate outside 0–100 (`rate_out_of_range`, the submit
 * profile's bound), a fraction of whole things (`fractional_count`: 2.5场) and a figure beyond what
 * any unit could write in its word (`value_too_large`: 10⁸场).
 *
 * @param catalog - the built-in catalog merged with a town's extensions
 * @returns the `indicator` enum and the conditions, for `$defs.Metric`
 * @example metricConditions(parseCatalog(json, 'zh-CN').catalog).indicator.enum.includes('x-yourtown.gridEvents') // true
 */
export function metricConditions(catalog: Catalog): MetricConditions {
  const keys = catalog.indicators.map((definition) => definition.key);
  const signed = new Set(SIGNED_WORDS);
  const words = knownWords(catalog);
  return {
    indicator: { enum: [...keys, 'unclassified'] },
    allOf: [
      ...catalog.indicators.map(indicatorCondition),
      {
        title: '未归类的计数不为负数 / Unclassified counts are not negative',
        if: {
          properties: {
            indicator: { const: 'unclassified' },
            unit: { type: 'string', enum: MEASURE_WORDS.filter((word) => !signed.has(word)) },
          },
          required: ['indicator', 'unit'],
        },
        then: { properties: { value: { type: 'number', minimum: 0 } } },
      },
      {
        title: '按件、次、人等计数的是整数 / Whole things are counted in whole numbers',
        if: { properties: { unit: { type: 'string', enum: words.filter(countsWholeThings) } }, required: ['unit'] },
        then: { properties: { value: { type: 'number', multipleOf: 1 } } },
      },
      ...limitConditions(words),
    ],
  };
}

// |value| ≤ the largest figure of its word, one condition per limit (words grouped by it).
function limitConditions(words: readonly string[]): Record<string, unknown>[] {
  const byLimit = new Map<number, string[]>();
  for (const word of words) {
    const limit = largestFigure(word);
    const group = byLimit.get(limit);
    if (group) group.push(word);
    else byLimit.set(limit, [word]);
  }
  return [...byLimit].map(([limit, group]) => ({
    title: `以这些单位计的数值绝对值不超过 ${limit} / In these words, at most ${limit} either way`,
    if: { properties: { unit: { type: 'string', enum: group } }, required: ['unit'] },
    then: { properties: { value: { type: 'number', minimum: -limit, maximum: limit } } },
  }));
}

function indicatorCondition(definition: IndicatorDefinition): Record<string, unknown> {
  const value =
    definition.kind === 'rate' ? { type: 'number', minimum: 0, maximum: 100 } : { type: 'number', minimum: 0 };
  return {
    title: `${definition.label['zh-CN']} / ${definition.label.en}`,
    if: { properties: { indicator: { const: definition.key } }, required: ['indicator'] },
    then: { properties: { unit: { type: 'string', enum: [...writtenWordsOf(definition)] }, value } },
  };
}

// Every word the importer reads and every word the catalog's indicators are written in, the
// extensions' own included.
function knownWords(catalog: Catalog): string[] {
  const words = new Set(MEASURE_WORDS);
  for (const definition of catalog.indicators) for (const word of writtenWordsOf(definition)) words.add(word);
  return [...words];
}
