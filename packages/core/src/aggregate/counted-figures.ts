import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';
import { bucketOf, countedValue, plansSectionIds } from './unit-figures.js';

/** The figures of one report behind a unit's value for one indicator in the year's totals. */
export interface CountedFigures {
  /** The figure the totals took (a report that states one figure twice counts the larger once); `undefined` when none counts. */
  readonly counted: Metric | undefined;
  /** The other statements of the same figure, set aside as restatements. */
  readonly restated: readonly Metric[];
}

/**
 * Which of a report's figures the year's totals count for an indicator, by the aggregation's own
 * rules: the year's figures only (not 累计, 截至… or targets, nor any figure in the plans), in a
 * measure word of the indicator's quantity, the larger when the report states it twice. A person
 * clicking a total reads these figures' sentences (`source.quote`).
 *
 * @example countedFigures(report, 'disputes.handled').counted?.source?.quote // '全年排查化解各类矛盾纠纷22起'
 */
export function countedFigures(report: Report, indicator: string, catalog: Catalog = defaultCatalog): CountedFigures {
  const definition = catalog.get(indicator);
  if (!definition) return { counted: undefined, restated: [] };
  const inPlans = plansSectionIds(report.sections);
  const candidates: { metric: Metric; value: number }[] = [];
  for (const metric of report.metrics) {
    if (metric.indicator !== indicator || bucketOf(metric, inPlans) !== 0) continue;
    const value = countedValue(metric, definition);
    if (value !== undefined) candidates.push({ metric, value });
  }
  let best = candidates[0];
  for (const candidate of candidates) if (best && candidate.value > best.value) best = candidate;
  return {
    counted: best?.metric,
    restated: candidates.filter((candidate) => candidate !== best).map((candidate) => candidate.metric),
  };
}
