import { writtenWordsOf, type Catalog, type Metric } from '@law-report/core/model';

/**
 * After an indicator is chosen for a figure, gives the figure the indicator's first measure
 * word unless its word is already one the indicator is written in: 98件 of a 调解成功率 would
 * pass with a warning, 件 of 经费 too. The search box's 添加 starts a figure so; the picker
 * must end one so.
 *
 * @param metric - the figure as the draft holds it, its indicator already set
 * @param catalog - the form's catalog (with any town's extensions)
 * @returns whether the measure word changed
 * @example fitUnit({ indicator: 'disputes.successRate', unit: '件' }, defaultCatalog) // true; unit is now %
 */
export function fitUnit(metric: Partial<Pick<Metric, 'indicator' | 'unit'>> | undefined, catalog: Catalog): boolean {
  const definition = metric?.indicator === undefined ? undefined : catalog.get(metric.indicator);
  const first = definition?.units[0];
  if (!metric || !definition || first === undefined || writtenWordsOf(definition).includes(metric.unit ?? ''))
    return false;
  metric.unit = first;
  return true;
}
