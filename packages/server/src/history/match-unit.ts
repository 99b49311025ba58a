import type { Report } from '@law-report/core';
import type { UnitRecord } from '../store/store.js';
import { unitKey, unitName } from '../unit-name.js';

/** The roster's unit a report is of, or why there is none: no unit of that name, or more than one. */
export type UnitMatch =
  | { readonly unit: UnitRecord }
  | { readonly unit: undefined; readonly why: 'unknown' | 'ambiguous' };

/**
 * Finds the unit on the roster a report is of, as the aggregator matches reports to a roster: by
 * the administrative code when both give one, else by the name normalised (spaces, 人民政府 and
 * the like off; NFKC), under the parent the report names when it names one (阳城县北留镇 and 北留镇
 * under 阳城县 are one unit). A name two units could be is matched to neither: better listed for
 * the clerk than kept as another unit's.
 *
 * @example matchUnit(await store.units(), { name: '北留镇人民政府', level: 'town' }).unit?.name // '北留镇'
 */
export function matchUnit(units: readonly UnitRecord[], claimed: Report['unit']): UnitMatch {
  if (claimed.code) {
    const coded = units.find((unit) => unit.code === claimed.code);
    if (coded) return { unit: coded };
  }
  const parent = claimed.parent?.name;
  const bare = unitKey(claimed.name);
  if (parent !== undefined) {
    const under = unitKey(claimed.name, parent);
    const found = units.filter(
      (unit) =>
        unit.parent !== null &&
        unitName(unit.parent) === unitName(parent) &&
        (unit.key === under || unit.name === unitName(claimed.name)),
    );
    if (found.length === 1 && found[0]) return { unit: found[0] };
  }
  const keys = new Set([bare, parent === undefined ? bare : unitKey(claimed.name, parent)]);
  const found = units.filter(
    (unit) =>
      keys.has(unit.key) ||
      keys.has(unit.name) ||
      (unit.parent !== null && unitKey(claimed.name, unit.parent) === unit.key),
  );
  if (found.length === 1 && found[0]) return { unit: found[0] };
  return { unit: undefined, why: found.length === 0 ? 'unknown' : 'ambiguous' };
}
