// Word keeps automatic numbering (一、 （一） 1.) in numbering definitions, not in the text, and
// converters drop it; but the importer reads a heading's level from its enumerator. This writes
// each numbered paragraph's label into its text, as Word displays it, and switches the paragraph's
// numbering off so no converter turns it into a list item.
import {
  applyEdits,
  childNamed,
  childrenNamed,
  descendantsNamed,
  escapeXml,
  parseXml,
  type XmlEdit,
  type XmlElement,
} from './xml.js';

/** One level of a numbering definition. */
interface Level {
  readonly format: string;
  /** `%1、`, `（%2）`: `%n` is the counter of level n. */
  readonly text: string;
  readonly start: number;
  /** Legal numbering: every `%n` in decimal. */
  readonly legal: boolean;
}

/** A list instance (`w:num`): its levels, with any start overrides applied. */
type List = ReadonlyMap<number, Level>;

const val = (element: XmlElement | undefined): string | undefined => element?.attributes.get('w:val');
const int = (text: string | undefined, fallback: number): number => {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

function readLevels(element: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(element, 'w:lvl')) {
    levels.set(int(lvl.attributes.get('w:ilvl'), 0), {
      format: val(childNamed(lvl, 'w:numFmt')) ?? 'decimal',
      text: val(childNamed(lvl, 'w:lvlText')) ?? '',
      start: int(val(childNamed(lvl, 'w:start')), 1),
      legal: childNamed(lvl, 'w:isLgl') !== undefined,
    });
  }
  return levels;
}

/**
 * The list instances of numbering.xml, by numId. An abstract numbering that only links to a
 * numbering style (`w:numStyleLink`, as Word's multilevel lists often are) takes the levels of
 * the numbering that style names (styles.xml).
 */
export function readLists(numberingXml: string | undefined, stylesXml?: string): Map<string, List> {
  const lists = new Map<string, List>();
  const root = numberingXml === undefined ? undefined : childNamed(parseXml(numberingXml), 'w:numbering');
  if (!root) return lists;
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  for (const abstract of childrenNamed(root, 'w:abstractNum')) {
    const id = abstract.attributes.get('w:abstractNumId') ?? '';
    abstracts.set(id, readLevels(abstract));
    const link = val(childNamed(abstract, 'w:numStyleLink'));
    if (link !== undefined) links.set(id, link);
  }
  const abstractOf = new Map(
    childrenNamed(root, 'w:num').map((num) => [
      num.attributes.get('w:numId') ?? '',
      val(childNamed(num, 'w:abstractNumId')) ?? '',
    ]),
  );
  if (links.size > 0) {
    const numberingStyles = numberingStyleNums(stylesXml);
    for (const [id, link] of links) {
      const target = abstractOf.get(numberingStyles.get(link) ?? '');
      const levels = target === undefined ? undefined : abstracts.get(target);
      if ((abstracts.get(id)?.size ?? 0) === 0 && levels) abstracts.set(id, levels);
    }
  }
  for (const num of childrenNamed(root, 'w:num')) {
    const levels = new Map(abstracts.get(val(childNamed(num, 'w:abstractNumId')) ?? '') ?? []);
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const ilvl = int(override.attributes.get('w:ilvl'), 0);
      const base = childNamed(override, 'w:lvl') ? readLevels(override).get(ilvl) : levels.get(ilvl);
      const start = val(childNamed(override, 'w:startOverride'));
      if (base) levels.set(ilvl, start === undefined ? base : { ...base, start: int(start, base.start) });
    }
    lists.set(num.attributes.get('w:numId') ?? '', levels);
  }
  return lists;
}

// Numbering styles (type "numbering") and the numId each names.
function numberingStyleNums(stylesXml: string | undefined): Map<string, string> {
  const nums = new Map<string, string>();
  const root = stylesXml === undefined ? undefined : childNamed(parseXml(stylesXml), 'w:styles');
  for (const style of childrenNamed(root, 'w:style')) {
    if (style.attributes.get('w:type') !== 'numbering') continue;
    const numId = val(childNamed(childNamed(childNamed(style, 'w:pPr'), 'w:numPr'), 'w:numId'));
    if (numId !== undefined) nums.set(style.attributes.get('w:styleId') ?? '', numId);
  }
  return nums;
}

