import { unitOfBody } from '../domain/unit-names.js';
import type { Report } from '../schema/report.js';
import type { RosterEntry } from './roster.js';

// Every kind of space, half- and full-width, that people type inside names.
const SPACES = /[\s\u3000\u00a0]+/g;

/**
 * A unit name as rosters and reports are matched on: spaces removed, the parent's name taken
 * off the front (阳城县北留镇 under 阳城县 is 北留镇), and the signing body's ending (人民政府,
 * 办事处…) taken off the end.
 *
 * @example normaliseUnitName('阳城县 北留镇', '阳城县') // '北留镇'
 */
export function normaliseUnitName(name: string, parent?: string): string {
  let normal = name.replace(SPACES, '');
  const prefix = parent?.replace(SPACES, '');
  if (prefix && normal.startsWith(prefix) && normal.length > prefix.length) normal = normal.slice(prefix.length);
  return unitOfBody(normal);
}

/**
 * Whether two names are of one unit, as the importer and the form judge a report signed in for a
 * unit: full-width letters folded (NFKC), both read under the report's parent, spaces and the
 * signing body's ending ignored. The one test of "the same unit" outside a roster.
 *
 * @param parent - the parent the report names (阳城县), if any
 * @example sameUnit('阳城县司法局', '司法局', '阳城县') // true
 * @example sameUnit('北留镇人民政府', '北留镇') // true
 */
export function sameUnit(a: string, b: string, parent?: string): boolean {
  const under = parent?.normalize('NFKC');
  const key = (name: string) => normaliseUnitName(name.normalize('NFKC'), under);
  return key(a) === key(b);
}

/** Finds the roster entry a report belongs to. */
export interface RosterMatcher {
  /** The roster entry of this report's unit, if it is on the roster. */
  match(unit: Report['unit']): RosterEntry | undefined;
  /** The key a roster entry's reports are counted under. */
  keyOf(entry: RosterEntry): string;
}

/**
 * Indexes a roster for matching: by administrative code when both sides have one, else by
 * normalised name, under its parent when the report names one. A bare name that two roster
 * entries share (two 城关镇 under different counties) matches neither: better unlisted than
 * counted for the wrong unit.
 *
 * @throws RosterListedTwiceError when two entries are one unit ({@link rosterKey}): `parseRosterCsv` reports such rows
 */
export function rosterMatcher(roster: readonly RosterEntry[]): RosterMatcher {
  const byCode = new Map<string, RosterEntry>();
  const byName = new Map<string, RosterEntry | null>();
  const add = (key: string, entry: RosterEntry) =>
    byName.set(key, byName.has(key) && byName.get(key) !== entry ? null : entry);
  const keys = new Map<string, string>();
  for (const entry of roster) {
    // One unit twice would be counted twice in the roster's coverage, from one report: refused, never guessed.
    const twice = keys.get(rosterKey(entry));
    if (twice !== undefined) throw new RosterListedTwiceError(twice, entry.name);
    keys.set(rosterKey(entry), entry.name);
    if (entry.code) byCode.set(entry.code, entry);
    const name = normaliseUnitName(entry.name, entry.parent);
    add(name, entry);
    if (entry.parent) {
      add(`${normaliseUnitName(entry.parent)}/${name}`, entry);
      // A report that writes the parent into the name (阳城县北留镇) and names no parent.
      add(`${normaliseUnitName(entry.parent)}${name}`, entry);
    }
  }
  return {
    match(unit) {
      if (unit.code) {
        const entry = byCode.get(unit.code);
        if (entry) return entry;
      }
      const parent = unit.parent?.name;
      const name = normaliseUnitName(unit.name, parent);
      if (parent) {
        const underParent = byName.get(`${normaliseUnitName(parent)}/${name}`);
        if (underParent) return underParent;
      }
      return byName.get(name) ?? byName.get(normaliseUnitName(unit.name)) ?? undefined;
    },
    keyOf: rosterKey,
  };
}

/**
 * A roster given in code lists one unit twice (`rosterMatcher`, so `createAggregator` and `aggregate`):
 * `first` and `second` are its two spellings, for a screen to say in its own language (`aggregate.rosterTwice`).
 *
 * @example try { aggregate(reports, { year, roster }) } catch (error) { if (error instanceof RosterListedTwiceError) error.second }
 */
export class RosterListedTwiceError extends TypeError {
  override readonly name = 'RosterListedTwiceError';
  constructor(
    readonly first: string,
    readonly second: string,
  ) {
    super(`rosterMatcher: the roster lists one unit twice, as ${first} and as ${second}`);
  }
}

/**
 * The key a roster entry's reports are counted under: its code, else its name and its parent's, both
 * normalised (北留镇 and 北留镇人民政府 are one key). Two entries of one key are one unit listed twice.
 *
 * @example rosterKey({ name: '北留镇人民政府', level: 'town' }) === rosterKey({ name: '北留镇', level: 'town' }) // true
 */
export function rosterKey(entry: RosterEntry): string {
  return entry.code
    ? `code:${entry.code}`
    : `name:${normaliseUnitName(entry.parent ?? '')}/${normaliseUnitName(entry.name, entry.parent)}`;
}

/** The key of a unit that is not on the roster (or when there is none). */
export function unlistedKey(unit: Report['unit']): string {
  if (unit.code) return `code:${unit.code}`;
  const parent = unit.parent?.name;
  return `name:${parent ? normaliseUnitName(parent) : ''}/${normaliseUnitName(unit.name, parent)}`;
}
