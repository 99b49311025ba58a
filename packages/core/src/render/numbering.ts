const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the ordinals headings use.
 *
 * @example chineseOrdinal(12) // '十二'
 */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
}

/**
 * The enumerator of the `index`-th (1-based) heading at `depth` (1-based), as GB/T 9704
 * numbers them: 一、 → （一） → 1. → （1）. Deeper levels repeat （1）.
 *
 * @example enumerator(2, 3) // '（三）'
 */
export function enumerator(depth: number, index: number): string {
  switch (depth) {
    case 1:
      return `${chineseOrdinal(index)}、`;
    case 2:
      return `（${chineseOrdinal(index)}）`;
    case 3:
      return `${index}.`;
    default:
      return `（${index}）`;
  }
}

/**
 * A 落款 date as written: 2024-01-25 → 2024年1月25日.
 *
 * @example signatureDate('2024-01-25') // '2024年1月25日'
 */
export function signatureDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
