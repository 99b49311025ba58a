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
    if (!comparable(entry, scope, asOf)) continue;
    if (found) return undefined;
    found = entry;
  }
  return found;
}

// Whether a metric shares a scope (none counting as the year's) and an as-of date. A plain test, not
// a generator: validation asks it for every figure of every report.
function comparable(entry: IndexedMetric, scope: Metric['scope'], asOf: string | undefined): boolean {
  return (entry.metric.scope ?? 'year') === (scope ?? 'year') && entry.metric.asOf === asOf;
}

/**
 * Of the metrics of a group comparable with `scope`, the one whose real quantity can be largest, or
 * undefined when there is none. Where a report gives an indicator twice (86件 and a misfiled 0件), a
 * count above every one of them is above whichever the report meant: an order can still be judged.
 */
export function largest(
  metrics: readonly IndexedMetric[] | undefined,
  scope: Metric['scope'],
  asOf?: string,
): IndexedMetric | undefined {
  if (!metrics) return undefined;
  let found: IndexedMetric | undefined;
  for (const entry of metrics)
    if (comparable(entry, scope, asOf) && (!found || upperBound(entry.metric) > upperBound(found.metric)))
      found = entry;
  return found;
}
