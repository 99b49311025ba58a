import type * as z from 'zod/mini';
import { UnitLevelSchema, QualifierSchema, ScopeSchema, SectionKindSchema } from './enums.js';
import { fieldMeta, type FieldKey } from './field-meta.js';
import { MetricSchema } from './metric.js';
import { ReportSchema } from './report.js';
import { SectionSchema } from './section.js';

/** The codelist in the message catalogs that names an enum field's options. */
export type Codelist = 'levels' | 'kinds' | 'qualifiers' | 'scopes';

/** The control a field is edited with. */
export type FormControl = 'text' | 'integer' | 'number' | 'date' | 'checkbox' | 'select' | 'lines';

/**
 * One field of a form for a report, read from the schema: where it is (`path`, relative to
 * its object), its label key in the message catalogs, its control, whether it is required,
 * and for a choice its options and the codelist that names them.
 */
export interface FormField {
  readonly path: readonly string[];
  readonly key: FieldKey;
  readonly control: FormControl;
  readonly required: boolean;
  readonly options?: readonly string[];
  readonly codelist?: Codelist;
  readonly min?: number;
  readonly max?: number;
}

// Fields a person does not type: the format version, ids, the tree and list themselves, where
// an imported figure stood in its text, the section a metric belongs to (the form places it).
const NOT_TYPED = new Set(['schemaVersion', 'id', 'sections', 'metrics', 'extensions', 'source', 'sectionId']);

type AnySchema = z.core.$ZodType;

const CODELISTS: readonly [AnySchema, Codelist][] = [
  [UnitLevelSchema, 'levels'],
  [SectionKindSchema, 'kinds'],
  [QualifierSchema, 'qualifiers'],
  [ScopeSchema, 'scopes'],
];

function codelistOf(options: readonly string[]): Codelist | undefined {
  const same = (schema: AnySchema) => {
    const entries = Object.keys((schema._zod.def as { entries?: Record<string, unknown> }).entries ?? {});
    return entries.length === options.length && entries.every((entry, i) => entry === options[i]);
  };
  return CODELISTS.find(([schema]) => same(schema))?.[1];
}

// The fields of an object schema, depth first, in the schema's order.
function fieldsOf(schema: AnySchema, prefix: readonly string[] = [], required = true): FormField[] {
  const out: FormField[] = [];
  const shape = (schema._zod.def as { shape?: Record<string, AnySchema> }).shape ?? {};
  for (const [name, child] of Object.entries(shape)) {
    if (NOT_TYPED.has(name)) continue;
    let inner = child;
    let optional = !required;
    while (inner._zod.def.type === 'optional') {
      optional = true;
      inner = (inner._zod.def as unknown as { innerType: AnySchema }).innerType;
    }
    const path = [...prefix, name];
    const key = fieldMeta.get(inner)?.key;
    const def = inner._zod.def as unknown as { type: string; format?: string; entries?: Record<string, unknown> };
    if (def.type === 'object') {
      for (const field of fieldsOf(inner, path, !optional)) out.push(field);
      continue;
    }
    if (!key) continue;
    const base = { path, key, required: !optional };
    if (def.type === 'enum') {
      const options = Object.keys(def.entries ?? {});
      const codelist = codelistOf(options);
      out.push({ ...base, control: 'select', options, ...(codelist ? { codelist } : {}) });
    } else if (def.type === 'boolean') out.push({ ...base, control: 'checkbox' });
    else if (def.type === 'array') out.push({ ...base, control: 'lines' });
    else if (def.type === 'number') out.push({ ...base, control: isInteger(inner) ? 'integer' : 'number', ...bounds(inner) });
    else if (def.type === 'string') out.push({ ...base, control: def.format === 'date' ? 'date' : 'text' });
  }
  return out;
}

function isInteger(schema: AnySchema): boolean {
  const def = schema._zod.def as { format?: string };
  return def.format === 'safeint' || def.format === 'int32';
}

// Bounds from `gte`/`lte` checks, for the browser's own hints.
function bounds(schema: AnySchema): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const check of (schema._zod.def as unknown as { checks?: { _zod: { def: unknown } }[] }).checks ?? []) {
    const def = check._zod.def as { check?: string; value?: unknown };
    if (def.check === 'greater_than' && typeof def.value === 'number') out.min = def.value;
    if (def.check === 'less_than' && typeof def.value === 'number') out.max = def.value;
  }
  return out;
}

/**
 * The fields of a report form, read from the schema (the single source of truth: a field
 * added to the schema appears in every form): the report's own, a section's and a metric's.
 * Labels and help come from the message catalogs by `key`.
 *
 * @example reportFormFields.report.map((field) => field.path.join('.')) // ['title', 'year', 'unit.name', …]
 */
export const reportFormFields: { readonly report: readonly FormField[]; readonly section: readonly FormField[]; readonly metric: readonly FormField[] } = {
  report: fieldsOf(ReportSchema),
  section: fieldsOf(SectionSchema),
  metric: fieldsOf(MetricSchema),
};
