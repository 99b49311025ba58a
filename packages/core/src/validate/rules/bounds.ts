import type { Metric } from '../../schema/metric.js';
import type { IndexedMetric } from '../rule.js';

// What a qualified value can stand for. Only `exact` and `over` pin a floor; only `exact`,
// `under` and `nearly` pin a ceiling. `about` pins neither: it may be a little either side.

/** The least the real quantity can be. */
export function lowerBound(metric: Metric): number {
  return metric.qualifier === 'exact' || metric.qualifier === 'over' ? metric.value : 0;
}

/** The most the real quantity can be. */
export function upperBound(metric: Metric): number {
  const q = metric.qualifier;
  return q === 'exact' || q === 'under' || q === 'nearly' ? metric.value : Number.POSITIVE_INFINITY;
}

/**
 * The single metric of a group that is comparable with `scope`, or undefined when there is
 * none or several (then nobody can say which figure the report meant).
 */
export function single(
  metrics: readonly IndexedMetric[] | undefined,
  scope: Metric['scope'],
  asOf?: string,
): IndexedMetric | undefined {
  if (!metrics) return undefined;
  let found: IndexedMetric | undefined;
  for (const entry of metrics) {
    if ((entry.metric.scope ?? 'year') !== (scope ?? 'year') || entry.metric.asOf !== asOf) continue;
    if (found) return undefined;
    found = entry;
  }
  return found;
}
