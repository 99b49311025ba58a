import * as z from 'zod/mini';
import type { Catalog } from '../catalog/catalog.js';
import type { Messages } from '../i18n/messages.js';
import { fieldMeta } from './field-meta.js';
import { metricConditions } from './metric-conditions.js';
import { MetricSchema } from './metric.js';
import { ReportSchema } from './report.js';
import { SectionSchema } from './section.js';
import { UnitSchema } from './unit.js';

// Names under `$defs`, so other towns can `$ref` the parts ("…#/$defs/Metric").
const definitions = z.registry<{ id: string }>();
definitions.add(SectionSchema, { id: 'Section' });
definitions.add(MetricSchema, { id: 'Metric' });
definitions.add(UnitSchema, { id: 'Unit' });

/** Where the published schema lives; other towns `$ref` it. */
export const SCHEMA_ID = 'https://law-report.github.io/schema/report-1.0.json';

/**
 * The report schema as JSON Schema 2020-12: the same file committed as
 * `@law-report/core/schema.json`. Labels are where JSON Schema keeps them, so any validator
 * takes the file as it is (Ajv in strict mode too): `title` is the field's label and
 * `description` its help, each in Chinese and English, `中文 / English`.
 *
 * With a catalog, the schema is that catalog's own: a figure's `indicator` is one of its keys
 * (extensions included) or `unclassified`, and per indicator its `unit` is one of the words it is
 * written in and its `value` within what validation allows (counts and amounts never negative,
 * rates 0–100, whole things whole); see `metricConditions`. A typo in a town's key, a wrong unit
 * or a negative count then fails wherever the town's schema is used.
 *
 * @param options - `catalog`: the catalog to specialise the schema to, e.g. a town's (`parseCatalog`, `createCatalog`)
 * @returns a plain JSON-serialisable object
 * @example writeFileSync('schema.json', JSON.stringify(reportJsonSchema(), null, 2))
 */
export function reportJsonSchema(options: { readonly catalog?: Catalog } = {}): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: definitions,
    override({ zodSchema, jsonSchema }) {
      const meta = fieldMeta.get(zodSchema);
      if (!meta) return;
      jsonSchema.title = bilingual(meta.label);
      if (meta.help) jsonSchema.description = bilingual(meta.help);
    },
  });
  const { catalog } = options;
  if (catalog) specialise(schema, catalog);
  return {
    $schema: schema.$schema,
    $id: catalog ? specialisedId(catalog) : SCHEMA_ID,
    title: 'law-report Report',
    description: '法治政府建设年度报告 (annual report on building a rule-of-law government), schema version 1.0',
    ...withoutKeys(schema, ['$schema']),
  };
}

// One string a form generator shows as it is, readable by a Chinese and an English reader alike.
function bilingual(messages: Messages): string {
  return messages['zh-CN'] === messages.en ? messages.en : `${messages['zh-CN']} / ${messages.en}`;
}

// A town's schema is not the published one: its own $id, named after its namespaces.
function specialisedId(catalog: Catalog): string {
  const suffix = catalog.namespaces.size > 0 ? [...catalog.namespaces].map((ns) => `x-${ns}`).join('-') : 'catalog';
  return SCHEMA_ID.replace(/\.json$/, `-${suffix}.json`);
}

// The catalog's keys, units and value bounds as conditions on every figure.
function specialise(schema: Record<string, unknown>, catalog: Catalog): void {
  const metric = child(child(schema, '$defs'), 'Metric');
  const indicator = child(child(metric, 'properties'), 'indicator');
  if (!metric || !indicator)
    throw new Error('reportJsonSchema: the generated schema has no $defs.Metric.properties.indicator');
  const conditions = metricConditions(catalog);
  // The enum says all the pattern said, and more.
  delete indicator['pattern'];
  Object.assign(indicator, conditions.indicator);
  metric['allOf'] = conditions.allOf;
}

function child(value: Record<string, unknown> | undefined, key: string): Record<string, unknown> | undefined {
  const found = value?.[key];
  return isRecord(found) ? found : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutKeys(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
