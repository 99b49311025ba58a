import type { IndicatorDefinition } from '../catalog/indicator.js';
import { COUNTED_CONTENTS } from '../domain/statutory-contents.js';
import type { DeadlineConfig } from '../validate/deadlines.js';
import type { AggregateResult, NotCountedEntry } from './aggregate-result.js';
import type { AggregatorState } from './aggregator-state.js';
import { compare } from './compare.js';
import { totalsResult } from './running-totals.js';
import type { CatalogIndex } from './unit-figures.js';
import { unitsDetail } from './units-detail.js';

/**
 * The aggregate so far, as `result()` gives it: the units' statuses and lines, the totals in key
 * order, the contents counted, and what was superseded or skipped in source order.
 *
 * @param state - the aggregator's state, left as it was
 * @param deadlines - the county's deadlines, resolved
 * @param index - the catalog's index the figures are kept by
 * @param unitValues - whether each unit's line carries its figures
 * @returns the county's view of the year
 * @example resultOf(state, resolveDeadlines(), state.index, false).units.missing // ['东河镇']
 */
export function resultOf(
  state: AggregatorState,
  deadlines: DeadlineConfig,
  index: CatalogIndex,
  unitValues: boolean,
): AggregateResult {
  const { options } = state;
  const { definitions } = index;
  const sortedPositions = definitions
    .map((definition, position) => ({ key: definition.key, position }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ position }) => position);
  const totals = totalsResult(state.totals, index, sortedPositions);
  // A unit's line names its word where it is not the word of the year's total.
  const yearWord = (position: number) => {
    const definition = definitions[position];
    return definition ? (totals.indicators[definition.key]?.unit ?? definition.units[0]) : undefined;
  };
  const detail = unitsDetail(state, deadlines, index, sortedPositions, unitValues, yearWord);
  const sections = Object.fromEntries(
    COUNTED_CONTENTS.map((kind) => [kind, state.totals.sections.get(kind) ?? 0]),
  ) as AggregateResult['sections'];
  const superseded = [...state.superseded].sort(
    (a, b) => compare(a.file, b.file) || compare(a.line ?? 0, b.line ?? 0) || compare(a.unit, b.unit),
  );
  const skipped = [...state.skipped].sort((a, b) => compare(a.file, b.file) || compare(a.line ?? 0, b.line ?? 0));
  const notCounted: NotCountedEntry[] = [];
  for (const entry of state.units.values())
    if (entry.figures.notCounted && state.counted(entry))
      for (const figure of entry.figures.notCounted) notCounted.push({ name: entry.name, ...figure });
  notCounted.sort((a, b) => compare(a.name, b.name) || compare(a.indicator, b.indicator));
  return {
    year: options.year,
    units: detail.units,
    indicators: totals.indicators,
    rates: totals.rates,
    cumulative: totals.cumulative,
    targets: totals.targets,
    targetRates: totals.targetRates,
    apart: totals.apart,
    sections,
    unclassified: state.totals.unclassified,
    ...extensionLabels(definitions, [totals.indicators, totals.rates, totals.cumulative, totals.targets]),
    unitsDetail: detail.unitsDetail,
    ...(notCounted.length > 0 ? { notCounted } : {}),
    superseded,
    skipped,
  };
}

// The labels of the extension indicators that have a total, so the result names them alone.
function extensionLabels(
  definitions: readonly IndicatorDefinition[],
  totals: readonly Record<string, unknown>[],
): Pick<AggregateResult, 'labels'> {
  const labels: NonNullable<AggregateResult['labels']> = {};
  let any = false;
  for (const definition of definitions) {
    if (!definition.key.startsWith('x-') || !totals.some((table) => Object.hasOwn(table, definition.key))) continue;
    labels[definition.key] = { label: definition.label, unit: definition.units[0] ?? '' };
    any = true;
  }
  return any ? { labels } : {};
}
