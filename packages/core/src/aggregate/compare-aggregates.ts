import { differenceQualifier, knownDirection, sumQualifier } from '../domain/qualifiers.js';
import type { Qualifier } from '../schema/enums.js';
import type { AggregateResult, IndicatorTotal } from './aggregate-result.js';
import type { IndicatorChange } from './compare-reports.js';

/** One indicator of a county from one year to the next, over the units that gave it both years. */
export interface AggregateChange extends IndicatorChange {
  /** How many units gave the figure in both years: the change is theirs only. */
  readonly units: number;
  /**
   * Last year's total of every unit that gave the figure then, as the county published it: beside
   * this year's, it says when the units compared are not all the units (a like-for-like fall can sit
   * beside a rising total, when more units gave the figure this year).
   */
  readonly previousTotal: IndicatorTotal | null;
}

/** Year-over-year change of a county's totals. */
export interface AggregateComparison {
  readonly previousYear: number;
  readonly currentYear: number;
  readonly indicators: Record<string, AggregateChange>;
}

/**
 * Compares two years of a county like for like: per indicator, the totals of the units that gave
 * it in both years (matched by unit name), so a unit that reported one year only never shows as a
 * rise or fall. Approximate values never make an exact change (see `compareReports`).
 *
 * @param previous - last year's aggregate, made with `result({ unitValues: true })`
 * @param current - this year's, made the same way
 * @throws TypeError when either result was made without unit values
 * @example compareAggregates(last.result({ unitValues: true }), now.result({ unitValues: true })).indicators['disputes.handled']?.change
 */
export function compareAggregates(previous: AggregateResult, current: AggregateResult): AggregateComparison {
  const before = valuesByUnit(previous, 'previous');
  const after = valuesByUnit(current, 'current');
  const sums = new Map<string, { a: Sum; b: Sum; units: number }>();
  for (const [name, values] of after) {
    const earlier = before.get(name);
    if (!earlier) continue;
    for (const [key, b] of Object.entries(values)) {
      const a = earlier[key];
      if (!a) continue;
      const sum = sums.get(key) ?? {
        a: { value: 0, qualifier: 'exact' },
        b: { value: 0, qualifier: 'exact' },
        units: 0,
      };
      sums.set(key, { a: add(sum.a, a), b: add(sum.b, b), units: sum.units + 1 });
    }
  }
  const indicators: Record<string, AggregateChange> = {};
  for (const key of [...sums.keys()].sort()) {
    const sum = sums.get(key);
    if (!sum) continue;
    const a = rounded(sum.a);
    const b = rounded(sum.b);
    const change = Math.round((b.value - a.value) * 1e6) / 1e6;
    indicators[key] = {
      previous: a,
      current: b,
      change,
      qualifier: differenceQualifier(a, b),
      percent: a.value === 0 ? null : Math.round((change / a.value) * 1e4) / 100,
      units: sum.units,
      previousTotal: previous.indicators[key] ?? null,
    };
  }
  return { previousYear: previous.year, currentYear: current.year, indicators };
}

/**
 * Whether the county's total of all units that gave a figure certainly moved the other way from the
 * change of the units that gave it both years (`change`): 455起 → 552起 for the county while the six units of
 * both years fell by 59. A county copying the like-for-like change would state the wrong direction, so a
 * screen says so. Only where both ways are certain (618万元以上 then 604万元以上 went no certain way).
 *
 * @param change - the like-for-like change, from {@link compareAggregates}
 * @param previous - last year's total of all units (`change.previousTotal`, or a years view's first year)
 * @param current - this year's total of all units
 * @example totalMovedOtherWay(change, { total: 455, qualifier: 'exact' }, { total: 552, qualifier: 'exact' }) // true when change.change is −59
 */
export function totalMovedOtherWay(
  change: Pick<IndicatorChange, 'change' | 'qualifier'>,
  previous: Pick<IndicatorTotal, 'total' | 'qualifier'>,
  current: Pick<IndicatorTotal, 'total' | 'qualifier'>,
): boolean {
  if (change.change === null || change.qualifier === null) return false;
  const whole = knownDirection(
    current.total - previous.total,
    differenceQualifier(
      { value: previous.total, qualifier: previous.qualifier },
      { value: current.total, qualifier: current.qualifier },
    ),
  );
  return whole * knownDirection(change.change, change.qualifier) < 0;
}

interface Sum {
  readonly value: number;
  readonly qualifier: Qualifier;
}

function add(sum: Sum, figure: Sum): Sum {
  return { value: sum.value + figure.value, qualifier: sumQualifier(sum.qualifier, figure.qualifier) };
}

function rounded(sum: Sum): Sum {
  return { value: Math.round(sum.value * 1e6) / 1e6, qualifier: sum.qualifier };
}

function valuesByUnit(
  result: AggregateResult,
  which: string,
): Map<string, NonNullable<AggregateResult['unitsDetail'][number]['values']>> {
  const units = new Map<string, NonNullable<AggregateResult['unitsDetail'][number]['values']>>();
  for (const unit of result.unitsDetail) {
    if (unit.status === 'missing' || unit.status === 'unlisted') continue;
    if (!unit.values)
      throw new TypeError(
        `compareAggregates: the ${which} aggregate was made without unit values; use result({ unitValues: true })`,
      );
    units.set(unit.name, unit.values);
  }
  return units;
}
