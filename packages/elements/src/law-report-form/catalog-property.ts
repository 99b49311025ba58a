import {
  defaultCatalog,
  formatMessage,
  parseCatalog,
  type Catalog,
  type ExtensionCatalog,
  type Locale,
} from '@law-report/core/model';
import { stringsOf } from '../internal/locale.js';

/** What the form's `catalog` property takes: a catalog, or a town's extension catalog as published (JSON). */
export type CatalogInput = Catalog | ExtensionCatalog | readonly ExtensionCatalog[];

/**
 * The catalog the form works with, from what its `catalog` property was given: a catalog made
 * with `createCatalog` as it is; the extension JSON the CLI's `--catalog` reads (a script-tag
 * page has no `createCatalog` to call) checked with core's `parseCatalog`. Never throws: JSON
 * that is not a catalog leaves the built-in catalog and a message for the form to show.
 *
 * @example resolveCatalog(await (await fetch('town-catalog.json')).json(), 'zh-CN').catalog.get('x-yourtown.gridEvents')
 */
export function resolveCatalog(
  value: unknown,
  locale: Locale,
): { readonly catalog: Catalog; readonly problem: string } {
  if (isCatalog(value)) return { catalog: value, problem: '' };
  const parsed = parseCatalog(value, locale);
  if (parsed.ok) return { catalog: parsed.catalog, problem: '' };
  return {
    catalog: defaultCatalog,
    problem: formatMessage(stringsOf(locale).form.badCatalog, { problems: parsed.problems.join('；') }),
  };
}

function isCatalog(value: unknown): value is Catalog {
  return (
    typeof value === 'object' &&
    value !== null &&
    'get' in value &&
    typeof value.get === 'function' &&
    'indicators' in value &&
    Array.isArray(value.indicators)
  );
}
