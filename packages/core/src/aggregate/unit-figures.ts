import type { Catalog } from '../catalog/catalog.js';
import type { IndicatorDefinition } from '../catalog/indicator.js';
import { inIndicatorUnit, MONEY_FACTORS } from '../catalog/measure-words.js';
import type { Qualifier } from '../schema/enums.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';

/**
 * Which total a figure goes to: the year's achievements, the running totals (累计 and 截至…,
 * which add up earlier years), or the targets of a plan. Never mixed.
 */
export type Bucket = 'year' | 'cumulative' | 'target';

/** The buckets in slot order: a slot is `indicator position × 3 + bucket`. */
export const BUCKETS: readonly Bucket[] = ['year', 'cumulative', 'target'];

/** Qualifiers by code, as slots store them. */
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'over', 'nearly', 'about', 'under'];
const QUALIFIER_CODE: Readonly<Record<Qualifier, number>> = { exact: 0, over: 1, nearly: 2, about: 3, under: 4 };

/** A figure written in a word of another quantity than its indicator's, or of an indicator the catalog lacks: kept as written. */
export interface ApartFigure {
  readonly indicator: string;
  readonly bucket: Bucket;
  readonly unit: string;
  readonly value: number;
  readonly qualifier: Qualifier;
}

/**
 * A figure a report states beside another of the same indicator, scope and word with a different
 * value: the totals take the larger (most often the same figure restated, or a part of it), and
 * this one is listed, as the report wrote it, so a person can check whether it was a second count.
 */
export interface NotCountedFigure {
  readonly indicator: string;
  readonly bucket: Bucket;
  /** The value and word as the report wrote them. */
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The phrase as written (`label`), to find it in the report. */
  readonly label: string;
}

/** The catalog's indicators by position, so a unit's figures fit in small typed arrays. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  readonly definitions: readonly IndicatorDefinition[];
  readonly position: ReadonlyMap<string, number>;
  /** The rates, with the positions of their numerator and denominator. */
  readonly rates: readonly { readonly position: number; readonly numerator?: number; readonly denominator?: number }[];
  /** Scratch: where each slot sits in the figures being gathered, -1 when absent. */
  readonly slotAt: Int32Array;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The index of a catalog, built once per catalog. */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const definitions = catalog.indicators;
    const position = new Map(definitions.map((definition, i) => [definition.key, i]));
    index = {
      catalog,
      definitions,
      position,
      rates: definitions.flatMap((definition, at) => {
        if (definition.kind !== 'rate') return [];
        const numerator = definition.numerator === undefined ? undefined : position.get(definition.numerator);
        const denominator = definition.denominator === undefined ? undefined : position.get(definition.denominator);
        return [
          {
            position: at,
            ...(numerator === undefined ? {} : { numerator }),
            ...(denominator === undefined ? {} : { denominator }),
          },
        ];
      }),
      slotAt: new Int32Array(definitions.length * 3).fill(-1),
    };
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * What one report contributes to the totals. Figures in the indicator's own quantity are
 * kept as `[slot, value in the indicator's display word, qualifier code]` triples in one array
 * of numbers: a province's 40,000 reports hold hundreds of thousands of figures, and an object
 * each would cost several times the memory and time.
 */
export interface UnitFigures {
  /** `[slot, value, qualifier code]` triples, one per figure in its indicator's own quantity. */
  readonly figures: readonly number[];
  /** Figures in a word of another quantity (人 for an indicator counted in 人次), or of an indicator the catalog lacks. */
  readonly apart: readonly ApartFigure[];
  /** Figures the importer could not classify (`unclassified`). */
  readonly unclassified: number;
  /**
   * The words of figures kept in {@link figures} that the report wrote in another word of the
   * indicator's quantity than its display word (5项 of an indicator shown in 件), by slot: the
   * total adds them and is said in the word most of its figures were written in, and a unit's
   * own line shows the word it wrote. Absent when every figure is
   * in its display word or converted from money (5000元 is 0.5万元, not a word of its own).
   */
  readonly words?: readonly WrittenWord[];
  /**
   * Figures left out because the report states a larger one for the same indicator, scope and
   * word (a restatement with a different value, a part, or a second count: a person decides).
   * Absent when the report states each figure once, or again with the same value.
   */
  readonly notCounted?: readonly NotCountedFigure[];
}

