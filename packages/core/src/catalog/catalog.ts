import { checkShape } from '../schema/shape/check-shape.js';
import { extensionCatalogNode } from '../schema/shape/report-shapes.js';
import { fromZodIssues } from '../validate/schema-issues.js';
import type { ExtensionCatalog, IndicatorDefinition } from './indicator.js';
import { indicators } from './indicators.js';
import { unknownWords } from './measure-words.js';
import { namespaceProblem } from './namespace-problem.js';

/** Version of the built-in indicator codelist. Keys never change within a major version. */
export const CATALOG_VERSION = '1.0';

/** The built-in catalog merged with any extension catalogs, indexed by key. */
export interface Catalog {
  readonly version: string;
  readonly indicators: readonly IndicatorDefinition[];
  /** Namespaces of the registered extension catalogs. */
  readonly namespaces: ReadonlySet<string>;
  /** The indicator with this key (`disputes.handled`, `x-ns.name`), if known. */
  get(key: string): IndicatorDefinition | undefined;
}

/**
 * Builds a catalog from the built-in indicators plus other towns' extension catalogs.
 *
 * @param extensions - extension catalogs, e.g. parsed from a town's `catalog.json`
 * @returns the merged catalog
 * @throws TypeError when an extension catalog is malformed, a namespace is registered twice or
 *   written with its `x-` prefix (`x-yourtown`: keys would be `x-x-yourtown.…`); see `parseCatalog` for JSON from a file
 * @example
 * const catalog = createCatalog([{ namespace: 'jincheng', indicators: [
 *   { name: 'gridMembers', label: { 'zh-CN': '网格员', en: 'Grid workers' }, units: ['名'], kind: 'count' },
 * ] }]);
 * catalog.get('x-jincheng.gridMembers')?.units // ['名']
 */
export function createCatalog(extensions: readonly unknown[] = []): Catalog {
  const all: IndicatorDefinition[] = [...indicators];
  const namespaces = new Set<string>();
  for (const [index, input] of extensions.entries()) {
    const prefixed = namespaceProblem(input, 'en');
    if (prefixed) throw new TypeError(`createCatalog: extension catalog #${index}: ${prefixed}`);
    // Checked with the shape generated from ExtensionCatalogSchema: pages need no zod.
    const parsed = checkShape<ExtensionCatalog>(extensionCatalogNode, input);
    if (!parsed.success) {
      const problems = fromZodIssues(parsed.error.issues, 'en').map(
        (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
      );
      throw new TypeError(`createCatalog: extension catalog #${index} is malformed:\n${problems.join('\n')}`);
    }
    const extension = parsed.data;
    if (namespaces.has(extension.namespace)) {
      throw new TypeError(`createCatalog: namespace "${extension.namespace}" is registered twice`);
    }
    namespaces.add(extension.namespace);
    const unknown = unknownWords(extension)[0];
    if (unknown)
      throw new TypeError(
        `createCatalog: indicator "${unknown.name}" is counted in "${unknown.word}", which is not a measure word the importer reads (MEASURE_WORDS)`,
      );
    for (const { name, section, plausible, ...rest } of extension.indicators) {
      const key = `x-${extension.namespace}.${name}`;
      all.push(
        dropUndefined({ ...rest, key, section: section ?? 'other', plausible: plausible && dropUndefined(plausible) }),
      );
    }
  }
  const byKey = new Map(all.map((indicator) => [indicator.key, indicator]));
  return {
    version: CATALOG_VERSION,
    indicators: all,
    namespaces,
    get: (key) => byKey.get(key),
  };
}

type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

// zod's output types optional keys as `T | undefined`; the definition type forbids an
// explicit undefined, so drop such keys rather than cast them away.
function dropUndefined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

/** The built-in catalog with no extensions. */
export const defaultCatalog: Catalog = createCatalog();
