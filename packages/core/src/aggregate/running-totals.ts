import type { Qualifier, SectionKind } from '../schema/enums.js';
import type { ApartTotal, FigureRange, IndicatorTotal, RateTotal } from './aggregate-result.js';
import { sumQualifier } from '../domain/qualifiers.js';
import { totalWord } from './total-word.js';
import {
  BUCKETS,
  FIGURE_WIDTH,
  QUALIFIERS,
  type ApartFigure,
  type CatalogIndex,
  type UnitFigures,
} from './unit-figures.js';

/**
 * The figures of one slot (indicator × bucket) over the counted units: a count, how many of
 * each qualifier and a value → count histogram. All of it can be taken back out, so a
 * resubmission replaces its unit's earlier figures without a second pass over every unit.
 * The total is summed from the histogram when asked for, never kept running: a running sum
 * of decimals that had figures taken back out differs in its last bits (and in the sign of
 * zero) from the sum of the same figures added once, and merged shards would print
 * differently from the whole.
 */
interface Tally {
  count: number;
  readonly qualifiers: number[];
  readonly histogram: Map<number, number>;
  /**
   * How many of the figures were written in each word of the quantity other than the
   * indicator's first unit (件 of an indicator listed in 起): the total's word is chosen from
   * these counts when asked for, so merged shards choose as the whole does.
   */
  readonly written: Map<string, number>;
}

// Numerators and denominators are kept as value → count too, for the same reason as a
// slot's total.
interface RateSums {
  readonly numerators: Map<number, number>;
  readonly denominators: Map<number, number>;
  reporting: number;
  excluded: number;
}

/** The contents counted in `sections`, with the bit each has in a unit's kind mask. */
export const SECTION_BITS: Readonly<Record<SectionKind, number>> = {
  preamble: 1,
  duties: 2,
  measures: 4,
  shortcomings: 8,
  judgments: 16,
  plans: 32,
  other: 64,
};

const KIND_BITS = Object.entries(SECTION_BITS) as readonly [SectionKind, number][];

/** Running totals of the counted units, kept up to date as reports arrive and are replaced. */
export interface RunningTotals {
  readonly slots: (Tally | undefined)[];
  readonly apart: Map<string, { readonly figure: ApartFigure; readonly tally: Tally }>;
  readonly rates: Map<number, RateSums>;
  readonly sections: Map<SectionKind, number>;
  unclassified: number;
}

/** Empty running totals for a catalog. */
export function createTotals(index: CatalogIndex): RunningTotals {
  return {
    slots: new Array<Tally | undefined>(index.definitions.length * 3).fill(undefined),
    apart: new Map(),
    rates: new Map(),
    sections: new Map(),
    unclassified: 0,
  };
}

const QUALIFIER_CODE: Readonly<Record<Qualifier, number>> = { exact: 0, over: 1, nearly: 2, about: 3, under: 4 };
const newTally = (): Tally => ({ count: 0, qualifiers: [0, 0, 0, 0, 0], histogram: new Map(), written: new Map() });

// Totals, medians and rate counts are shown to six decimals, far below any figure a report
// states: sums of decimals (0.1 + 0.2) carry residue in their last bits. Adding 0 turns a
// negative zero left by rounding into 0.
const tidy = (value: number) => Math.round(value * 1e6) / 1e6 + 0;

// A Map keys −0 (JSON can spell it) as 0, so no "−0" reaches a table through a histogram.
function histogramAdd<K>(histogram: Map<K, number>, value: K, sign: number): void {
  const seen = (histogram.get(value) ?? 0) + sign;
  if (seen === 0) histogram.delete(value);
  else histogram.set(value, seen);
}

/**
 * Σ value × count of a histogram whose values are sorted, with Neumaier's compensation: the
 * same figures give the same total bit for bit, however they arrived, and decimals do not
 * drift.
 */
