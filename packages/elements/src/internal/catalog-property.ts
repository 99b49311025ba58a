import {
  defaultCatalog,
  formatMessage,
  parseCatalog,
  type Catalog,
  type ExtensionCatalog,
  type Locale,
} from '@law-report/core/model';

/**
 * What the elements' `catalog` property takes: a catalog, a town's extension catalog as published (JSON), or
 * nothing (the built-in catalog).
 */
export type CatalogInput = Catalog | ExtensionCatalog | readonly ExtensionCatalog[] | undefined | null;

/**
 * The catalog an element works with, from what its `catalog` property was given: a catalog made
 * with `createCatalog` as it is; the extension JSON the CLI's `--catalog` reads (a script-tag
 * page has no `createCatalog` to call) checked with core's `parseCatalog`; nothing, the built-in
 * catalog. Never throws: JSON that is not a catalog leaves the built-in catalog and a message for
 * the element to show, made from `template` (its `{problems}` filled in).
 *
 * @example resolveCatalog(await (await fetch('town-catalog.json')).json(), 'zh-CN', '{problems}').catalog.get('x-yourtown.gridEvents')
 */
export function resolveCatalog(
  value: unknown,
  locale: Locale,
  template: string,
): { readonly catalog: Catalog; readonly problem: string } {
  if (value === undefined || value === null) return { catalog: defaultCatalog, problem: '' };
  if (isCatalog(value)) return { catalog: value, problem: '' };
  const parsed = parseCatalog(value, locale);
  if (parsed.ok) return { catalog: parsed.catalog, problem: '' };
  // The first few problems, and how many more: a wrong file (core's own catalog.json) has hundreds.
  const shown = parsed.problems
    .slice(0, 3)
    .map((problem) => (problem.length > 300 ? `${problem.slice(0, 300)}…` : problem));
  const more = parsed.problems.length - shown.length;
  return {
    catalog: defaultCatalog,
    problem: formatMessage(template, { problems: [...shown, ...(more > 0 ? [`…（+${more}）`] : [])].join('；') }),
  };
}

/**
 * The catalog an element that talks to a county's server works with: the page's own `catalog` (read as
 * {@link resolveCatalog} reads it, its problem said the same way) wins; where the page gave none (nothing, or the
 * built-in catalog the element starts with), the county's own indicators that its server said at `GET /info`
 * (`serve --catalog`, read with `fetchInfo`), so a page with no catalog on it names the county's indicators as the
 * county does; else the built-in catalog.
 *
 * @param given - the element's `catalog` property
 * @param county - the county's catalog its server said, once it has; undefined before, or when it keeps none
 * @param locale - the language of the problem said
 * @param template - the element's message for a bad catalog, `{problems}` filled in
 * @returns the catalog in use and why the page's is not ('' when it is, or none was given)
 * @example catalogInUse(undefined, (await fetchInfo('/api', token, 'zh-CN')).catalog, 'zh-CN', '{problems}').catalog
 */
export function catalogInUse(
  given: CatalogInput,
  county: Catalog | undefined,
  locale: Locale,
  template: string,
): { readonly catalog: Catalog; readonly problem: string } {
  const pageGaveNone = given === defaultCatalog || given == null;
  return resolveCatalog(pageGaveNone && county ? county : given, locale, template);
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
