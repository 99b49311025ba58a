import type { Locale } from '../../i18n/messages.js';

/**
 * A round number as a clerk reads it: 10000000 is 1000万 in Chinese and 10,000,000 in English,
 * for the limits messages quote (a figure the report wrote is quoted as written).
 *
 * @example readableNumber(1e7, 'zh-CN') // '1000万'; readableNumber(1e7, 'en') // '10,000,000'
 */
export function readableNumber(value: number, locale: Locale): string {
  if (!Number.isInteger(value)) return String(value);
  if (locale === 'en') return grouped(value);
  for (const [size, word] of ZH_UNITS) {
    if (Math.abs(value) >= size && Number.isInteger(value / size)) return `${grouped(value / size, '')}${word}`;
  }
  return String(value);
}

// Largest first: 1e12 is 1万亿, 1e9 is 10亿, 2e4 is 2万.
const ZH_UNITS: readonly (readonly [number, string])[] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

// Digits in threes from the right: 10,000,000.
function grouped(value: number, separator = ','): string {
  if (!Number.isSafeInteger(value)) return String(value);
  const digits = String(Math.abs(value));
  let out = '';
  for (let at = 0; at < digits.length; at += 1) {
    if (at > 0 && (digits.length - at) % 3 === 0) out += separator;
    out += digits[at];
  }
  return value < 0 ? `-${out}` : out;
}