/** The word a report wrote a figure in, where it is not its indicator's display word. */
export interface WrittenWord {
  readonly slot: number;
  readonly unit: string;
}

/** How many numbers a figure takes in {@link UnitFigures.figures}. */
export const FIGURE_WIDTH = 3;

// Reused across calls (single-threaded): a report's figures are gathered here, then copied
// once. A plain array of doubles: small typed arrays each allocate a backing store, which
// costs more than the figures themselves.
const scratch: number[] = [];
const NO_APART: readonly ApartFigure[] = [];

/**
 * The figures a report contributes, one per indicator, bucket and word: the year's (scope
 * `year` or none), the running totals (`cumulative`, `asOf`) and the targets (`target`, or any
 * figure in a `plans` section, whatever its scope says: reports typed in by hand carry no
 * `target`). Words of the indicator's quantity are converted to its display word (起 → 件,
 * 元 → 万元); other words keep their own. When a report states one figure twice, the larger
 * is kept (a restatement, not a second count); a smaller one of another value is listed in
 * `notCounted`, never dropped unsaid.
 */
export function unitFigures(report: Report, index: CatalogIndex): UnitFigures {
  const inPlans = plansSectionIds(report.sections);
  let length = 0;
  let apart: Map<string, ApartFigure> | undefined;
  // The phrase of each figure kept apart, to name it if a larger one displaces it.
  let apartLabels: Map<string, string> | undefined;
  let unclassified = 0;
  let words: Map<number, string> | undefined;
  // Slots a report states more than once: read again after the loop for the values set aside.
  let twice: Set<number> | undefined;
  let notCounted: NotCountedFigure[] | undefined;
  for (const metric of report.metrics) {
    const position = index.position.get(metric.indicator);
    const definition = position === undefined ? undefined : index.definitions[position];
    if ((position === undefined || !definition) && metric.indicator === 'unclassified') {
      unclassified += 1;
      continue;
    }
    const bucket = bucketOf(metric, inPlans);
    // An indicator the catalog does not know (another town's `x-…` without its extension
    // catalog) is totalled apart under its own key and word: a county's totals never lose it.
    const converted = definition ? countedValue(metric, definition) : undefined;
    if (converted === undefined || position === undefined || !definition) {
      apart ??= new Map();
      const key = `${metric.indicator}\u0000${bucket}\u0000${metric.unit}`;
      const current = apart.get(key);
      if (current && metric.value !== current.value) {
        const smaller = metric.value > current.value ? { ...current, label: apartLabels?.get(key) ?? '' } : metric;
        (notCounted ??= []).push(notCountedOf(smaller, BUCKETS[bucket] ?? 'year'));
      }
      if (!current || metric.value > current.value) {
        (apartLabels ??= new Map()).set(key, metric.label);
        apart.set(key, {
          indicator: metric.indicator,
          bucket: BUCKETS[bucket] ?? 'year',
          unit: metric.unit,
          value: metric.value,
          qualifier: metric.qualifier,
        });
      }
      continue;
    }
    const slot = position * 3 + bucket;
    const seen = index.slotAt[slot] ?? -1;
    const at = seen < 0 ? length : seen;
    if (seen >= 0) (twice ??= new Set()).add(slot);
    if (seen >= 0 && converted <= (scratch[at + 1] ?? 0)) continue;
    if (seen < 0) {
      index.slotAt[slot] = at;
      scratch[at] = slot;
      length += FIGURE_WIDTH;
    }
    scratch[at + 1] = converted;
    scratch[at + 2] = QUALIFIER_CODE[metric.qualifier];
    // The word goes with the figure kept: 项 stays 项 on the unit's own line.
    const own = metric.unit !== definition.units[0] && MONEY_FACTORS[metric.unit] === undefined;
    if (own) (words ??= new Map()).set(slot, metric.unit);
    else words?.delete(slot);
  }
  if (twice) notCounted = [...(notCounted ?? []), ...setAside(report, index, inPlans, twice)];
  for (let at = 0; at < length; at += FIGURE_WIDTH) index.slotAt[scratch[at] ?? 0] = -1;
  const figures = { figures: scratch.slice(0, length), apart: apart ? [...apart.values()] : NO_APART, unclassified };
  // The common case, a report stating each figure once in its display word, allocates nothing more.
  if ((!words || words.size === 0) && !notCounted) return figures;
  return {
    ...figures,
    ...(words && words.size > 0 ? { words: [...words].map(([slot, unit]) => ({ slot, unit })) } : {}),
    ...(notCounted && notCounted.length > 0 ? { notCounted } : {}),
  };
}

