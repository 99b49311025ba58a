import type { MappedText } from './mapped-text.js';
import { parseChineseNumeral } from './numerals.js';

/** A Chinese enumerator at the start of a block: its level, its number, and its length. */
export interface Enumerator {
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  readonly level: number;
  readonly ordinal: number;
  readonly length: number;
}

const PATTERNS: readonly [number, RegExp][] = [
  [1, /^第([一二三四五六七八九十]{1,3})(?:部分|章)\s?[、，,:：.]?\s?/],
  [1, /^([一二三四五六七八九十]{1,3})\s?[、.]\s?/],
  [2, /^[（(]\s?([一二三四五六七八九十]{1,3})\s?[）)]\s?[、.]?\s?/],
  [2, /^([一二三四五六七八九十]{1,3})[)）]\s?/],
  [3, /^(\d{1,2})\s?[.、](?!\d)\s?/],
  [4, /^[（(]\s?(\d{1,2})\s?[）)]\s?/],
];

/**
 * The enumerator a block starts with, if any. Levels come from the enumerator, never from
 * Markdown `#` depth: `一、` 1, `（一）`/`(一)`/`一)` 2, `1.`/`1、` 3, `（1）` 4.
 * Run-in items (一是…二是…) are not headings.
 *
 * @example enumeratorAt('（二）强化法治宣传教育') // { level: 2, ordinal: 2, length: 4 }
 */
export function enumeratorAt(text: string, from = 0): Enumerator | undefined {
  const head = text.slice(from, from + 16);
  for (const [level, pattern] of PATTERNS) {
    const match = pattern.exec(head);
    if (!match) continue;
    const digits = match[1] ?? '';
    const ordinal = /^\d/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
    if (ordinal === undefined || ordinal < 1) continue;
    return { level, ordinal, length: match[0].length };
  }
  return undefined;
}

const SENTENCE_END = '。！？!?';

/**
 * Splits a heading block into its title and the text that runs on after it:
 * "（一）部分干部法治意识淡薄。部分领导干部…" has the title up to the first full stop.
 * A title-only block loses its closing punctuation.
 */
export function splitHeading(block: MappedText, enumerator: Enumerator): { title: MappedText; body?: MappedText } {
  const rest = block.slice(enumerator.length).trim();
  const text = rest.text;
  let stop = -1;
  for (let i = 0; i < text.length - 1; i++) {
    if (SENTENCE_END.includes(text[i] ?? '')) {
      stop = i;
      break;
    }
    // 1.规范执法行为：严格落实… — a short lead-in before a colon is the title too.
    if ((text[i] === '：' || text[i] === ':') && i <= 30) {
      stop = i;
      break;
    }
  }
  if (stop > 0) {
    const body = rest.slice(stop + 1).trim();
    return body.length > 0 ? { title: rest.slice(0, stop).trim(), body } : { title: trimPunctuation(rest) };
  }
  return { title: trimPunctuation(rest) };
}

function trimPunctuation(text: MappedText): MappedText {
  let end = text.length;
  while (end > 0 && '。；;：:，,！!？?'.includes(text.text[end - 1] ?? '')) end--;
  return text.slice(0, end).trim();
}

/**
 * Where a paragraph holds a heading inline ("…工作。二、存在的问题…"): the offset of the
 * first enumerator right after a full stop that `accepts` (the next number at its level),
 * or -1. A scan over full stops: linear.
 */
export function inlineHeadingAt(text: string, accepts: (enumerator: Enumerator) => boolean): number {
  for (let i = 0; i < text.length - 1; i++) {
    if (!SENTENCE_END.includes(text[i] ?? '') && text[i] !== '；') continue;
    let at = i + 1;
    while (text.charCodeAt(at) === 32) at++;
    const enumerator = enumeratorAt(text, at);
    if (enumerator && accepts(enumerator)) return at;
  }
  return -1;
}
