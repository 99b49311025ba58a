import { qualifierBounds } from '../../domain/qualifiers.js';
import type { Metric } from '../../schema/metric.js';
import type { IndexedMetric } from '../rule.js';

/** The least the real quantity can be (counts are never below 0). */
export function lowerBound(metric: Metric): number {
  return qualifierBounds(metric.value, metric.qualifier).low ?? 0;
}

/** The most the real quantity can be. */
export function upperBound(metric: Metric): number {
  return qualifierBounds(metric.value, metric.qualifier).high ?? Number.POSITIVE_INFINITY;
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
