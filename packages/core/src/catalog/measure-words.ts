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
  /** Rules, lists and measures. */
  items: ['项', '个', '条', '类'],
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
 * Every measure word the importer reads after a number, longest first so 人次 wins over 人
 * and 万元 over 元. Holds the words of every quantity plus words that count nothing the
 * catalog sums (支 teams, 部 films, 笔 payments, 小时 of volunteering, 亩 and 公顷 of land, 台次 of vehicles):
 * such figures are kept as `unclassified`.
 */
export const MEASURE_WORDS: readonly string[] = [
  ...new Set([...Object.values(QUANTITIES).flat(), '百分点', '支', '部', '笔', '批', '册', '块', '辆', '台', '台次', '车次', '小时', '公里', '吨', '亩', '公顷', '平方米', '立方米']),
].sort((a, b) => b.length - a.length);

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
export function writtenWordsOf(definition: Pick<IndicatorDefinition, 'quantity' | 'units' | 'kind' | 'otherUnits'>): readonly string[] {
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
