import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { Qualifier } from '../schema/enums.js';
import type { Metric } from '../schema/metric.js';
import { isChineseNumeralChar, parseChineseNumeral } from './numerals.js';

export {
  differenceQualifier,
  formatChange,
  knownDirection,
  qualifierBounds,
  sumQualifier,
  type QualifiedChange,
} from './qualifier-changes.js';

/**
 * Words before a number that qualify it (不少于12次, 近百名, 约800人), longest first so 不少于
 * wins over 少于 and 不超过 over 超过. The one list the importer reads.
 */
export const QUALIFIER_PREFIXES: readonly (readonly [string, Qualifier])[] = [
  ['不少于', 'over'],
  ['不低于', 'over'],
  ['不超过', 'under'],
  ['不高于', 'under'],
  ['不多于', 'under'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['大约', 'about'],
  ['大概', 'about'],
  ['约', 'about'],
  ['超过', 'over'],
  ['突破', 'over'],
  ['逾', 'over'],
  ['超', 'over'],
  ['不足', 'under'],
  ['不到', 'under'],
  ['少于', 'under'],
  // 败诉率低于5%, 满意率高于95%: a ceiling and a floor, as 不到 and 超过 are.
  ['低于', 'under'],
  ['高于', 'over'],
  ['至少', 'over'],
];

/**
 * Words that qualify a bare 百, 千 or 万 only (上百场, 上千人次 are floors): before any other
 * number they mean something else (线上3次 is online).
 */
export const MAGNITUDE_PREFIXES: Readonly<Record<string, Qualifier>> = { 上: 'over' };

/**
 * Words after a number or its measure word that qualify it: 余/多 (800余人次, 20多场),
 * 以上 (a floor), 以下/以内 (a ceiling), 左右 (about).
 */
export const QUALIFIER_SUFFIXES: Readonly<Record<string, Qualifier>> = {
  余: 'over',
  多: 'over',
  以上: 'over',
  以下: 'under',
  以内: 'under',
  左右: 'about',
};

/** Where a qualifier word stands: before the number (不少于6场), right after it (6余场), or after the measure word (5件以上). */
export type QualifierPlace = 'beforeNumber' | 'afterNumber' | 'afterUnit';

/** The word that shows a figure's qualifier, and where it goes; `''` for an exact figure. */
export interface QualifierWord {
  readonly word: string;
  readonly place: QualifierPlace;
}

/**
 * A figure to write: its value, measure word and qualifier; a metric also brings the words it
 * was written with (`label`, `source.quote`), which {@link qualifierWord} reads. A total has none.
 */
export type QualifiedFigure = Pick<Metric, 'value' | 'unit' | 'qualifier'> & Partial<Pick<Metric, 'label' | 'source'>>;

// Suffix words longest first (以上 before 上 would matter if one were added); after a measure
// word 多 starts other words (6场多方联动), as the importer knows.
const SUFFIXES = Object.keys(QUALIFIER_SUFFIXES).sort((a, b) => b.length - a.length);
const AFTER_UNIT = SUFFIXES.filter((word) => word !== '多');

/**
 * The word to show a metric's qualifier with. In Chinese, the word the report wrote right
 * around the figure, read from the metric's `label` or `source.quote`, when that word means the
 * metric's qualifier: 不少于6场 stays 不少于 (余 and 不少于 are different words), 300人次左右
 * stays 左右. Otherwise, and always in English (a Chinese word would be read as English there),
 * the locale's usual word: 以上 after the measure word (6次以上: 余 reads oddly after a small number,
 * and 以上 is what the form's choice says), 近, 约, 不足; over, nearly, about, under. Prefix words go
 * before the number; suffix words after it, or after the measure word where the report put them there.
 *
 * @param metric - the figure: value, unit, qualifier, label and source sentence
 * @param locale - the language of the page showing it
 * @returns the word (with the spacing the locale puts beside a number) and its place
 * @example qualifierWord({ value: 6, unit: '场', qualifier: 'over', label: '开展法治讲座', source: { start: 0, end: 5, quote: '开展法治讲座不少于6场。' } }) // { word: '不少于', place: 'beforeNumber' }
 */
export function qualifierWord(metric: QualifiedFigure, locale: Locale = 'zh-CN'): QualifierWord {
  if (metric.qualifier === 'exact') return { word: '', place: 'beforeNumber' };
  if (locale === 'zh-CN') {
    for (const text of [metric.label, metric.source?.quote]) {
      const written = text === undefined ? undefined : writtenWord(text, metric);
      if (written) return written;
    }
  }
  const ui = messages[locale].ui;
  const prefix = ui.qualifierPrefix[metric.qualifier];
  if (prefix) return { word: prefix, place: 'beforeNumber' };
  const afterUnit = ui.qualifierAfterUnit[metric.qualifier];
  return afterUnit
    ? { word: afterUnit, place: 'afterUnit' }
    : { word: ui.qualifierSuffix[metric.qualifier], place: 'afterNumber' };
}

// The word beside the figure's number in `text`: the numbers worth the metric's value are tried
// from the label's place on (the figure follows what it counts), then the ones before it.
function writtenWord(text: string, metric: QualifiedFigure): QualifierWord | undefined {
  const numbers = numbersIn(text).filter((number) => number.value === metric.value);
  const from = metric.label ? Math.max(0, text.indexOf(metric.label)) : 0;
  const ordered = [
    ...numbers.filter((number) => number.start >= from),
    ...numbers.filter((number) => number.start < from),
  ];
  for (const number of ordered) {
    const found = wordAround(text, number, metric.unit);
    if (found && found.qualifier === metric.qualifier) return { word: found.word, place: found.place };
  }
  return undefined;
}

interface WrittenNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

// Every way a run of digits or Chinese numerals can be read: 50万 is 50 (of 万元) or 500000.
function numbersIn(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  let at = 0;
  while (at < text.length) {
    const start = at;
    if (isDigit(text[at])) {
      while (isDigit(text[at]) || ((text[at] === '.' || text[at] === ',') && isDigit(text[at + 1]))) at += 1;
      const value = Number(text.slice(start, at).replaceAll(',', ''));
      found.push({ start, end: at, value });
      const magnitude = text[at] === '万' ? 1e4 : text[at] === '亿' ? 1e8 : undefined;
      if (magnitude !== undefined) found.push({ start, end: at + 1, value: value * magnitude });
    } else if (isChineseNumeralChar(text[at] ?? '')) {
      while (isChineseNumeralChar(text[at] ?? '')) at += 1;
      const numeral = text.slice(start, at);
      const value = parseChineseNumeral(numeral);
      if (value !== undefined) found.push({ start, end: at, value });
      const last = numeral.at(-1);
      const head =
        numeral.length > 1 && (last === '万' || last === '亿') ? parseChineseNumeral(numeral.slice(0, -1)) : undefined;
      if (head !== undefined) found.push({ start, end: at - 1, value: head });
    } else {
      at += 1;
    }
  }
  return found;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

// The qualifier word touching a number: a prefix before it, a suffix after it or after its unit.
function wordAround(
  text: string,
  number: WrittenNumber,
  unit: string,
): (QualifierWord & { qualifier: Qualifier }) | undefined {
  const before = QUALIFIER_PREFIXES.find(
    ([word]) => number.start >= word.length && text.startsWith(word, number.start - word.length),
  );
  if (before) return { word: before[0], qualifier: before[1], place: 'beforeNumber' };
  const first = text[number.start];
  const magnitude = text[number.start - 1] ?? '';
  if ((first === '百' || first === '千' || first === '万') && Object.hasOwn(MAGNITUDE_PREFIXES, magnitude)) {
    return { word: magnitude, qualifier: MAGNITUDE_PREFIXES[magnitude] ?? 'over', place: 'beforeNumber' };
  }
  const after = SUFFIXES.find((word) => text.startsWith(word, number.end));
  if (after) return { word: after, qualifier: QUALIFIER_SUFFIXES[after] ?? 'over', place: 'afterNumber' };
  if (!text.startsWith(unit, number.end)) return undefined;
  const afterUnit = AFTER_UNIT.find((word) => text.startsWith(word, number.end + unit.length));
  return afterUnit
    ? { word: afterUnit, qualifier: QUALIFIER_SUFFIXES[afterUnit] ?? 'over', place: 'afterUnit' }
    : undefined;
}

/**
 * A figure's number with its qualifier word where the report put it, and its measure word apart:
 * 不少于6 场, 800 人次余 → { number: '800', unit: '人次余' }. For showing a figure as written.
 *
 * @example writtenFigure({ value: 6, unit: '场', qualifier: 'over', label: '不少于6场' }) // { number: '不少于6', unit: '场' }
 */
export function writtenFigure(
  metric: QualifiedFigure,
  locale: Locale = 'zh-CN',
): { readonly number: string; readonly unit: string } {
  const { word, place } = qualifierWord(metric, locale);
  const number =
    place === 'beforeNumber'
      ? `${word}${metric.value}`
      : place === 'afterNumber'
        ? `${metric.value}${word}`
        : String(metric.value);
  return { number, unit: place === 'afterUnit' ? `${metric.unit}${word}` : metric.unit };
}

/**
 * A figure with its measure word and qualifier, written as the summary writes it, so a total in
 * a table, a CSV or a chart reads like the figures it adds up: 近800件, 约800件, 不足800件,
 * 800件以上, 12%以上 (en: nearly 800 件, over 800 件). A metric keeps the word its report wrote
 * (不少于6场); a total, having no sentence, takes the locale's usual word. For a number shown
 * without its measure word, see `formatQualified`.
 *
 * @param figure - the value, its measure word (件, %, 万元, 人次…) and qualifier; a metric's label and source too
 * @param locale - the language of the page, table or file showing it
 * @returns the figure in words, e.g. '800件以上'
 * @example formatFigure({ value: 800, unit: '件', qualifier: 'over' }) // '800件以上'
 * @example formatFigure({ value: 800, unit: '件', qualifier: 'nearly' }, 'en') // 'nearly 800 件'
 */
export function formatFigure(figure: QualifiedFigure, locale: Locale = 'zh-CN'): string {
  const { number, unit } = writtenFigure(figure, locale);
  const ui = messages[locale].ui;
  return formatMessage(unit.startsWith('%') ? ui.valueWithPercent : ui.valueWithUnit, { value: number, unit });
}
