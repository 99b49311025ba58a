import type { Report } from '../schema/report.js';
import type { UnitLevel } from '../schema/enums.js';
import { submissionDate } from '../validate/deadlines.js';
import type { InputSource } from './aggregate-result.js';
import { kindBits, scoreOf } from './completeness.js';
import type { RosterEntry } from './roster.js';
import { unitFigures, type CatalogIndex, type UnitFigures } from './unit-figures.js';
import { unlistedKey, type RosterMatcher } from './unit-key.js';

/** What one unit's counted report contributes: kept per unit so a resubmission replaces it. */
export interface UnitEntry {
  readonly key: string;
  readonly name: string;
  readonly level: UnitLevel;
  readonly roster: RosterEntry | undefined;
  readonly submitted: string;
  readonly issuedOn: string;
  readonly published: boolean;
  /** The report's 公开日期, when it gives one: the county's sheet lists it beside 公开率. */
  readonly publishedOn: string | undefined;
  readonly completeness: number;
  /** The contents the report has, one bit per kind (see `SECTION_BITS`). */
  readonly kinds: number;
  readonly figures: UnitFigures;
  /** Where the report came from (kept as two fields: one object fewer per unit). */
  readonly file: string;
  readonly line: number | undefined;
  /** With the figures, decides between two reports alike in every date and source. */
  readonly title: string;
}

/**
 * What a report contributes to its unit's line: the unit it is counted under (its roster entry's
 * key, else the key of its own name), its dates, 完整度, contents and figures.
 *
 * @param report - a parsed report on the aggregation's year
 * @param index - the catalog's index the figures are kept by
 * @param matcher - the roster's matcher, `undefined` without a roster
 * @param source - where the report came from
 * @returns the unit's entry, to be kept unless a later report of the unit replaces it
 * @example unitEntry(report, catalogIndex(defaultCatalog), undefined, { file: '东镇.json' }).key // 'name:/东镇'
 */
export function unitEntry(
  report: Report,
  index: CatalogIndex,
  matcher: RosterMatcher | undefined,
  source: InputSource,
): UnitEntry {
  const bits = kindBits(report.sections);
  const roster = matcher?.match(report.unit);
  const figures = unitFigures(report, index);
  return {
    key: roster && matcher ? matcher.keyOf(roster) : unlistedKey(report.unit),
    name: roster?.name ?? report.unit.name,
    level: roster?.level ?? report.unit.level,
    roster,
    submitted: submissionDate(report),
    issuedOn: report.issuedOn,
    published: report.publishedOn !== undefined,
    publishedOn: report.publishedOn,
    completeness: scoreOf(report, bits),
    kinds: bits,
    figures,
    file: source.file,
    line: source.line,
    title: report.title,
  };
}