function histogramSum(histogram: ReadonlyMap<number, number>, sortedValues: Iterable<number>): number {
  let total = 0;
  let compensation = 0;
  for (const value of sortedValues) {
    const term = value * (histogram.get(value) ?? 0);
    const next = total + term;
    compensation += Math.abs(total) >= Math.abs(term) ? total - next + term : term - next + total;
    total = next;
  }
  return tidy(total + compensation);
}

const ascending = (histogram: ReadonlyMap<number, number>) => [...histogram.keys()].sort((a, b) => a - b);

function tallyAdd(tally: Tally, value: number, code: number, sign: number): void {
  tally.count += sign;
  tally.qualifiers[code] = (tally.qualifiers[code] ?? 0) + sign;
  histogramAdd(tally.histogram, value, sign);
}

/**
 * Adds (`sign` 1) or takes back (`sign` -1) one unit's report: its figures, its rate
 * contributions (numerator and denominator from the same report, both exact), its contents.
 */
export function contribute(
  totals: RunningTotals,
  index: CatalogIndex,
  unit: { readonly figures: UnitFigures; readonly kinds: number },
  sign: 1 | -1,
): void {
  const { figures, apart, unclassified, words } = unit.figures;
  for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
    const slot = figures[i] ?? 0;
    const tally = (totals.slots[slot] ??= newTally());
    tallyAdd(tally, figures[i + 1] ?? 0, figures[i + 2] ?? 0, sign);
  }
  // Most reports write every figure in its indicator's first unit and carry no words.
  if (words) {
    for (const { slot, unit: word } of words) {
      const tally = totals.slots[slot];
      if (tally) histogramAdd(tally.written, word, sign);
    }
  }
  for (const figure of apart) {
    const key = `${figure.indicator}\u0000${BUCKETS.indexOf(figure.bucket)}\u0000${figure.unit}`;
    let entry = totals.apart.get(key);
    if (!entry) {
      entry = { figure, tally: newTally() };
      totals.apart.set(key, entry);
    }
    tallyAdd(entry.tally, figure.value, QUALIFIER_CODE[figure.qualifier], sign);
  }
  totals.unclassified += sign * unclassified;
  if (unit.kinds !== 0) {
    for (const [kind, bit] of KIND_BITS)
      if (unit.kinds & bit) totals.sections.set(kind, (totals.sections.get(kind) ?? 0) + sign);
  }
  contributeRates(totals, index, figures, sign);
}

// A rate's counts come from one report's year figures: marked in the index's scratch row,
// read for every rate of the catalog, then cleared.
function contributeRates(totals: RunningTotals, index: CatalogIndex, figures: readonly number[], sign: number): void {
  const at = index.slotAt;
  for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
    const slot = figures[i] ?? 0;
    if (slot % 3 === 0) at[slot] = i;
  }
  for (const rate of index.rates) {
    const n = rate.numerator === undefined ? -1 : (at[rate.numerator * 3] ?? -1);
    const d = rate.denominator === undefined ? -1 : (at[rate.denominator * 3] ?? -1);
    const denominator = d < 0 ? 0 : (figures[d + 1] ?? 0);
    // Both counts given, both exact (qualifier code 0), and something to divide by.
    const usable = n >= 0 && d >= 0 && figures[n + 2] === 0 && figures[d + 2] === 0 && denominator > 0;
    const stated = (at[rate.position * 3] ?? -1) >= 0;
    if (!usable && !stated) continue;
    let sums = totals.rates.get(rate.position);
    if (!sums) {
      sums = { numerators: new Map(), denominators: new Map(), reporting: 0, excluded: 0 };
      totals.rates.set(rate.position, sums);
    }
    if (usable) {
      histogramAdd(sums.numerators, figures[n + 1] ?? 0, sign);
      histogramAdd(sums.denominators, denominator, sign);
      sums.reporting += sign;
    } else {
      sums.excluded += sign;
    }
  }
  for (let i = 0; i < figures.length; i += FIGURE_WIDTH) {
    const slot = figures[i] ?? 0;
    if (slot % 3 === 0) at[slot] = -1;
  }
}

