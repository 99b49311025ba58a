import { ENUMERATOR_NUMERALS, parseChineseNumeral, YEAR_NUMERALS } from './numerals.js';

// Reading dates and years as reports write them, the one place it is done: the importer, the
// validator's heading check and anything else that meets 2023年, 2023 年度 or 二〇二三年.

/**
 * How many days `month` (1–12) of `year` has.
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a real calendar date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether `text` is written as an ISO date, `YYYY-MM-DD` (its shape; whether the day exists is for
 * the reader to ask).
 *
 * @example isIsoDateText('2024-02-15') // true; isIsoDateText('2024-2-15') // false
 */
export function isIsoDateText(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/**
 * Whether `day` is a day of the year written `MM-DD` (a deadline): one that exists in some
 * year, so 02-29 is one.
 *
 * @example isMonthDay('02-29') // true; isMonthDay('02-30') // false
 */
export function isMonthDay(day: string): boolean {
  // 2024 is a leap year.
  return /^\d\d-\d\d$/.test(day) && isoDate(2024, Number(day.slice(0, 2)), Number(day.slice(3))) !== undefined;
}

const ARABIC_DATE = /^(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/;
// 2025.01.20, 2024/1/16, 2024-1-16: a date written the short way, as a 落款 sometimes is.
const SHORT_DATE = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d./-])/;
const CHINESE_DATE = new RegExp(
  String.raw`^([${YEAR_NUMERALS}]{4})\s?年\s?([${ENUMERATOR_NUMERALS}]{1,3})\s?月\s?([${ENUMERATOR_NUMERALS}]{1,3})\s?日`,
);

/**
 * The source of a pattern for a 落款 date written out at the end of a line (2024年1月25日,
 * 二〇二四年一月二十五日), for readers that look for one after an issuing body; `dateAt` reads it.
 */
export const WRITTEN_DATE = String.raw`(?:\d{4}|[${YEAR_NUMERALS}]{4})\s?年.{1,12}日`;

/**
 * A 落款 date at the start of `text` (2024年1月25日, 二〇二四年一月二十五日), with the length
 * it takes.
 */
export function dateAt(text: string): { date: string; length: number } | undefined {
  const arabic = ARABIC_DATE.exec(text);
  if (arabic) {
    const date = isoDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
    return date ? { date, length: arabic[0].length } : undefined;
  }
  const short = SHORT_DATE.exec(text);
  if (short) {
    const date = isoDate(Number(short[1]), Number(short[3]), Number(short[4]));
    return date ? { date, length: short[0].length } : undefined;
  }
  const chinese = CHINESE_DATE.exec(text);
  if (chinese) {
    const [year, month, day] = [chinese[1], chinese[2], chinese[3]].map((part) => parseChineseNumeral(part ?? ''));
    const date = year && month && day ? isoDate(year, month, day) : undefined;
    return date ? { date, length: chinese[0].length } : undefined;
  }
  return undefined;
}

const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})\s?年/;
const CHINESE_YEAR = new RegExp(String.raw`([一二][${YEAR_NUMERALS}]{3})\s?年`);

// A quarter or a half of a year named (第四季度, 一季度, 上半年); 每季度 is a frequency, no part.
const PART_OF_YEAR = /(?<!每)(?:第?[一二三四1-4]季度|[上下]半年)/;

/**
 * Whether a text names a quarter or a half of a year (第四季度, 一季度, 上半年), not the whole year.
 *
 * @example namesPartOfYear('其中第四季度排查纠纷') // true; namesPartOfYear('每季度召开') // false
 */
export function namesPartOfYear(text: string): boolean {
  return PART_OF_YEAR.test(text);
}

/** The first year a text names (2023年, 2023 年度, 二〇二三年). */
export function yearIn(text: string): number | undefined {
  const match = YEAR.exec(text);
  if (match) return Number(match[1]);
  const chinese = CHINESE_YEAR.exec(text);
  const year = chinese?.[1] ? parseChineseNumeral(chinese[1]) : undefined;
  return year !== undefined && year >= 1990 && year <= 2100 ? year : undefined;
}

const YEARS = new RegExp(String.raw`(?<![0-9])((?:19|20)[0-9]{2})\s?年|([一二][${YEAR_NUMERALS}]{3})\s?年`, 'g');

