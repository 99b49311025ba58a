import { parseCatalog, type Catalog, type ExtensionCatalog } from '@law-report/core';
import type { DeadlineSource } from './county-aggregate.js';

/** A county's extension catalog as a `--catalog` file holds it: one catalog, or an array of them. */
export type CatalogGiven = ExtensionCatalog | readonly ExtensionCatalog[];

/** The catalog the server judges by now, and where it came from (as for the deadlines). */
export interface CountyCatalog {
  /** `options` (given to buildApp), `database` (`serve --catalog`) or `default` (the built-in catalog only). */
  readonly source: DeadlineSource;
  /** The county's extension catalogs as given, for clients to hand to the elements; null with none. */
  readonly extensions: readonly unknown[] | null;
  /** To spread into core's options: `{ catalog }`, or nothing for the built-in catalog. */
  readonly given: { readonly catalog?: Catalog };
}

/**
 * The extension catalogs of a `--catalog` file or of buildApp's `catalog` as a list (one catalog
 * alone is a list of one), as the store keeps them and createCatalog takes them.
 *
 * @example extensionList({ namespace: 'longquan', indicators: [] }) // [{ namespace: 'longquan', indicators: [] }]
 */
export function extensionList(given: unknown): readonly unknown[] {
  return Array.isArray(given) ? given : [given];
}

const DEFAULT: CountyCatalog = { source: 'default', extensions: null, given: {} };

/**
 * What the server judges by: buildApp's catalog (checked when the app was built), else the one the
 * county stored with `serve --catalog`, else the built-in catalog. The stored one is merged once
 * and again only when it changes; one that no longer parses (a database edited by hand) is not used.
 *
 * @example const catalogUsed = catalogJudge(options.catalog, async () => (await store.settings()).catalog)
 */
export function catalogJudge(
  given: readonly unknown[] | undefined,
  stored: () => Promise<readonly unknown[] | undefined>,
): () => Promise<CountyCatalog> {
  if (given) {
    const parsed = parseCatalog(given, 'en');
    if (!parsed.ok) throw new TypeError(`buildApp: catalog is no extension catalog: ${parsed.problems.join('; ')}`);
    const fixed: CountyCatalog = { source: 'options', extensions: given, given: { catalog: parsed.catalog } };
    return async () => fixed;
  }
  let last: { readonly json: string; readonly used: CountyCatalog } | undefined;
  return async () => {
    const extensions = await stored();
    if (!extensions) return DEFAULT;
    const json = JSON.stringify(extensions);
    if (last?.json !== json) {
      const parsed = parseCatalog(extensions, 'en');
      last = {
        json,
        used: parsed.ok ? { source: 'database', extensions, given: { catalog: parsed.catalog } } : DEFAULT,
      };
    }
    return last.used;
  };
}