function summarize(unit: string, tallies: readonly Tally[]): { readonly range: FigureRange; readonly total: number } {
  let qualifier: Qualifier = 'exact';
  let count = 0;
  const histogram = new Map<number, number>();
  for (const tally of tallies) {
    count += tally.count;
    tally.qualifiers.forEach((n, code) => {
      if (n > 0) qualifier = sumQualifier(qualifier, QUALIFIERS[code] ?? 'exact');
    });
    for (const [value, n] of tally.histogram) histogram.set(value, (histogram.get(value) ?? 0) + n);
  }
  const values = ascending(histogram);
  const lowIndex = Math.floor((count - 1) / 2);
  const highIndex = Math.floor(count / 2);
  let seen = 0;
  let low: number | undefined;
  let high: number | undefined;
  for (const value of values) {
    seen += histogram.get(value) ?? 0;
    if (low === undefined && seen > lowIndex) low = value;
    if (seen > highIndex) {
      high = value;
      break;
    }
  }
  const range = {
    unit,
    qualifier,
    reporting: count,
    min: values[0] ?? 0,
    max: values.at(-1) ?? 0,
    median: tidy(((low ?? 0) + (high ?? low ?? 0)) / 2),
  };
  return { range, total: histogramSum(histogram, values) };
}

const rangeOf = (unit: string, tallies: readonly Tally[]): FigureRange => summarize(unit, tallies).range;

function totalOf(unit: string, tally: Tally): IndicatorTotal {
  const { range, total } = summarize(unit, [tally]);
  return {
    unit,
    total,
    qualifier: range.qualifier,
    reporting: range.reporting,
    min: range.min,
    max: range.max,
    median: range.median,
  };
}

/** The totals as the aggregate result shows them, keys in order. */
export function totalsResult(totals: RunningTotals, index: CatalogIndex, sortedPositions: readonly number[]) {
  const indicators: Record<string, IndicatorTotal> = {};
  const cumulative: Record<string, IndicatorTotal> = {};
  const targets: Record<string, IndicatorTotal> = {};
  const targetRates: Record<string, FigureRange> = {};
  const rates: Record<string, RateTotal> = {};
  for (const position of sortedPositions) {
    const definition = index.definitions[position];
    if (!definition) continue;
    const { key } = definition;
    const tallies = [0, 1, 2].map((bucket) => {
      const tally = totals.slots[position * 3 + bucket];
      return tally && tally.count > 0 ? tally : undefined;
    });
    if (definition.kind === 'rate') {
      if (tallies[2]) targetRates[key] = rangeOf('%', [tallies[2]]);
      // The percentages as stated: the year's and the running ones, never the targets.
      const stated = [tallies[0], tallies[1]].filter((tally): tally is Tally => tally !== undefined);
      const sums = totals.rates.get(position);
      if ((!sums || sums.reporting === 0) && stated.length === 0) continue;
      const numerator = sums ? histogramSum(sums.numerators, ascending(sums.numerators)) : 0;
      const denominator = sums ? histogramSum(sums.denominators, ascending(sums.denominators)) : 0;
      rates[key] = {
        value: denominator > 0 && (sums?.reporting ?? 0) > 0 ? Math.round((numerator / denominator) * 1e6) / 1e4 : null,
        numerator,
        denominator,
        reporting: sums?.reporting ?? 0,
        excluded: sums?.excluded ?? 0,
        reported: stated.length > 0 ? rangeOf('%', stated) : null,
      };
      continue;
    }
    // Each total in the word its own figures were written in (see totalWord).
    const [year, running, target] = tallies;
    if (year) indicators[key] = totalOf(totalWord(definition, year.count, year.written), year);
    if (running) cumulative[key] = totalOf(totalWord(definition, running.count, running.written), running);
    if (target) targets[key] = totalOf(totalWord(definition, target.count, target.written), target);
  }
  const apart: ApartTotal[] = [...totals.apart]
    .filter(([, { tally }]) => tally.count > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { figure, tally }]) => ({
      indicator: figure.indicator,
      scope: figure.bucket,
      ...totalOf(figure.unit, tally),
    }));
  return { indicators, rates, cumulative, targets, targetRates, apart };
}
