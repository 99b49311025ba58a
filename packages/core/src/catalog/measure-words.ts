import type { IndicatorDefinition } from './indicator.js';

/**
 * The quantities counts are kept in, each with the measure words (量词) that count it. Words of
 * one quantity are summed (矛盾纠纷 in 件 and in 起 are the same cases); a figure in a word of
 * another quantity (人 for an indicator counted in 人次) is totalled apart, never mixed in.
 * A word may count more than one quantity (件 counts cases and documents): the indicator
 * decides which it means.
 */
export const QUANTITIES = {
  /** Cases, matters, disputes. */
  cases: ['件', '起', '宗', '个', '项'],
  /** Sessions, events, meetings, courses. */
  sessions: ['次', '场', '期', '场次', '轮'],
  /** Person-times: attendance and service counts. */
  personTimes: ['人次'],
  /** Households or businesses visited (检查1240户次). */
  visitTimes: ['户次', '家次'],
  /** Case-times (件次). */
  caseTimes: ['件次'],
  /** Batches (抽检326批次). */
  batches: ['批次', '批'],
  /** People. */
  people: ['人', '名', '位'],
  /** Documents and items of information. */
  documents: ['份', '件', '篇', '条'],
  /** Printed copies and publicity material. */
  copies: ['份', '册', '本', '张', '套', '幅'],
  /** Case files (案卷). */
  files: ['卷'],
  /** Places and bodies (示范村, 调解室, 企业). */
  places: ['个', '家', '所', '处', '座'],
  /** Households. */
  households: ['户'],
  /** Teaching hours. */
  lessons: ['课时', '学时'],
  /** Rules, lists, measures and kinds (开通电子证照180余种). */
  items: ['项', '个', '条', '类', '种'],
  /** Money; converted, see {@link MONEY_FACTORS}. */
  money: ['万元', '元', '亿元'],
  /** Percentages: rates are recomputed, never summed. */
  percent: ['%'],
  /** Percentage points: changes of a rate. */
  points: ['个百分点'],
} as const satisfies Record<string, readonly string[]>;

/** A quantity counts are kept in: `cases`, `sessions`, `personTimes`, `money`… */
export type Quantity = keyof typeof QUANTITIES;

/** The names of every quantity, for schemas. */
export const QUANTITY_NAMES = Object.keys(QUANTITIES) as [Quantity, ...Quantity[]];

/** Money words and what one of each is in 元, so 5000元 and 0.5万元 add up. */
export const MONEY_FACTORS: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/**
 * Words that count whole things the catalog does not sum (支 teams, 部 films, 笔 payments, 块
 * signs, 辆 and 台次 of vehicles): read by the importer, kept as `unclassified`, and whole
 * numbers like every count.
 */
export const OTHER_COUNT_WORDS: readonly string[] = ['支', '部', '笔', '块', '辆', '台', '台次', '车次'];

/**
 * Words of measures rather than counts (小时 of volunteering, 亩 and 公顷 of land): read by the
 * importer, kept as `unclassified`; 3.2公顷 is a fine figure.
 */
export const MEASURE_UNITS: readonly string[] = ['百分点', '‰', '小时', '公里', '吨', '亩', '公顷', '平方米', '立方米'];

/**
 * Every measure word the importer reads after a number, longest first so 人次 wins over 人
 * and 万元 over 元: the words of every quantity, {@link OTHER_COUNT_WORDS} and
 * {@link MEASURE_UNITS}.
 */
export const MEASURE_WORDS: readonly string[] = [
  ...new Set([...Object.values(QUANTITIES).flat(), ...OTHER_COUNT_WORDS, ...MEASURE_UNITS]),
].sort((a, b) => b.length - a.length);

/**
 * Words whose figures may fall below zero: changes, not counts (下降5%, 减少3个百分点). Every other
 * word counts or measures something, and its figures are never negative.
 */
export const SIGNED_WORDS: readonly string[] = ['%', '个百分点', '百分点'];

/** Whether a word's figures are whole numbers, and the largest one any unit could write. */
export interface WordLimit {
  readonly whole: boolean;
  readonly max: number;
}

/**
 * What a figure of each quantity can be, whatever the indicator: whether it counts whole things
 * (2.5场 and 0.5人 are slips of the keyboard; 1.5课时 and 0.5万元 are not), and the most any unit,
 * a province included, could write for one year. Generous on purpose: a province's 普法受众 reaches
 * 10⁸ 人次 and its 12345 hotline 10⁷ 件, but nobody holds 5,800万场 of anything. Money is bounded
 * in 元 (see {@link MONEY_FACTORS}); percentages include growth (增长300%).
 */
export const QUANTITY_LIMITS: Readonly<Record<Quantity, WordLimit>> = {
  cases: { whole: true, max: 1e8 },
  sessions: { whole: true, max: 1e7 },
  personTimes: { whole: true, max: 1e9 },
  visitTimes: { whole: true, max: 1e8 },
  caseTimes: { whole: true, max: 1e8 },
  batches: { whole: true, max: 1e7 },
  people: { whole: true, max: 1e9 },
  documents: { whole: true, max: 1e8 },
  copies: { whole: true, max: 1e9 },
  files: { whole: true, max: 1e7 },
  places: { whole: true, max: 1e8 },
  households: { whole: true, max: 1e8 },
  lessons: { whole: false, max: 1e7 },
  items: { whole: true, max: 1e7 },
  money: { whole: false, max: 1e12 },
  percent: { whole: false, max: 1e6 },
  points: { whole: false, max: 1e4 },
};

// Words outside every quantity: the counts of OTHER_COUNT_WORDS, else measures and words a
// town made up, bounded only against a value no report could hold (1e300).
const OTHER_COUNT_MAX = 1e8;
const ANY_WORD_MAX = 1e12;

