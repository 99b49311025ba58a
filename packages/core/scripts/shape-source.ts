// Build time only (never imported by the library's entries): writes zod schemas out as shape
// nodes, the TypeScript module `report-shapes.ts` that the browser checks reports with.
// Anything the writer does not know is an error here, not a silent difference later.
import type * as z from 'zod/mini';
import type { Codelist } from '../src/schema/shape/shape-node.js';

type AnySchema = z.core.$ZodType;

interface CheckDef {
  readonly check?: string;
  readonly type?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly tx?: (value: never) => unknown;
  readonly fn?: (value: never) => unknown;
  readonly params?: Record<string, unknown>;
  readonly abort?: boolean;
  readonly when?: unknown;
}

/** What the writer needs besides the schemas themselves. */
export interface ShapeSourceOptions {
  /** The schemas to export, by the name of their constant (`reportNode`). */
  readonly schemas: Readonly<Record<string, AnySchema>>;
  /** The label key of a labelled schema (the field metadata registry). */
  readonly keyOf: (schema: AnySchema) => string | undefined;
  /** Enums whose options a message catalog names. */
  readonly codelists: readonly (readonly [AnySchema, Codelist])[];
  /** Functions of `z.refine` checks, with the module they are imported from. */
  readonly functions: readonly (readonly [
    (value: never) => unknown,
    { readonly name: string; readonly from: string },
  ])[];
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/**
 * The source of a module exporting each schema as a shape node.
 *
 * @example writeFileSync(file, shapeSource({ schemas: { reportNode: ReportSchema }, keyOf, codelists, functions }))
 */
export function shapeSource(options: ShapeSourceOptions): string {
  const named = new Map<AnySchema, string>(Object.entries(options.schemas).map(([name, schema]) => [schema, name]));
  const imports = new Map<string, Set<string>>();
  // Each pattern once, as a constant: the date pattern alone is 300 characters.
  const patterns = new Map<string, string>();
  const patternName = (pattern: RegExp): string => {
    const literal = `/${pattern.source}/${pattern.flags}`;
    if (!patterns.has(literal)) patterns.set(literal, `PATTERN_${patterns.size}`);
    return patterns.get(literal) ?? literal;
  };

  const checkSource = (def: CheckDef): string => {
    if (def.abort || (def.when && def.check !== 'min_length' && def.check !== 'max_length'))
      throw new Error(`shapeSource: check ${def.check} with abort or when`);
    switch (def.check) {
      case 'overwrite':
        if (!/\.trim\(\)/.test(String(def.tx)))
          throw new Error(`shapeSource: an overwrite other than trim: ${String(def.tx)}`);
        return `{ check: 'trim' }`;
      case 'min_length':
        return `{ check: 'min_length', value: ${String(def.minimum)} }`;
      case 'max_length':
        return `{ check: 'max_length', value: ${String(def.maximum)} }`;
      case 'string_format':
        if (!def.pattern || !def.format) throw new Error('shapeSource: a string format without a pattern');
        return `{ check: 'format', format: ${JSON.stringify(def.format)}, pattern: ${patternName(def.pattern)} }`;
      case 'greater_than':
      case 'less_than':
        if (typeof def.value !== 'number') throw new Error('shapeSource: a bound that is not a number');
        return `{ check: '${def.check === 'greater_than' ? 'gte' : 'lte'}', value: ${def.value}, inclusive: ${String(def.inclusive)} }`;
      case 'custom': {
        const found = options.functions.find(([fn]) => fn === def.fn)?.[1];
        if (!found) throw new Error('shapeSource: a refinement whose function is not listed in `functions`');
        if (!imports.has(found.from)) imports.set(found.from, new Set());
        imports.get(found.from)?.add(found.name);
        return `{ check: 'custom', test: ${found.name}${def.params ? `, params: ${JSON.stringify(def.params)}` : ''} }`;
      }
      default:
        throw new Error(`shapeSource: unknown check ${String(def.check)}`);
    }
  };

  const checksOf = (schema: AnySchema): string[] => {
    const def = defOf(schema);
    const out: string[] = [];
    // A schema that is itself a check (z.iso.date(), z.int()) runs that check first.
    if (def['check'] === 'string_format') out.push(checkSource(def as CheckDef));
    if (def['check'] === 'number_format') {
      if (def['format'] !== 'safeint') throw new Error(`shapeSource: number format ${String(def['format'])}`);
      out.push(`{ check: 'int' }`);
    }
    for (const check of (def['checks'] as { _zod: { def: CheckDef } }[] | undefined) ?? [])
      out.push(checkSource(check._zod.def));
    return out;
  };

  // `name: node`, or a getter when the node is a named schema (sections hold sections).
  const member = (name: string, schema: AnySchema, indent: string): string => {
    const ref = named.get(schema);
    const property = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
    return ref ? `get ${property}() { return ${ref}; }` : `${property}: ${node(schema, indent)}`;
  };

  // A node's source: its lines indented one step from `indent`, where its brace closes.
  const node = (schema: AnySchema, indent: string): string => {
    const def = defOf(schema);
    const inner = `${indent}  `;
    const parts: string[] = [`type: '${def.type}'`];
    const key = options.keyOf(schema);
    if (key) parts.push(`key: ${JSON.stringify(key)}`);
    switch (def.type) {
      case 'object': {
        const catchall = def['catchall'] as AnySchema | undefined;
        if (catchall && defOf(catchall).type !== 'never') throw new Error('shapeSource: an object with a catchall');
        const shape = def['shape'] as Record<string, AnySchema>;
        const props = Object.entries(shape).map(([name, child]) => `${inner}  ${member(name, child, `${inner}  `)},`);
        parts.push(`strict: ${String(catchall !== undefined)}`, `props: {\n${props.join('\n')}\n${inner}}`);
        break;
      }
      case 'array':
        parts.push(member('element', def['element'] as AnySchema, inner));
        break;
      case 'optional':
        parts.push(member('inner', def['innerType'] as AnySchema, inner));
        break;
      case 'record': {
        const keys = def['keyType'] as AnySchema;
        if (keys._zod.values || defOf(keys).type !== 'string')
          throw new Error('shapeSource: a record whose keys are not a string pattern');
        parts.push(member('keys', keys, inner), member('values', def['valueType'] as AnySchema, inner));
        break;
      }
      case 'enum': {
        const values = Object.values(def['entries'] as Record<string, unknown>);
        const codelist = options.codelists.find(([list]) => sameValues(list, values))?.[1];
        parts.push(`values: ${JSON.stringify(values)}`);
        if (codelist) parts.push(`codelist: '${codelist}'`);
        break;
      }
      case 'literal':
        parts.push(`values: ${JSON.stringify(def['values'])}`);
        break;
      case 'string':
      case 'number':
      case 'boolean':
      case 'unknown':
        break;
      default:
        throw new Error(`shapeSource: zod type ${def.type} is not supported`);
    }
    const checks = checksOf(schema);
    if (checks.length) parts.push(`checks: [${checks.join(', ')}]`);
    return `{\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}}`;
  };

  const body = Object.entries(options.schemas)
    .map(
      ([name, schema]) =>
        `/** Generated from the zod schema of the same name. */\nexport const ${name}: ShapeNode = ${node(schema, '')};\n`,
    )
    .join('\n');
  const importLines = [...imports].map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`);
  return [
    '// Generated by `npm run generate` (scripts/generate.ts) from the zod schemas: do not edit.',
    '// The browser checks shapes with these (check-shape.ts) instead of loading zod; a test',
    '// regenerates this file and runs both on thousands of broken inputs.',
    ...importLines,
    "import type { ShapeNode } from './shape-node.js';",
    '',
    ...[...patterns].map(([literal, name]) => `const ${name} = ${literal};`),
    '',
    body,
  ].join('\n');
}

function sameValues(schema: AnySchema, values: readonly unknown[]): boolean {
  const entries = Object.values((defOf(schema)['entries'] as Record<string, unknown> | undefined) ?? {});
  return entries.length === values.length && entries.every((entry, i) => entry === values[i]);
}

/** The source of `src/schema/shape/report-shapes.ts`: every schema a page checks input with. */
export async function reportShapesSource(): Promise<string> {
  // Loaded when called: the library imports the file this writes, and `shapeSource` alone needs none of it.
  const core = await import('../src/model.js');
  const { isMonthDay } = await import('../src/domain/dates.js');
  return shapeSource({
    schemas: {
      reportNode: core.ReportSchema,
      sectionNode: core.SectionSchema,
      metricNode: core.MetricSchema,
      deadlineOverridesNode: core.DeadlineOverridesSchema,
      extensionCatalogNode: core.ExtensionCatalogSchema,
    },
    keyOf: (schema) => core.fieldMeta.get(schema)?.key,
    codelists: [
      [core.UnitLevelSchema, 'levels'],
      [core.SectionKindSchema, 'kinds'],
      [core.QualifierSchema, 'qualifiers'],
      [core.ScopeSchema, 'scopes'],
    ],
    functions: [[isMonthDay, { name: 'isMonthDay', from: '../../domain/dates.js' }]],
  });
}
