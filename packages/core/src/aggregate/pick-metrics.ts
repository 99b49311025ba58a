import type { Catalog } from '../catalog/catalog.js';
import type { IndicatorDefinition } from '../catalog/indicator.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';

// A year's figure says most about the year; 累计 figures add up earlier years.
const SCOPE_RANK: Readonly<Record<string, number>> = { year: 0, none: 1, asOf: 2, cumulative: 3 };

// Money is summed in the catalog's first unit (万元).
const MONEY: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/** One report's figure for one indicator, in the indicator's first unit. */
export interface PickedMetric {
  readonly metric: Metric;
  readonly value: number;
}

/**
 * One figure per indicator for a report: the metric of the best scope (全年, then none
 * stated, then 截至, then 累计), the largest when a report restates a figure, converted to
 * the indicator's first unit (元/亿元 → 万元). Figures in another unit are left out rather
 * than added to apples. Rates are kept as written; extensions and unclassified facts are not
 * picked.
 */
export function pickMetrics(report: Report, catalog: Catalog): Map<string, PickedMetric> {
  const picked = new Map<string, PickedMetric & { rank: number }>();
  for (const metric of report.metrics) {
    const definition = catalog.get(metric.indicator);
    if (!definition) continue;
    const value = inFirstUnit(metric, definition);
    if (value === undefined) continue;
    const rank = SCOPE_RANK[metric.scope ?? 'none'] ?? 1;
    const current = picked.get(metric.indicator);
    if (!current || rank < current.rank || (rank === current.rank && value > current.value)) {
      picked.set(metric.indicator, { metric, value, rank });
    }
  }
  return picked;
}

function inFirstUnit(metric: Metric, definition: IndicatorDefinition): number | undefined {
  const first = definition.units[0];
  if (metric.unit === first) return metric.value;
  const from = MONEY[metric.unit];
  const to = first === undefined ? undefined : MONEY[first];
  return definition.kind === 'amount' && from !== undefined && to !== undefined ? (metric.value * from) / to : undefined;
}
