import type { FieldKey } from './field-meta.js';
import type { Codelist, ShapeNode } from './shape/shape-node.js';
import { metricNode, reportNode, sectionNode } from './shape/report-shapes.js';

export type { Codelist } from './shape/shape-node.js';

/**
 * The control a field is edited with: `lines` holds paragraphs; `phrase` is one piece of text
 * that may run long (a figure's words as written: a box that wraps, never a line break).
 */
export type FormControl = 'text' | 'phrase' | 'integer' | 'number' | 'date' | 'checkbox' | 'select' | 'lines';

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

// Text a person copies from the report as it is written, which may be a long clause
// (排查化解各类矛盾纠纷, or a sentence's whole subject): edited as a phrase, not a one-line box.
const PHRASES: ReadonlySet<string> = new Set(['metric.label']);

// The fields of an object node, depth first, in the schema's order. The nodes are generated
// from the zod schemas at build time, so the form follows the schema without loading zod.
function fieldsOf(node: ShapeNode, prefix: readonly string[] = [], required = true): FormField[] {
  const out: FormField[] = [];
  if (node.type !== 'object') return out;
  for (const [name, child] of Object.entries(node.props)) {
    if (NOT_TYPED.has(name)) continue;
    let inner = child;
    let optional = !required;
    while (inner.type === 'optional') {
      optional = true;
      inner = inner.inner;
    }
    const path = [...prefix, name];
    if (inner.type === 'object') {
      for (const field of fieldsOf(inner, path, !optional)) out.push(field);
      continue;
    }
    if (!inner.key) continue;
    const base = { path, key: inner.key as FieldKey, required: !optional };
    if (inner.type === 'enum') {
      out.push({
        ...base,
        control: 'select',
        options: inner.values.map(String),
        ...(inner.codelist ? { codelist: inner.codelist } : {}),
      });
    } else if (inner.type === 'boolean') out.push({ ...base, control: 'checkbox' });
    else if (inner.type === 'array') out.push({ ...base, control: 'lines' });
    else if (inner.type === 'number')
      out.push({
        ...base,
        control: inner.checks?.some((check) => check.check === 'int') ? 'integer' : 'number',
        ...bounds(inner),
      });
    else if (inner.type === 'string')
      out.push({
        ...base,
        control: inner.checks?.some((check) => check.check === 'format' && check.format === 'date')
          ? 'date'
          : PHRASES.has(inner.key)
            ? 'phrase'
            : 'text',
      });
  }
  return out;
}

// Bounds from `gte`/`lte` checks, for the browser's own hints.
function bounds(node: ShapeNode): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const check of node.checks ?? []) {
    if (check.check === 'gte') out.min = check.value;
    if (check.check === 'lte') out.max = check.value;
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
export const reportFormFields: {
  readonly report: readonly FormField[];
  readonly section: readonly FormField[];
  readonly metric: readonly FormField[];
} = {
  report: fieldsOf(reportNode),
  section: fieldsOf(sectionNode),
  metric: fieldsOf(metricNode),
};