/**
 * Whether figures in `word` count whole things: 场, 件, 人次, 名, 支 … do; 课时, 万元, %, 公顷 and
 * words of no known quantity do not.
 *
 * @example countsWholeThings('场') // true; countsWholeThings('课时') // false
 */
export function countsWholeThings(word: string): boolean {
  return limitOf(word).whole;
}

/**
 * The largest figure any unit could write in `word` for one year, in that word: the most of
 * the quantities it counts (件 counts cases and documents), money converted from 元
 * (10⁸ 万元 is 10¹² 元). Beyond it a figure is a typing error, not a report.
 *
 * @example largestFigure('场') // 10000000; largestFigure('万元') // 100000000
 */
export function largestFigure(word: string): number {
  return limitOf(word).max;
}

const ANY_WORD: WordLimit = { whole: false, max: ANY_WORD_MAX };
let wordLimits: ReadonlyMap<string, WordLimit> | undefined;

// Asked once per figure of every report validated: one table of the known words, built on first
// use; a word outside it (a town's own, or garbage) adds nothing to it.
function limitOf(word: string): WordLimit {
  wordLimits ??= new Map([
    ...OTHER_COUNT_WORDS.map((other) => [other, { whole: true, max: OTHER_COUNT_MAX }] as const),
    ...[...new Set(Object.values(QUANTITIES).flat())].map((known) => {
      const quantities = QUANTITY_NAMES.filter((name) => (QUANTITIES[name] as readonly string[]).includes(known));
      const max = Math.max(...quantities.map((name) => QUANTITY_LIMITS[name].max)) / (MONEY_FACTORS[known] ?? 1);
      return [known, { whole: quantities.every((name) => QUANTITY_LIMITS[name].whole), max }] as const;
    }),
  ]);
  return wordLimits.get(word) ?? ANY_WORD;
}

/** The quantity an indicator counts: its own, else the first quantity its first word counts. */
export function quantityOf(definition: Pick<IndicatorDefinition, 'quantity' | 'units' | 'kind'>): Quantity | undefined {
  if (definition.quantity) return definition.quantity;
  if (definition.kind === 'rate') return 'percent';
  if (definition.kind === 'amount') return 'money';
  const first = definition.units[0];
  return QUANTITY_NAMES.find((name) => (QUANTITIES[name] as readonly string[]).includes(first ?? ''));
}

/**
 * The measure words that count what an indicator counts: those of its quantity and those of
 * its own `units` list (a catalog may say that 次 counts 负责人出庭应诉 as 件 does).
 *
 * @example wordsOf(catalog.get('disputes.handled')!) // ['起', '件', '宗', '个', '项']
 */
export function wordsOf(definition: Pick<IndicatorDefinition, 'quantity' | 'units' | 'kind'>): readonly string[] {
  let words = wordsCache.get(definition);
  if (!words) {
    const quantity = quantityOf(definition);
    words = [...new Set([...definition.units, ...(quantity ? QUANTITIES[quantity] : [])])];
    wordsCache.set(definition, words);
  }
  return words;
}

// Asked once per figure of every report aggregated: built once per definition.
const wordsCache = new WeakMap<object, readonly string[]>();

/**
 * Every measure word an indicator is written in: the words that count its quantity and its
 * `otherUnits`. A figure in another word is not this indicator's.
 */
export function writtenWordsOf(
  definition: Pick<IndicatorDefinition, 'quantity' | 'units' | 'kind' | 'otherUnits'>,
): readonly string[] {
  let words = writtenCache.get(definition);
  if (!words) {
    words = [...new Set([...wordsOf(definition), ...(definition.otherUnits ?? [])])];
    writtenCache.set(definition, words);
  }
  return words;
}

// The importer asks for every alias of every fact: the lists are built once per definition.
const writtenCache = new WeakMap<object, readonly string[]>();

/**
 * A figure in the indicator's display word (its first unit), when the word counts the
 * indicator's quantity: 起 for an indicator shown in 件 keeps its value, 5000元 for one shown
 * in 万元 becomes 0.5. `undefined` when the word counts something else: such a figure is
 * totalled apart under its own word.
 *
 * @example inIndicatorUnit(5000, '元', catalog.get('funding.amount')!) // 0.5
 */
export function inIndicatorUnit(
  value: number,
  word: string,
  definition: Pick<IndicatorDefinition, 'quantity' | 'units' | 'kind'>,
): number | undefined {
  const display = definition.units[0];
  if (word === display) return value;
  const from = MONEY_FACTORS[word];
  const to = display === undefined ? undefined : MONEY_FACTORS[display];
  if (from !== undefined || to !== undefined) {
    return from !== undefined && to !== undefined ? Math.round(((value * from) / to) * 1e6) / 1e6 : undefined;
  }
  return wordsOf(definition).includes(word) ? value : undefined;
}

/**
 * The measure words of an extension catalog's indicators that the importer does not read after a number
 * ({@link MEASURE_WORDS}): a figure in such a word (调解室3间) would never be read, and be lost without a word.
 * `createCatalog` and `parseCatalog` refuse them.
 *
 * @example unknownWords({ indicators: [{ name: 'rooms', units: ['间'] }] }) // [{ name: 'rooms', word: '间' }]
 */
export function unknownWords(extension: {
  readonly indicators: readonly { readonly name: string; readonly units: readonly string[] }[];
}): { readonly name: string; readonly word: string }[] {
  const known = new Set(MEASURE_WORDS);
  return extension.indicators.flatMap(({ name, units }) =>
    units.filter((word) => !known.has(word)).map((word) => ({ name, word })),
  );
}
