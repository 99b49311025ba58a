import type { Qualifier, SectionKind } from '../schema/enums.js';
import type { RosterProblemCode } from './roster.js';
import type { NotCountedFigure } from './unit-figures.js';

/** Where an input came from. */
export interface InputSource {
  readonly file: string;
  readonly line?: number;
}

/**
 * Why an input was left out: not a report, a report on another year, a file or line that
 * could not be read or parsed, a bad roster row. Stable, like issue codes.
 */
export type SkipCode = 'not_a_report' | 'other_year' | 'unreadable' | 'invalid_json' | RosterProblemCode;

/** Where a skipped input came from, and why it was skipped (`reason`: in the chosen language). */
export interface Skipped extends InputSource {
  readonly code: SkipCode;
  readonly reason: string;
}

/** A report that a later report of the same unit replaced: it counts nowhere. */
export interface Superseded extends InputSource {
  /** The unit's name as the roster (or else the report) writes it. */
  readonly unit: string;
}

/**
 * A unit's status for the year: `missing`, `late` (after its deadline), `unpublished` (on
 * time, not yet published), `reported` (on time and published), or `unlisted` (reported but
 * not on the roster: listed, never counted).
 */
export type UnitStatus = 'reported' | 'missing' | 'late' | 'unpublished' | 'unlisted';

/** How figures of one indicator spread across units. */
export interface FigureRange {
  /**
   * The measure word the figures are said in: the word they were written in when they agree
   * (326件 from units that all wrote 件), else the word most of them use (a tie goes to the word
   * the catalog lists first), always a word of the indicator's quantity; money in the catalog's
   * word (万元), converted by value. A figure in another quantity's word is totalled in `apart`.
   */
  readonly unit: string;
  /** The weakest qualifier of the figures: any 余 makes a total a lower bound. */
  readonly qualifier: Qualifier;
  /** How many units gave a figure. */
  readonly reporting: number;
  readonly min: number;
  readonly max: number;
  readonly median: number;
}

/** The total of one indicator over the units that gave it. */
export interface IndicatorTotal extends FigureRange {
  readonly total: number;
}

/** A rate recomputed from summed numerators and denominators, never averaged. */
export interface RateTotal {
  /** numerator ÷ denominator in %, or `null` when no unit gave both counts exactly. */
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  /** Units whose exact counts went into `value`. */
  readonly reporting: number;
  /** Units that stated the rate but whose counts could not go into `value`. */
  readonly excluded: number;
  /** The percentages as units wrote them (min–max): shown as reported, never as a total. */
  readonly reported: FigureRange | null;
}

/** Figures of an indicator written in a word of another quantity: totalled apart, never mixed. */
export interface ApartTotal extends IndicatorTotal {
  readonly indicator: string;
  /** Which totals the figures stand apart from: the year's, the running ones, or the targets. */
  readonly scope: 'year' | 'cumulative' | 'target';
}

/** A figure a unit's report states beside a larger one of the same indicator: listed, not in the totals. */
export interface NotCountedEntry extends NotCountedFigure {
  /** The unit's name, as its line in the table writes it. */
  readonly name: string;
}

