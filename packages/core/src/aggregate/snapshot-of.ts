import type { AggregatorState } from './aggregator-state.js';
import type { AggregatorSnapshot } from './snapshot.js';

/**
 * An aggregator's state as plain JSON (what `toJSON()` returns), for `restoreSnapshot` in
 * another worker or on another machine: roster entries by position, figures as they are kept.
 *
 * @param state - the aggregator's state, left as it was
 * @returns the snapshot, in the shape `AggregatorSnapshotSchema` checks
 * @example JSON.stringify(snapshotOf(state))
 */
export function snapshotOf(state: AggregatorState): AggregatorSnapshot {
  const roster = state.options.roster ?? [];
  return {
    format: 'law-report/aggregator@1',
    year: state.options.year,
    catalog: state.index.definitions.map((definition) => definition.key),
    roster: [...roster],
    units: [...state.units.values()].map((entry) => ({
      key: entry.key,
      name: entry.name,
      level: entry.level,
      roster: entry.roster ? roster.indexOf(entry.roster) : null,
      submitted: entry.submitted,
      issuedOn: entry.issuedOn,
      published: entry.published,
      ...(entry.publishedOn ? { publishedOn: entry.publishedOn } : {}),
      completeness: entry.completeness,
      kinds: entry.kinds,
      figures: [...entry.figures.figures],
      apart: [...entry.figures.apart],
      unclassified: entry.figures.unclassified,
      ...(entry.figures.words ? { words: [...entry.figures.words] } : {}),
      ...(entry.figures.notCounted ? { notCounted: [...entry.figures.notCounted] } : {}),
      file: entry.file,
      line: entry.line ?? null,
      title: entry.title,
    })),
    superseded: [...state.superseded],
    skipped: [...state.skipped],
  };
}
