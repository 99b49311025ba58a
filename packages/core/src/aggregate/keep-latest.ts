import type { AggregatorState } from './aggregator-state.js';
import { compare } from './compare.js';
import { contribute } from './running-totals.js';
import { FIGURE_WIDTH } from './unit-figures.js';
import type { UnitEntry } from './unit-entry.js';

/**
 * Keeps a unit's latest report: the entry is counted when it is the unit's first, replaces the
 * counted one when it is later (taking the earlier one's figures back out of the totals), and
 * whichever loses is listed as superseded. The latest is the latest submission, then the latest
 * 落款, then source and content, so the choice never depends on the order reports arrive in.
 *
 * @param state - the aggregator's state, changed in place
 * @param entry - what a report (or a merged or restored shard's unit) contributes
 * @example keepLatest(state, unitEntry(report, state.index, matcher, source));
 */
export function keepLatest(state: AggregatorState, entry: UnitEntry): void {
  const current = state.units.get(entry.key);
  if (!current) {
    state.units.set(entry.key, entry);
    if (state.counted(entry)) contribute(state.totals, state.index, entry, 1);
    return;
  }
  const kept = later(current, entry);
  const dropped = kept === current ? entry : current;
  if (kept !== current) {
    state.units.set(entry.key, kept);
    if (state.counted(current)) contribute(state.totals, state.index, current, -1);
    if (state.counted(kept)) contribute(state.totals, state.index, kept, 1);
  }
  state.superseded.push(
    dropped.line === undefined
      ? { unit: kept.name, file: dropped.file }
      : { unit: kept.name, file: dropped.file, line: dropped.line },
  );
}

// Only two reports alike in unit, dates, file and line ever reach this: a cheap summary of the
// content is enough to order them the same way every time.
function fingerprintOf(entry: UnitEntry): string {
  const { figures, apart } = entry.figures;
  let sum = 0;
  for (let i = 1; i < figures.length; i += FIGURE_WIDTH) sum += figures[i] ?? 0;
  return `${entry.title}\u0000${figures.length}\u0000${sum}\u0000${apart.length}`;
}

// A total order on a unit's reports: the latest submission, then the latest 落款, then the
// source and content, so the choice never depends on the order reports arrive in.
function later(a: UnitEntry, b: UnitEntry): UnitEntry {
  const order =
    compare(a.submitted, b.submitted) ||
    compare(a.issuedOn, b.issuedOn) ||
    compare(a.file, b.file) ||
    compare(a.line ?? 0, b.line ?? 0) ||
    compare(fingerprintOf(a), fingerprintOf(b)) ||
    compare(a.completeness, b.completeness);
  return order >= 0 ? a : b;
}
