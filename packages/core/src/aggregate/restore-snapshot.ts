import type { AggregatorState } from './aggregator-state.js';
import { keepLatest } from './keep-latest.js';
import type { AggregatorSnapshot } from './snapshot.js';
import { FIGURE_WIDTH, QUALIFIERS } from './unit-figures.js';

/**
 * Reads a snapshot (from `snapshotOf`, already checked against `AggregatorSnapshotSchema`)
 * into a fresh aggregator's state, after checking what the schema cannot: that it was made for
 * the same year, roster and catalog, and that its figures fit that catalog.
 *
 * @param state - a fresh aggregator's state, made with the options the snapshot must match
 * @param data - the parsed snapshot
 * @throws TypeError naming what is wrong when the snapshot was made for other options or its figures do not fit
 * @example restoreSnapshot(state, AggregatorSnapshotSchema.parse(JSON.parse(message)));
 */
export function restoreSnapshot(state: AggregatorState, data: AggregatorSnapshot): void {
  const { options } = state;
  if (data.year !== options.year)
    throw new TypeError(`restoreAggregator: the snapshot is for year ${data.year}, not ${options.year}`);
  if (JSON.stringify(data.roster) !== JSON.stringify(options.roster ?? []))
    throw new TypeError('restoreAggregator: the snapshot was made with another roster');
  const keys = state.index.definitions.map((definition) => definition.key);
  if (data.catalog.length !== keys.length || data.catalog.some((key, i) => key !== keys[i])) {
    throw new TypeError('restoreAggregator: the snapshot was made with another catalog');
  }
  const slots = keys.length * 3;
  const roster = options.roster ?? [];
  for (const [at, unit] of data.units.entries()) {
    const { figures } = unit;
    const bad =
      figures.length % FIGURE_WIDTH !== 0 ||
      figures.some((n, i) =>
        i % FIGURE_WIDTH === 0
          ? !Number.isInteger(n) || n < 0 || n >= slots
          : i % FIGURE_WIDTH === 2
            ? !Number.isInteger(n) || n < 0 || n >= QUALIFIERS.length
            : !Number.isFinite(n),
      );
    // One word per figure: a slot named twice would count its figure's word twice.
    const words = unit.words ?? [];
    const strayWord =
      new Set(words.map((word) => word.slot)).size !== words.length ||
      words.some((word) => !figures.some((n, i) => i % FIGURE_WIDTH === 0 && n === word.slot));
    if (bad || strayWord)
      throw new TypeError(`restoreAggregator: units[${at}].figures are not figures of this catalog`);
    const entry = unit.roster === null ? undefined : roster[unit.roster];
    if (unit.roster !== null && !entry)
      throw new TypeError(`restoreAggregator: units[${at}].roster points past the roster`);
    keepLatest(state, {
      key: unit.key,
      name: unit.name,
      level: unit.level,
      roster: entry,
      submitted: unit.submitted,
      issuedOn: unit.issuedOn,
      published: unit.published,
      publishedOn: unit.publishedOn,
      completeness: unit.completeness,
      kinds: unit.kinds,
      figures: {
        figures,
        apart: unit.apart,
        unclassified: unit.unclassified,
        ...(unit.words && unit.words.length > 0 ? { words: unit.words } : {}),
        ...(unit.notCounted && unit.notCounted.length > 0 ? { notCounted: unit.notCounted } : {}),
      },
      file: unit.file,
      line: unit.line ?? undefined,
      title: unit.title,
    });
  }
  for (const superseded of data.superseded)
    state.superseded.push(
      superseded.line === undefined
        ? { unit: superseded.unit, file: superseded.file }
        : { unit: superseded.unit, file: superseded.file, line: superseded.line },
    );
  for (const skipped of data.skipped)
    state.skipped.push(
      skipped.line === undefined
        ? { code: skipped.code, reason: skipped.reason, file: skipped.file }
        : { code: skipped.code, reason: skipped.reason, file: skipped.file, line: skipped.line },
    );
}
