import * as z from 'zod/mini';
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
 * Chinese ones are kept under `x-zh-CN`.
 *
 * @returns a plain JSON-serialisable object
 * @example writeFileSync('schema.json', JSON.stringify(reportJsonSchema(), null, 2))
 */
export function reportJsonSchema(): Record<string, unknown> {
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
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'law-report Report',
    description: '法治政府建设年度报告 (annual report on building a rule-of-law government), schema version 1.0',
    ...withoutKeys(schema, ['$schema']),
  };
}

function withoutKeys(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
