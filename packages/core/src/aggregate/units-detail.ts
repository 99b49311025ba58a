import { COUNTED_CONTENTS } from '../domain/statutory-contents.js';
import type { UnitLevel } from '../schema/enums.js';
import { daysLate, dueDates, type DeadlineConfig } from '../validate/deadlines.js';
import type { AggregateResult, UnitApartValue, UnitDetail, UnitStatus, UnitValue } from './aggregate-result.js';
import type { AggregatorState } from './aggregator-state.js';
import { SECTION_BITS } from './running-totals.js';
import { FIGURE_WIDTH, QUALIFIERS, type CatalogIndex } from './unit-figures.js';
import type { UnitEntry } from './unit-entry.js';
import { rosterMatcher } from './unit-key.js';

/**
 * Each unit's status for the year and its line in the county's table: the roster's units, found
 * by the roster's keys (missing when none reported), then the units that reported but are not on
 * it (unlisted; without a roster, every unit that reported is expected).
 *
 * @param state - the aggregator's state, left as it was
 * @param deadlines - the county's deadlines, resolved
 * @param index - the catalog's index the figures are kept by
 * @param sortedPositions - the catalog's positions in key order, so `values` lists keys in order
 * @param unitValues - whether each line carries the unit's figures (`values`, `apart`)
 * @param yearWord - the word the year's total of the indicator at a catalog position is in (its
 *   first unit when nothing counted gives it): a figure written in another word carries its own
 * @returns the units' counts and the units named under each status (`units`), and one line per unit, the
 *   roster's units in roster order, then the others in key order (`unitsDetail`)
 * @example unitsDetail(state, resolveDeadlines(), state.index, positions, false, (at) => state.index.definitions[at]?.units[0]).units.missing // ['东河镇']
 */
export function unitsDetail(
  state: AggregatorState,
  deadlines: DeadlineConfig,
  index: CatalogIndex,
  sortedPositions: readonly number[],
  unitValues: boolean,
  yearWord: (position: number) => string | undefined,
): Pick<AggregateResult, 'units' | 'unitsDetail'> {
  const { options } = state;
  const roster = options.roster ?? [];
  const hasRoster = roster.length > 0;
  const matcher = hasRoster ? rosterMatcher(roster) : undefined;
  const detail: UnitDetail[] = [];
  const missing: string[] = [];
  const late: string[] = [];
  const unpublished: string[] = [];
  const unlisted: string[] = [];
  let reported = 0;
  const levelDeadlines = new Map<UnitLevel, string>();
  const deadlineOf = (level: UnitLevel) => {
    let deadline = levelDeadlines.get(level);
    if (deadline === undefined) {
      deadline = dueDates(options.year, level, deadlines).submitBy;
      levelDeadlines.set(level, deadline);
    }
    return deadline;
  };

  const note = (
    name: string,
    entry: UnitEntry | undefined,
    level: UnitLevel,
    ownDeadline: string | undefined,
    listed: boolean,
  ) => {
    const deadline = ownDeadline ?? deadlineOf(level);
    const days = entry ? daysLate(entry.submitted, deadline) : null;
    let status: UnitStatus;
    if (!listed) status = 'unlisted';
    else if (!entry) status = 'missing';
    else if (days !== null && days > 0) status = 'late';
    else status = entry.published ? 'reported' : 'unpublished';
    if (status === 'missing') missing.push(name);
    if (status === 'late') late.push(name);
    if (status === 'unlisted') unlisted.push(name);
    if (listed && entry && !entry.published) unpublished.push(name);
    if (listed && entry) reported += 1;
    const line: UnitDetail = {
      name,
      status,
      completeness: entry?.completeness ?? 0,
      submittedOn: entry?.submitted ?? null,
      deadline,
      daysLate: days === null ? null : Math.max(0, days),
      contents: entry ? COUNTED_CONTENTS.filter((kind) => (entry.kinds & SECTION_BITS[kind]) !== 0) : [],
      source: entry ? (entry.line === undefined ? { file: entry.file } : { file: entry.file, line: entry.line }) : null,
      ...(entry?.publishedOn ? { publishedOn: entry.publishedOn } : {}),
      ...(listed && entry && entry.figures.unclassified > 0 ? { unclassified: entry.figures.unclassified } : {}),
    };
    const apart = unitValues && entry ? yearApart(entry) : [];
    detail.push(
      unitValues
        ? {
            ...line,
            values: entry ? yearValues(entry, index, sortedPositions, yearWord) : {},
            ...(apart.length > 0 ? { apart } : {}),
          }
        : line,
    );
  };
  for (const entry of roster)
    note(entry.name, matcher ? state.units.get(matcher.keyOf(entry)) : undefined, entry.level, entry.deadline, true);
  // Units not on the roster, in key order (a native string sort: a province has thousands).
  const others = [...state.units.keys()].sort();
  for (const key of others) {
    const entry = state.units.get(key);
    if (entry && !entry.roster) note(entry.name, entry, entry.level, undefined, !hasRoster);
  }
  return {
    units: { expected: hasRoster ? roster.length : reported, reported, missing, late, unpublished, unlisted },
    unitsDetail: detail,
  };
}

function yearValues(
  entry: UnitEntry,
  index: CatalogIndex,
  sortedPositions: readonly number[],
  yearWord: (position: number) => string | undefined,
): Record<string, UnitValue> {
  const { figures, words } = entry.figures;
  const at = index.slotAt;
  // Mark where each of the year's figures sits, walk the keys in order, then clear the marks.
  for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
    const slot = figures[i] ?? 0;
    if (slot % 3 === 0) at[slot] = i;
  }
  const values: Record<string, UnitValue> = {};
  for (const position of sortedPositions) {
    const i = at[position * 3] ?? -1;
    if (i < 0) continue;
    const key = index.definitions[position]?.key;
    const value = { value: figures[i + 1] ?? 0, qualifier: QUALIFIERS[figures[i + 2] ?? 0] ?? 'exact' };
    const definition = index.definitions[position];
    // The word the unit wrote (its indicator's first unit unless `words` says otherwise), named
    // where the total is said in another.
    const written = words?.find((word) => word.slot === position * 3)?.unit ?? definition?.units[0];
    const unit = written === yearWord(position) ? undefined : written;
    if (key) values[key] = unit === undefined ? value : { ...value, unit };
    at[position * 3] = -1;
  }
  return values;
}

// The unit's figures for the year in a word of another quantity, in the order `apart` keeps them.
function yearApart(entry: UnitEntry): UnitApartValue[] {
  const year: UnitApartValue[] = [];
  for (const figure of entry.figures.apart) {
    if (figure.bucket !== 'year') continue;
    year.push({ indicator: figure.indicator, unit: figure.unit, value: figure.value, qualifier: figure.qualifier });
  }
  return year;
}
