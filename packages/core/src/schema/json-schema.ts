import * as z from 'zod/mini';
import type { Catalog } from '../catalog/catalog.js';
import { fieldMeta } from './field-meta.js';
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
 * `@law-report/core/schema.json`. English labels become `title`/`description`;
 * Chinese ones are kept under `x-zh-CN`. With a catalog that has extensions, a figure under one
 * of its namespaces must use one of its keys, in one of that indicator's measure words, so a
 * typo in a town's own key fails where the town's schema is used.
 *
 * @param options - `catalog`: a catalog with a town's extensions (`parseCatalog`, `createCatalog`)
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
      jsonSchema.title = meta.label.en;
      if (meta.help) jsonSchema.description = meta.help.en;
      jsonSchema['x-zh-CN'] = meta.help
        ? { title: meta.label['zh-CN'], description: meta.help['zh-CN'] }
        : { title: meta.label['zh-CN'] };
    },
  });
  const namespaces = [...(options.catalog?.namespaces ?? [])];
  if (options.catalog && namespaces.length > 0) extend(schema, options.catalog, namespaces);
  return {
    $schema: schema.$schema,
    $id: namespaces.length > 0 ? SCHEMA_ID.replace(/\.json$/, `-${namespaces.map((ns) => `x-${ns}`).join('-')}.json`) : SCHEMA_ID,
    title: 'law-report Report',
    description: '法治政府建设年度报告 (annual report on building a rule-of-law government), schema version 1.0',
    ...withoutKeys(schema, ['$schema']),
  };
}

// The extension's keys and measure words as conditions on every figure.
function extend(schema: Record<string, unknown>, catalog: Catalog, namespaces: readonly string[]): void {
  const defs = schema['$defs'];
  const metric = typeof defs === 'object' && defs !== null && 'Metric' in defs ? defs.Metric : undefined;
  if (typeof metric !== 'object' || metric === null) return;
  const when = (indicator: Record<string, unknown>) => ({ properties: { indicator }, required: ['indicator'] });
  const rules: unknown[] = [];
  for (const namespace of namespaces) {
    const keys = catalog.indicators.filter((definition) => definition.key.startsWith(`x-${namespace}.`)).map((definition) => definition.key);
    rules.push({ if: when({ type: 'string', pattern: `^x-${namespace}\\.` }), then: { properties: { indicator: { enum: keys } } } });
    for (const key of keys) {
      const definition = catalog.get(key);
      if (definition) rules.push({ if: when({ const: key }), then: { properties: { unit: { enum: [...definition.units, ...(definition.otherUnits ?? [])] } } } });
    }
  }
  Object.assign(metric, { allOf: rules });
}

function withoutKeys(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