// The figures of slots stated more than once whose value is not the one kept: read after the
// loop, while `slotAt` still points at each kept figure. Only reports that state a figure twice
// come here.
function setAside(
  report: Report,
  index: CatalogIndex,
  inPlans: ReadonlySet<string>,
  twice: ReadonlySet<number>,
): NotCountedFigure[] {
  const found: NotCountedFigure[] = [];
  const keptOnce = new Set<number>();
  for (const metric of report.metrics) {
    const position = index.position.get(metric.indicator);
    const definition = position === undefined ? undefined : index.definitions[position];
    if (position === undefined || !definition) continue;
    const bucket = bucketOf(metric, inPlans);
    const slot = position * 3 + bucket;
    if (!twice.has(slot)) continue;
    const converted = countedValue(metric, definition);
    if (converted === undefined) continue;
    const kept = scratch[(index.slotAt[slot] ?? 0) + 1];
    // The kept value once; any other value, and the kept value stated with another, are the same figure restated.
    if (converted === kept && !keptOnce.has(slot)) {
      keptOnce.add(slot);
      continue;
    }
    if (converted !== kept) found.push(notCountedOf(metric, BUCKETS[bucket] ?? 'year'));
  }
  return found;
}

function notCountedOf(
  figure: Pick<Metric, 'indicator' | 'value' | 'unit' | 'qualifier' | 'label'>,
  bucket: Bucket,
): NotCountedFigure {
  return {
    indicator: figure.indicator,
    bucket,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    label: figure.label,
  };
}

/**
 * A figure's value as its indicator's totals count it: a rate in %, a count or amount in the
 * indicator's display word (起 → 件, 元 → 万元); `undefined` when its word is of another quantity
 * (人 for an indicator counted in 人次), which is totalled apart under its own word. The one rule the
 * totals, a total's sources and the figures set aside all read a value by.
 *
 * @example countedValue({ value: 5000, unit: '元' }, fundingDefinition) // 0.5 (万元)
 */
export function countedValue(
  metric: Pick<Metric, 'value' | 'unit'>,
  definition: IndicatorDefinition,
): number | undefined {
  if (definition.kind === 'rate') return metric.unit === '%' ? metric.value : undefined;
  return inIndicatorUnit(metric.value, metric.unit, definition);
}

/**
 * The bucket of a figure, as a position in {@link BUCKETS}: a target when its scope says so or
 * it stands in a plans section (`inPlans`, from {@link plansSectionIds}), a running total for
 * 累计 and 截至…, else the year's. The one rule of what counts as the year's figure: the
 * aggregation's totals and the plausibility checks use it alike.
 */
export function bucketOf(metric: Pick<Metric, 'scope' | 'sectionId'>, inPlans: ReadonlySet<string>): 0 | 1 | 2 {
  if (metric.scope === 'target' || (metric.sectionId !== undefined && inPlans.has(metric.sectionId))) return 2;
  return metric.scope === 'cumulative' || metric.scope === 'asOf' ? 1 : 0;
}

// Ids of sections that are, or sit inside, a plans section. One set, cleared per report: the
// aggregator asks this of every report it reads.
const plansIds = new Set<string>();

/**
 * The ids of the sections that are, or sit inside, a plans section. The set is reused by the
 * next call: read it before asking again.
 */
export function plansSectionIds(sections: readonly Section[]): ReadonlySet<string> {
  plansIds.clear();
  collectPlans(sections, false);
  return plansIds;
}

function collectPlans(sections: readonly Section[], inside: boolean): void {
  for (const section of sections) {
    const plans = inside || section.kind === 'plans';
    if (plans) plansIds.add(section.id);
    collectPlans(section.sections, plans);
  }
}
