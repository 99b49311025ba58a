import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { differenceQualifier } from '../domain/qualifiers.js';
import type { Qualifier } from '../schema/enums.js';
import type { Report } from '../schema/report.js';
import { FIGURE_WIDTH, QUALIFIERS, catalogIndex, unitFigures } from './unit-figures.js';

/** One indicator from one year to the next. */
export interface IndicatorChange {
  readonly previous: { readonly value: number; readonly qualifier: Qualifier } | null;
  readonly current: { readonly value: number; readonly qualifier: Qualifier } | null;
  /** current − previous, when both years have the indicator. */
  readonly change: number | null;
  /** What the change is known to be: a lower bound when this year said 余 and last year was exact. */
  readonly qualifier: Qualifier | null;
  /** The change as a percentage of last year's value, when that is not 0. */
  readonly percent: number | null;
}

/** Year-over-year change of every indicator either report has. */
export interface Comparison {
  readonly previousYear: number;
  readonly currentYear: number;
  readonly indicators: Record<string, IndicatorChange>;
}

/**
 * Compares two reports of one unit, indicator by indicator: the year's figures the aggregation
 * counts (not 累计 or targets, and only in the indicator's own quantity). Approximate values never make an exact change: 800余 after 700 is
 * a rise of at least 100; 约800 after 700 is only about 100.
 *
 * @example compareReports(report2022, report2023).indicators['disputes.handled']?.change
 */
export function compareReports(previous: Report, current: Report, catalog: Catalog = defaultCatalog): Comparison {
  const before = yearFigures(previous, catalog);
  const after = yearFigures(current, catalog);
  const indicators: Record<string, IndicatorChange> = {};
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(key);
    const b = after.get(key);
    const change = a && b ? Math.round((b.value - a.value) * 1e6) / 1e6 : null;
    indicators[key] = {
      previous: a ? { value: a.value, qualifier: a.qualifier } : null,
      current: b ? { value: b.value, qualifier: b.qualifier } : null,
      change,
      qualifier: a && b ? differenceQualifier(a, b) : null,
      percent: a && b && a.value !== 0 && change !== null ? Math.round((change / a.value) * 1e4) / 100 : null,
    };
  }
  return { previousYear: previous.year, currentYear: current.year, indicators };
}

interface Value {
  readonly value: number;
  readonly qualifier: Qualifier;
}

// The year's figures the aggregation counts, by indicator key.
function yearFigures(report: Report, catalog: Catalog): Map<string, Value> {
  const index = catalogIndex(catalog);
  const { figures } = unitFigures(report, index);
  const year = new Map<string, Value>();
  for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
    const slot = figures[i] ?? 0;
    const key = slot % 3 === 0 ? index.definitions[slot / 3]?.key : undefined;
    if (key) year.set(key, { value: figures[i + 1] ?? 0, qualifier: QUALIFIERS[figures[i + 2] ?? 0] ?? 'exact' });
  }
  return year;
}
