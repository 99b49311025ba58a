const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  // The circle Word documents often type for 〇 (二○二三年).
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

// 一 to 九 as headings and dates write them (两 counts, but numbers nothing).
const ONE_TO_NINE = Object.keys(DIGITS)
  .filter((char) => (DIGITS[char] ?? 0) >= 1 && char !== '两')
  .join('');

/** The numerals of an enumerator or an ordinal (一、, （十二）, 第三部分): 一 to 九 and 十. For character classes. */
export const ENUMERATOR_NUMERALS = `${ONE_TO_NINE}十`;

/** The numerals of a count in running text (两场, 十个): the enumerator's and 两. For character classes. */
export const COUNT_NUMERALS = `${ENUMERATOR_NUMERALS}两`;

/** The digits of a year written out (二〇二三年, 二○二三年): 〇 (or ○), 零 and 一 to 九. For character classes. */
export const YEAR_NUMERALS = `〇○零${ONE_TO_NINE}`;

/** Whether `char` can be part of a Chinese numeral. */
export function isChineseNumeralChar(char: string): boolean {
  return Object.hasOwn(DIGITS, char) || Object.hasOwn(SMALL_UNITS, char) || Object.hasOwn(BIG_UNITS, char);
}

/** Whether a Chinese numeral can start here: with a digit or 十 (万家, 百万 are words, not numbers). */
export function startsChineseNumeral(char: string): boolean {
  // ○ starts no number: alone it is a bullet (○ 开展…).
  return (Object.hasOwn(DIGITS, char) && char !== '○') || char === '十';
}

/** Whether a Chinese numeral names a magnitude (十, 百, 千, 万, 亿), as counts usually do. */
export function hasMagnitude(numeral: string): boolean {
  for (const char of numeral) if (Object.hasOwn(SMALL_UNITS, char) || Object.hasOwn(BIG_UNITS, char)) return true;
  return false;
}

/**
 * The value of a Chinese numeral: 十 → 10, 两万 → 20000, 一百二十三 → 123, 三千零五 → 3005.
 * Digit strings without units read digit by digit (二〇二四 → 2024). Undefined when the
 * characters do not form a number.
 *
 * @example parseChineseNumeral('两万') // 20000
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  if (!hasMagnitude(numeral)) {
    let value = 0;
    for (const char of numeral) {
      const digit = DIGITS[char];
      if (digit === undefined) return undefined;
      value = value * 10 + digit;
    }
    return value;
  }
  let yi = 0; // everything up to the last 亿
  let wan = 0; // the 万 group
  let section = 0; // below 万
  let digit: number | undefined;
  for (const char of numeral) {
    if (Object.hasOwn(DIGITS, char)) {
      digit = DIGITS[char];
    } else if (Object.hasOwn(SMALL_UNITS, char)) {
      section += (digit ?? 1) * (SMALL_UNITS[char] ?? 1);
      digit = undefined;
    } else if (char === '万') {
      wan = (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = undefined;
    } else if (char === '亿') {
      yi = (yi + wan + section + (digit ?? 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return yi + wan + section + (digit ?? 0);
}