/** One unit's line in the county's table. */
export interface UnitDetail {
  readonly name: string;
  readonly status: UnitStatus;
  readonly completeness: number;
  /** The date the counted report was submitted (`submittedOn`, else its 落款 date). */
  readonly submittedOn: string | null;
  /** The unit's submission deadline. */
  readonly deadline: string;
  /** Days after the deadline (0 when on time), `null` when nothing was submitted. */
  readonly daysLate: number | null;
  /** Which of the statutory contents the counted report has (empty when nothing was submitted): a row of the coverage matrix. */
  readonly contents: CountedContent[];
  /** Where the counted report came from (the `source` given to `add`), `null` when nothing was submitted. */
  readonly source: InputSource | null;
  /**
   * The counted report's 公开日期, when it gives one (from a collection server, the day the county
   * published it): the sheet a county publishes beside its 公开率 says when each unit was published.
   */
  readonly publishedOn?: string;
  /**
   * How many of the counted report's figures no indicator holds (`unclassified`), which no total takes;
   * absent when none: the note under the totals names the units they are in.
   */
  readonly unclassified?: number;
  /**
   * The unit's figures for the year, as counted: indicator → value (rates in %, money in the
   * catalog's word). Only with `result({ unitValues: true })`: a province's 40,000 units × 20
   * figures is a table of its own, not part of every aggregate. A value is in the word of the
   * year's total of its indicator (`indicators[key].unit`) unless it has a `unit`: the word the
   * unit wrote, where it is another word of the same quantity (5项 of a total said in 件): added
   * into the total, but never to be shown in a word the unit did not write.
   */
  readonly values?: Record<string, UnitValue>;
  /**
   * The unit's figures for the year in a word of another quantity (人 for an indicator counted in
   * 人次), each under its own word, as `apart` totals them. Only with `result({ unitValues: true })`,
   * and only when the unit wrote such a figure.
   */
  readonly apart?: readonly UnitApartValue[];
}

/** One of a unit's figures for the year, in the word of its indicator's total unless `unit` says otherwise (rates in %). */
export interface UnitValue {
  readonly value: number;
  readonly qualifier: Qualifier;
  /** The word the unit wrote, when it is another word of the indicator's quantity than the word of the year's total. */
  readonly unit?: string;
}

/** One of a unit's figures for the year in a word of another quantity, as it wrote it. */
export interface UnitApartValue {
  readonly indicator: string;
  readonly unit: string;
  readonly value: number;
  readonly qualifier: Qualifier;
}

/** The contents a report is scored and counted on: every kind but the preamble. */
export type CountedContent = Exclude<SectionKind, 'preamble'>;

/** The county's view of a year, exactly as `law-report aggregate --format json` prints it. */
export interface AggregateResult {
  readonly year: number;
  readonly units: {
    /** Units on the roster (without a roster: the units that reported). */
    readonly expected: number;
    /** Expected units that reported. */
    readonly reported: number;
    readonly missing: string[];
    readonly late: string[];
    readonly unpublished: string[];
    /** Units that reported but are not on the roster: listed here, counted nowhere. */
    readonly unlisted: string[];
  };
  /** The year's totals: figures for the year (scope `year` or none) in the indicator's quantity. */
  readonly indicators: Record<string, IndicatorTotal>;
  readonly rates: Record<string, RateTotal>;
  /** Running totals (累计, 截至…): never added to the year's, never filling in for them. */
  readonly cumulative: Record<string, IndicatorTotal>;
  /** Targets of the plans (下一年度安排, 力争…): never achievements. */
  readonly targets: Record<string, IndicatorTotal>;
  /** Target rates as units wrote them. */
  readonly targetRates: Record<string, FigureRange>;
  /** Figures in a word of another quantity (人 for an indicator counted in 人次), per word. */
  readonly apart: ApartTotal[];
  /** How many counted units have each content. */
  readonly sections: Record<Exclude<SectionKind, 'preamble'>, number>;
  /** Counted figures the importer could not classify (`unclassified`): not in any total. */
  readonly unclassified: number;
  /**
   * Labels and display words of the extension indicators (`x-…`) this aggregate totalled, from
   * the catalog it was made with: a CSV or table labels their columns without the catalog passed
   * again. Absent when no extension indicator was totalled.
   */
  readonly labels?: Record<string, { readonly label: Readonly<Record<'zh-CN' | 'en', string>>; readonly unit: string }>;
  readonly unitsDetail: UnitDetail[];
  /**
   * Figures of counted units left out of the totals because the same report states a larger one
   * for the same indicator, scope and word (most often the figure restated, or a part of it; a
   * person checks whether it was a second count), by unit name. Absent when there are none.
   */
  readonly notCounted?: NotCountedEntry[];
  /** Earlier reports of a unit that a later one replaced. */
  readonly superseded: Superseded[];
  readonly skipped: Skipped[];
}
