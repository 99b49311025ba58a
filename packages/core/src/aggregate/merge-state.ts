import type { AggregatorState } from './aggregator-state.js';
import { keepLatest } from './keep-latest.js';

/**
 * Folds one aggregator's state into another's: each unit's latest report wins, superseded and
 * skipped inputs are listed together. Shards merge in any order and grouping to the same result.
 *
 * @param into - the state merged into, changed in place
 * @param from - the state merged, left as it was
 * @throws TypeError when the two are one, or were made for another year, roster or catalog
 * @example mergeState(county, shard);
 */
export function mergeState(into: AggregatorState, from: AggregatorState): void {
  if (into === from) throw new TypeError('merge: an aggregator cannot be merged into itself');
  if (into.options.year !== from.options.year) {
    throw new TypeError(`merge: cannot merge year ${from.options.year} into year ${into.options.year}`);
  }
  const roster = (state: AggregatorState) => JSON.stringify(state.options.roster ?? []);
  if (roster(into) !== roster(from)) throw new TypeError('merge: the aggregators have different rosters');
  // Figures are kept by catalog position: shards must count with the same indicators.
  const keys = (state: AggregatorState) => state.index.definitions.map((definition) => definition.key).join('\n');
  if (into.index !== from.index && keys(into) !== keys(from))
    throw new TypeError('merge: the aggregators have different catalogs');
  for (const entry of from.units.values()) keepLatest(into, entry);
  for (const superseded of from.superseded) into.superseded.push(superseded);
  for (const skipped of from.skipped) into.skipped.push(skipped);
}
