import type { Report } from '@law-report/core';
import type { UnitRecord } from './store/store.js';
import { unitKey, unitName } from './unit-name.js';

/** A part of a report's unit that can disagree with the roster. */
export type UnitField = 'name' | 'parent' | 'code';

/** What a report claims of its unit that the roster says otherwise, and what each says. */
export interface UnitDisagreement {
  readonly field: UnitField;
  readonly claimed: string;
  readonly known: string;
}

/**
 * Checks what a report claims of its unit against the unit its token belongs to, as the roster
 * keeps it: the name (another spelling of the unit's is fine: 城关镇人民政府, or 司法局 for
 * 青川县司法局 under 青川县, the roster's parent taken off, never the report's own), the parent and
 * the code when the roster knows them. A parent or code the roster does not know is the report's
 * word only: the server never matches or totals by it.
 *
 * @example unitDisagreement({ name: '新新城关镇', level: 'town', parent: { name: '新' } }, unit) // { field: 'name', claimed: '新新城关镇', known: '新城关镇' }
 */
export function unitDisagreement(claimed: Report['unit'], unit: UnitRecord): UnitDisagreement | undefined {
  const sameName = unitName(claimed.name) === unit.name || unitKey(claimed.name, unit.parent ?? undefined) === unit.key;
  if (!sameName) return { field: 'name', claimed: claimed.name, known: unit.name };
  const parent = claimed.parent?.name;
  if (parent !== undefined && unit.parent !== null && unitName(parent) !== unitName(unit.parent))
    return { field: 'parent', claimed: parent, known: unit.parent };
  if (claimed.code !== undefined && unit.code !== null && claimed.code !== unit.code)
    return { field: 'code', claimed: claimed.code, known: unit.code };
  return undefined;
}
