// Reading a figure: the number as written (Arabic, grouped, decimal, Chinese, 百分之…) and the
// measure word and qualifier after it.
import { MEASURE_WORDS } from '../catalog/measure-words.js';
import { MAGNITUDE_PREFIXES, QUALIFIER_SUFFIXES } from '../domain/qualifiers.js';
import { isChineseNumeralChar, parseChineseNumeral, startsChineseNumeral } from '../domain/numerals.js';
import type { Qualifier } from '../schema/enums.js';

// Longest first, so 人次 wins over 人 and 万元 over 元; the catalog's measure words are the one home.
const UNITS = MEASURE_WORDS;

// Most characters after a number start no unit; one set lookup spares the list scan.
const UNIT_STARTS = new Set(UNITS.map((unit) => unit[0]));

// Words that begin with a unit character but are not a unit after a number (3个月 is a
// duration, 2起草 is not two incidents).
const NOT_UNITS = [
  '个月',
  '个工作日',
  '个小时',
  '个星期',
  '次日',
  '次年',
  '次月',
  '起草',
  '起诉',
  '条例',
  '条件',
  '项目',
  '场所',
  '所有',
  '所属',
  '所在',
  '处理',
  '处置',
  '处罚',
  '部门',
  '部署',
  '部分',
  '支持',
  '批准',
  '批示',
  '本年',
  '本次',
  '本级',
  '本单位',
  '名单',
  '人民',
  '元旦',
  '元宵',
  '家庭',
  '期间',
  '期限',
  '类型',
  '类别',
  '件事',
  '卷入',
  '台账',
  '台阶',
  '块钱',
  '种植',
  '种养',
  '种子',
];

const MAX_DIGITS = 15;
// The qualifier words that may follow a measure word, longest first.
const AFTER_UNIT = Object.keys(QUALIFIER_SUFFIXES)
  .filter((word) => word !== '多')
  .sort((a, b) => b.length - a.length);

/** A number as written: where it stands, its value and whether it was Chinese numerals. */
export interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly chinese: boolean;
  readonly numeral: string;
  /** Written 百分之…: a percentage with no % after it. */
  readonly percent?: true;
}

/** What follows a number: its value with 万/亿 applied, the measure word and the qualifier. */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The end of the unit and any suffix qualifier. */
  readonly end: number;
  /** Ends in 以上/以下/以内, which may make it a threshold. */
  readonly bound: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// 1,234: a comma followed by exactly three digits.
function isThousandsComma(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 44 &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3)) &&
    !isDigit(text.charCodeAt(at + 4))
  );
}

/** The number written at `at`, if one starts there: 1,234, 27.5, 十余 (the 余 is the unit's), 百分之九十八. */
export function readNumber(text: string, at: number): NumberToken | undefined {
  const c = text.charCodeAt(at);
  if (isDigit(c)) {
    const before = text.charCodeAt(at - 1);
    if (isDigit(before) || isAsciiLetter(before) || before === 46 /* . */ || before === 44 /* , */) return undefined;
    let end = at;
    while (isDigit(text.charCodeAt(end)) || isThousandsComma(text, end)) end++;
    if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
      end++;
      while (isDigit(text.charCodeAt(end))) end++;
    }
    const literal = text.slice(at, end).replaceAll(',', '');
    if (literal.replace('.', '').length > MAX_DIGITS)
      return { start: at, end, value: Number.NaN, chinese: false, numeral: literal };
    return { start: at, end, value: Number(literal), chinese: false, numeral: literal };
  }
  const char = text[at] ?? '';
  // 百分之九十八, 百分之百, 百分之98.5: a percentage written out.
  if (text.startsWith(PER_HUNDRED, at)) {
    const from = at + PER_HUNDRED.length;
    if (text[from] === '百' && !isChineseNumeralChar(text[from + 1] ?? ''))
      return { start: at, end: from + 1, value: 100, chinese: false, numeral: text.slice(at, from + 1), percent: true };
    const number = readNumber(text, from);
    if (!number || number.percent) return undefined;
    // 百分之九十一点五: the digits after 点 are the decimals, one Chinese digit each.
    let end = number.end;
    let decimals = '';
    if (number.chinese && text[end] === '点') {
      while (decimals.length < 6 && isDecimalDigit(text[end + 1 + decimals.length] ?? '')) {
        decimals += String(parseChineseNumeral(text[end + 1 + decimals.length] ?? ''));
      }
      if (decimals) end += 1 + decimals.length;
    }
    const value = decimals ? Number(`${number.value}.${decimals}`) : number.value;
    if (!(value <= 100)) return undefined;
    return {
      start: at,
      end,
      value,
      chinese: false,
      numeral: text.slice(at, end),
      percent: true,
    };
  }
  const before = text[at - 1] ?? '';
  // 数十次, 几十场: some tens, no count.
  if (before === '数' || before === '几') return undefined;
  // 近百名, 逾千人, 近万人次, 百余场, 上百场: a bare 百, 千 or 万 counts after 近/逾/超/上 or before 余/多.
  const bareMagnitude =
    (char === '百' || char === '千' || char === '万') &&
    (/[近逾超]/.test(before) ||
      Object.hasOwn(MAGNITUDE_PREFIXES, before) ||
      text[at + 1] === '余' ||
      text[at + 1] === '多');
  if ((!startsChineseNumeral(char) && !bareMagnitude) || isChineseNumeralChar(before)) return undefined;
  let end = at;
  while (end < text.length && end - at < 12 && isChineseNumeralChar(text[end] ?? '')) end++;
  const numeral = text.slice(at, end);
  const value = parseChineseNumeral(numeral);
  return value === undefined ? undefined : { start: at, end, value, chinese: true, numeral };
}

