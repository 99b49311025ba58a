import type { Catalog } from '../catalog/catalog.js';
import { inIndicatorUnit } from '../catalog/measure-words.js';
import type { Qualifier } from '../schema/enums.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';

/**
 * Which total a figure goes to: the year's achievements, the running totals (累计 and 截至…,
 * which add up earlier years), or the targets of a plan. Never mixed.
 */
export type Bucket = 'year' | 'cumulative' | 'target';

/** One report's figure for one indicator, bucket and measure word. */
export interface Figure {
  readonly indicator: string;
  readonly bucket: Bucket;
  /** The indicator's display word when the figure's word counts its quantity; else the word as written. */
  readonly unit: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** Whether the figure is a percentage (a rate indicator). */
  readonly rate: boolean;
}

/** What one report contributes to the totals, and what it wrote that no total can take. */
export interface UnitFigures {
  readonly figures: Figure[];
  /** Figures with no catalog indicator (unclassified, or an extension the catalog lacks). */
  readonly unclassified: number;
}

/**
 * The figures a report contributes, one per indicator, bucket and word: the year's (scope
 * `year` or none), the running totals (`cumulative`, `asOf`) and the targets (`target`, or any
 * figure in a `plans` section, whatever its scope says: reports typed in by hand carry no
 * `target`). Words of the indicator's quantity are converted to its display word (起 → 件,
 * 元 → 万元); other words keep their own. When a report states one figure twice, the larger
 * is kept: a restatement, not a second count.
 */
export function unitFigures(report: Report, catalog: Catalog): UnitFigures {
  const inPlans = plansSectionIds(report.sections);
  const picked = new Map<string, Figure>();
  let unclassified = 0;
  for (const metric of report.metrics) {
    const definition = catalog.get(metric.indicator);
    if (!definition) {
      unclassified += 1;
      continue;
    }
    const bucket: Bucket =
      metric.scope === 'target' || (metric.sectionId !== undefined && inPlans.has(metric.sectionId))
        ? 'target'
        : metric.scope === 'cumulative' || metric.scope === 'asOf'
          ? 'cumulative'
          : 'year';
    const rate = definition.kind === 'rate';
    const converted = rate ? (metric.unit === '%' ? metric.value : undefined) : inIndicatorUnit(metric.value, metric.unit, definition);
    const unit = converted === undefined ? metric.unit : (definition.units[0] ?? metric.unit);
    const figure: Figure = { indicator: metric.indicator, bucket, unit, value: converted ?? metric.value, qualifier: metric.qualifier, rate: rate && converted !== undefined };
    const key = `${figure.indicator}\u0000${bucket}\u0000${unit}`;
    const current = picked.get(key);
    if (!current || figure.value > current.value) picked.set(key, figure);
  }
  return { figures: [...picked.values()], unclassified };
}

// Ids of sections that are, or sit inside, a plans section.
function plansSectionIds(sections: readonly Section[]): Set<string> {
  const ids = new Set<string>();
  const walk = (list: readonly Section[], inside: boolean) => {
    for (const section of list) {
      const plans = inside || section.kind === 'plans';
      if (plans) ids.add(section.id);
      walk(section.sections, plans);
    }
  };
  walk(sections, false);
  return ids;
}