/** Paragraph styles' own numbering (heading styles often carry it), following `basedOn`. */
export function readStyleNumbering(stylesXml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  const root = stylesXml === undefined ? undefined : childNamed(parseXml(stylesXml), 'w:styles');
  for (const style of childrenNamed(root, 'w:style')) {
    if (style.attributes.get('w:type') !== 'paragraph') continue;
    const numPr = childNamed(childNamed(style, 'w:pPr'), 'w:numPr');
    const numId = val(childNamed(numPr, 'w:numId'));
    const ilvl = val(childNamed(numPr, 'w:ilvl'));
    const basedOn = val(childNamed(style, 'w:basedOn'));
    own.set(style.attributes.get('w:styleId') ?? '', {
      ...(numId === undefined ? {} : { numId }),
      ...(ilvl === undefined ? {} : { ilvl: int(ilvl, 0) }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  const resolved = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    // basedOn chains are short; the bound stops a cycle in a malformed file.
    for (let at: string | undefined = id, hops = 0; at !== undefined && hops < 16; hops++) {
      const style = own.get(at);
      numId ??= style?.numId;
      ilvl ??= style?.ilvl;
      at = style?.basedOn;
    }
    if (numId !== undefined && numId !== '0') resolved.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return resolved;
}

// numId 0 is Word's "no numbering": it also overrides numbering a style would give, so no
// converter makes the paragraph a list item once its label is in its text.
const NUMBERING_OFF = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/**
 * Writes the label of every automatically numbered paragraph of `documentXml` into its text,
 * in document order with Word's counting (a level restarts when a higher one moves on), and
 * turns its numbering off. Bullets are left as they are.
 *
 * @returns the edited document.xml and how many labels were written
 */
export function labelNumberedParagraphs(
  documentXml: string,
  lists: ReadonlyMap<string, List>,
  styleNumbering: ReadonlyMap<string, { numId: string; ilvl: number }>,
): { xml: string; labels: number } {
  const counters = new Map<string, number[]>();
  const edits: XmlEdit[] = [];
  let labels = 0;
  for (const paragraph of descendantsNamed(parseXml(documentXml), 'w:p')) {
    const pPr = childNamed(paragraph, 'w:pPr');
    const numPr = childNamed(pPr, 'w:numPr');
    const style = styleNumbering.get(val(childNamed(pPr, 'w:pStyle')) ?? '');
    const numId = val(childNamed(numPr, 'w:numId')) ?? style?.numId;
    if (numId === undefined || numId === '0') continue;
    const ilvl = Math.min(8, Math.max(0, int(val(childNamed(numPr, 'w:ilvl')), style?.ilvl ?? 0)));
    const list = lists.get(numId);
    const level = list?.get(ilvl);
    if (!list || !level || level.format === 'bullet' || level.format === 'none') continue;
    const counts = counters.get(numId) ?? [];
    counters.set(numId, counts);
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? level.start : current + 1;
    counts.length = ilvl + 1;
    const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const of = list.get(at);
      return formatCounter(counts[at] ?? of?.start ?? 1, level.legal ? 'decimal' : (of?.format ?? 'decimal'));
    });
    if (!label) continue;
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
    if (!pPr) {
      edits.push({
        start: paragraph.contentStart,
        end: paragraph.contentStart,
        text: `<w:pPr>${NUMBERING_OFF}</w:pPr>${run}`,
      });
    } else if (pPr.contentStart === pPr.end) {
      // <w:pPr/>: nothing inside to edit, so a whole new one.
      edits.push(
        { start: pPr.start, end: pPr.end, text: `<w:pPr>${NUMBERING_OFF}</w:pPr>` },
        { start: pPr.end, end: pPr.end, text: run },
      );
    } else {
      if (numPr) edits.push({ start: numPr.start, end: numPr.end, text: NUMBERING_OFF });
      else edits.push({ start: pPr.contentStart, end: pPr.contentStart, text: NUMBERING_OFF });
      edits.push({ start: pPr.end, end: pPr.end, text: run });
    }
    labels++;
  }
  return { xml: applyEdits(documentXml, edits), labels };
}

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
// In counting, a gap is 零 (一百零五); digit by digit, 〇 (二〇二三).
const COUNTING_DIGITS = ['零', ...CHINESE_DIGITS.slice(1)];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const EARTHLY_BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

/**
 * A counter written in one of Word's number formats (`w:numFmt`): 3 as 三 (chineseCounting),
 * 丙 (ideographTraditional), ③, iii, c… Unknown formats fall back to digits.
 *
 * @example formatCounter(12, 'chineseCounting') // '十二'
 */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'koreanCounting':
      return chineseNumber(n, COUNTING_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((digit) => CHINESE_DIGITS[Number(digit)] ?? digit).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS[n - 1] ?? String(n);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((digit) => String.fromCodePoint(0xff10 + Number(digit))).join('');
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCodePoint(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(n);
      return format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    default:
      return String(n);
  }
}

// 1–9999 as written in Chinese: 十 for 10, 十一, 二十, 一百零五, 一千零一十.
function chineseNumber(n: number, digits: readonly string[], units: readonly string[]): string {
  if (!Number.isInteger(n) || n <= 0 || n > 9999) return String(n);
  const places = [...String(n)].map(Number).reverse();
  let out = '';
  let zero = false;
  for (let place = places.length - 1; place >= 0; place--) {
    const digit = places[place] ?? 0;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十一, not 一十一, when ten is the highest place.
    out += (digit === 1 && place === 1 && out === '' ? '' : digits[digit]) + (units[place] ?? '');
  }
  return out;
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
