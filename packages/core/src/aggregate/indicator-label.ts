import type { Catalog } from '../catalog/catalog.js';
import type { Locale } from '../i18n/messages.js';
import type { AggregateResult } from './aggregate-result.js';

/**
 * An indicator's name in an aggregate's tables: the catalog's label, else the label the aggregate carries
 * (`result.labels`: made with a town's extension catalog, by its county's server or `aggregate --catalog`, it
 * names the town's own indicators without that catalog at hand); undefined when neither knows it (callers
 * show its key).
 *
 * @example indicatorLabel('x-longquan.gridMembers', defaultCatalog, result, 'zh-CN') // '专职网格员' (from result.labels)
 */
export function indicatorLabel(
  key: string,
  catalog: Catalog,
  result: Pick<AggregateResult, 'labels'>,
  locale: Locale,
): string | undefined {
  return catalog.get(key)?.label[locale] ?? result.labels?.[key]?.label[locale];
}