/**
 * Every year a text names, in order (2023年, 2023 年度, 二〇二三年). Linear: fixed-width
 * alternatives, no nested quantifiers.
 *
 * @example yearsIn('二〇二三年工作总结和2024年计划') // [2023, 2024]
 */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  // Most headings name no year; skip the regex machinery for them.
  if (!text.includes('年')) return years;
  YEARS.lastIndex = 0;
  for (let match = YEARS.exec(text); match; match = YEARS.exec(text)) {
    const year = match[1] ? Number(match[1]) : parseChineseNumeral(match[2] ?? '');
    if (year !== undefined && year >= 1990 && year <= 2100) years.push(year);
  }
  return years;
}

// China has kept UTC+8 all year since 1991: a fixed offset gives the day and time in China on
// any machine, whatever its own time zone, with no time-zone database in the browser.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The day (`YYYY-MM-DD`) and time (`HH:mm`) in China (Asia/Shanghai) of an instant: the one
 * way a day or time a person sees or a deadline is judged by is read, whatever the machine's
 * time zone. Undefined for a value that is no instant.
 *
 * @example chinaDateTime('2025-01-20T02:32:00Z') // { date: '2025-01-20', time: '10:32' }
 */
export function chinaDateTime(
  instant: Date | string | number,
): { readonly date: string; readonly time: string } | undefined {
  const at = new Date(typeof instant === 'string' || typeof instant === 'number' ? instant : instant.getTime());
  if (Number.isNaN(at.getTime())) return undefined;
  const iso = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * Today's date in China (Asia/Shanghai) as `YYYY-MM-DD`: the day every deadline, "not in the
 * future" check and inferred year is judged by, whatever the machine's time zone (a server in
 * UTC or a laptop in Los Angeles). Pass `now` to judge as of another instant.
 *
 * @param now - the instant to read, the current one by default
 * @example chinaToday(new Date('2025-01-31T23:30:00Z')) // '2025-02-01': already 1 February in China
 */
export function chinaToday(now: Date = new Date()): string {
  const china = chinaDateTime(now);
  if (!china) throw new TypeError(`chinaToday: ${String(now)} is no instant`);
  return china.date;
}

/**
 * An instant as a person in China reads it: `2025年1月20日 10:32` in zh-CN, `2025-01-20 10:32
 * (China time)` in English; the day alone with `{ time: false }`. The text given back for a value
 * that is no instant is the value itself, so nothing shown is ever blank.
 *
 * @example formatChinaDateTime('2025-01-20T02:32:00Z', 'zh-CN') // '2025年1月20日 10:32'
 */
export function formatChinaDateTime(
  instant: Date | string | number,
  locale: 'zh-CN' | 'en',
  options: { readonly time?: boolean } = {},
): string {
  const china = chinaDateTime(instant);
  if (!china) return String(instant);
  const [year, month, day] = china.date.split('-').map(Number);
  const withTime = options.time !== false;
  if (locale === 'en') return withTime ? `${china.date} ${china.time} (China time)` : china.date;
  return `${year}年${month}月${day}日${withTime ? ` ${china.time}` : ''}`;
}

/**
 * A calendar day (`YYYY-MM-DD`, a report's 落款 or 报送 date) as a person in China reads it:
 * `2024年1月25日` in zh-CN, `2024-01-25` in English, as {@link formatChinaDateTime} writes the day
 * of an instant. The text given back for a value that is no day is the value itself.
 *
 * @example formatChinaDate('2024-01-25', 'zh-CN') // '2024年1月25日'
 */
export function formatChinaDate(date: string, locale: 'zh-CN' | 'en'): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? formatChinaDateTime(`${date}T00:00:00+08:00`, locale, { time: false })
    : date;
}

/**
 * The year a report written or collected now is on, by the day in China: from October the year
 * under way (towns write it up in its last weeks and in January, counties collect it by spring),
 * before then the year before.
 *
 * @example reportingYear(new Date('2026-12-04T02:00:00Z')) // 2026; in February 2026: 2025
 */
export function reportingYear(now: Date = new Date()): number {
  const [year = 0, month = 0] = chinaToday(now).split('-').map(Number);
  return month >= 10 ? year : year - 1;
}