/** The measure word (and 万, 余, 以上…) after a number, or `undefined` when none follows: no figure then. */
export function readUnit(text: string, number: NumberToken): Quantity | undefined {
  if (!Number.isFinite(number.value)) return undefined;
  if (number.percent) {
    // 百分之九十八以上: a floor, like 98%以上.
    const after = AFTER_UNIT.find((word) => word.startsWith('以') && text.startsWith(word, number.end));
    return {
      value: number.value,
      unit: '%',
      qualifier: after ? (QUALIFIER_SUFFIXES[after] ?? 'exact') : 'exact',
      end: number.end + (after?.length ?? 0),
      bound: after !== undefined,
    };
  }
  let value = number.value;
  let at = number.end;
  if (text.charCodeAt(at) === 32) at++;
  let qualifier: Qualifier = 'exact';
  // 50万元 is 50 with unit 万元; 27.5万件 is 275000 件. A Chinese numeral already holds its 万.
  // 0.5万余元: 余 inside the money word is 0.5 with unit 万元, a lower bound.
  if (
    !number.chinese &&
    (text[at] === '万' || text[at] === '亿') &&
    (text[at + 1] === '余' || text[at + 1] === '多') &&
    text[at + 2] === '元'
  ) {
    return { value: number.value, unit: `${text[at]}元`, qualifier: 'over', end: at + 3, bound: false };
  }
  if (!number.chinese && !text.startsWith('万元', at) && !text.startsWith('亿元', at)) {
    const multiplier = text[at] === '万' ? 1e4 : text[at] === '亿' ? 1e8 : text[at] === '千' ? 1e3 : 1;
    if (multiplier !== 1) {
      value = Math.round(value * multiplier * 1e6) / 1e6;
      at++;
    }
  }
  // 800余人次, 20多场: a one-character qualifier between the number and its measure word.
  const between = text[at] ?? '';
  if (between.length === 1 && (between === '余' || between === '多')) {
    qualifier = QUALIFIER_SUFFIXES[between] ?? 'over';
    at++;
  }
  let unit: string | undefined;
  const swallowed = number.numeral.at(-1);
  if (number.chinese && text[at] === '元' && (swallowed === '万' || swallowed === '亿')) {
    // 五十万元: the numeral swallowed the 万 of the unit.
    unit = `${swallowed}元`;
    value = value / (swallowed === '万' ? 1e4 : 1e8);
    at += 1;
  } else {
    if (!UNIT_STARTS.has(text[at] ?? '')) return undefined;
    unit = UNITS.find((candidate) => text.startsWith(candidate, at));
    if (!unit || NOT_UNITS.some((word) => text.startsWith(word, at))) return undefined;
    at += unit.length;
  }
  if (unit === '百分点' || (unit === '个' && pointsAhead(text, at))) unit = '个百分点';
  // After the measure word: 以上/以下/以内 (bounds, which may make a threshold), 左右, or 余.
  let bound = false;
  const after = AFTER_UNIT.find((word) => text.startsWith(word, at));
  if (after && (after !== '余' || qualifier === 'exact')) {
    qualifier = QUALIFIER_SUFFIXES[after] ?? qualifier;
    bound = after.startsWith('以');
    at += after.length;
  }
  return { value, unit, qualifier, end: at, bound };
}

// 分别下降2.1个和1.3个百分点: a first 个 whose 百分点 the second figure's word carries for both.
const POINTS_AHEAD = /^[和与及、至到~-]\s?[\d.]{1,12}\s?个?百分点/;

// Whether the 个 ending at `at` is the first of two figures that share 个百分点 (read in a bounded window).
function pointsAhead(text: string, at: number): boolean {
  return POINTS_AHEAD.test(text.slice(at, at + 20));
}

const PER_HUNDRED = '百分之';

// One Chinese digit (零, 〇, 一 to 九), as decimals are written after 点.
function isDecimalDigit(char: string): boolean {
  const digit = char === '' || char === '十' ? undefined : parseChineseNumeral(char);
  return digit !== undefined && digit <= 9;
}
