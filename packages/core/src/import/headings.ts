import type { MappedText } from './mapped-text.js';
import { ENUMERATOR_NUMERALS, parseChineseNumeral } from '../domain/numerals.js';
import { COLONS, COMMAS, FULL_STOPS, SEMICOLONS } from '../domain/punctuation.js';

/** A Chinese enumerator at the start of a block: its level, its number, and its length. */
export interface Enumerator {
  /** 0 for 第一部分, 1 for 一、 and 第一、, 2 for （一）, 3 for 1., 4 for （1）. */
  readonly level: number;
  readonly ordinal: number;
  readonly length: number;
}

const N = ENUMERATOR_NUMERALS;
const PATTERNS: readonly [number, RegExp][] = [
  [0, new RegExp(String.raw`^第([${N}]{1,3})(?:部分|章)\s?[、，,:：.]?\s?`)],
  [1, new RegExp(String.raw`^([${N}]{1,3})\s?[、.]\s?`)],
  // 第一、主要举措和成效: an ordinal with 、 numbers a first-level heading as 一、 does; 第一、二季度
  // (the first and second quarters) is no heading, nor is 第一，坚持… (a run-in item).
  [1, new RegExp(String.raw`^第([${N}]{1,3})、(?![${N}])\s?`)],
  [2, new RegExp(String.raw`^[（(]\s?([${N}]{1,3})\s?[）)]\s?[、.]?\s?`)],
  [2, new RegExp(String.raw`^([${N}]{1,3})[)）]\s?`)],
  // 1.规范执法, and 4.2025年工作安排 (a year after the dot), but no decimal (4.5万元); after 、 or a
  // full-width ． (which normalising keeps only where it numbers an item), anything: 3、12345热线….
  [3, /^(\d{1,2})\s?(?:[、．]|\.(?!\d(?!\d{3}\s?年)))\s?/],
  [4, /^[（(]\s?(\d{1,2})\s?[）)]\s?/],
];

/**
 * The enumerator a block starts with, if any. Levels come from the enumerator, never from
 * Markdown `#` depth: `第一部分` 0, `一、` 1, `（一）`/`(一)`/`一)` 2, `1.`/`1、`/`1．` 3, `（1）` 4.
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

/**
 * Splits a heading block into its title and the text that runs on after it:
 * "（一）部分干部法治意识淡薄。部分领导干部…" has the title up to the first full stop.
 * A title-only block loses its closing punctuation.
 */
export function splitHeading(block: MappedText, enumerator: Enumerator): { title: MappedText; body?: MappedText } {
  const rest = block.slice(enumerator.length).trim();
  const text = rest.text;
  for (let i = 0; i < text.length - 1; i++) {
    const char = text[i] ?? '';
    // The title ends at a full stop, or at a short lead-in's colon (1.规范执法行为：…).
    if (FULL_STOPS.includes(char) || ((char === '：' || char === ':') && i <= 30)) return cut(rest, i, i + 1);
    // …；2、next item: an item list run together.
    if ((char === '；' || char === ';') && enumeratorAt(text, i + 1)) return cut(rest, i, i + 1);
    // 主要工作及成效（一）加强组织领导: the first child starts right after the title.
    if (i > 0 && startsChild(text, i, enumerator.level)) return cut(rest, i, i);
    // 存在问题一是…二是…: run-in items start the body.
    if (i > 0 && text.startsWith('一是', i)) return cut(rest, i, i);
    // 主要举措和成效 全年排查…，…。: in text that lost its line breaks, a space ends the title
    // when a sentence with a comma follows (提高政治站位　全面落实责任 is one title of two phrases).
    if ((char === ' ' || char === '\u3000') && i >= 2 && i <= 40 && sentenceFollows(text, i + 1))
      return cut(rest, i, i + 1);
  }
  return { title: trimPunctuation(rest) };
}

// Whether a sentence with a comma starts at `at` (read up to its full stop, at most 200 characters).
function sentenceFollows(text: string, at: number): boolean {
  for (let i = at; i < Math.min(text.length, at + 200); i++) {
    const char = text[i] ?? '';
    if (char === '，' || char === ',') return true;
    if (FULL_STOPS.includes(char)) return false;
  }
  return false;
}

function startsChild(text: string, at: number, level: number): boolean {
  const code = text.charCodeAt(at);
  // Only characters a child enumerator can start with are worth a regex: a bracket, a digit,
  // or a Chinese numeral closed by a bracket (一)).
  if (code !== 0xff08 && code !== 40 && !(code >= 48 && code <= 57)) {
    let end = at;
    while (end < at + 3 && ENUMERATOR_NUMERALS.includes(text[end] ?? '')) end++;
    if (end === at || (text[end] !== ')' && text[end] !== '）')) return false;
  }
  const child = enumeratorAt(text, at);
  return child !== undefined && child.level === level + 1 && child.ordinal === 1;
}

function cut(rest: MappedText, titleEnd: number, bodyStart: number): { title: MappedText; body?: MappedText } {
  const body = rest.slice(bodyStart).trim();
  const title = rest.slice(0, titleEnd).trim();
  return body.length > 0 ? { title, body } : { title: trimPunctuation(title) };
}

// What a title-only heading loses at its end: 一、主要举措和成效。 → 主要举措和成效.
const TITLE_TRIM = `${FULL_STOPS}${SEMICOLONS}${COLONS}${COMMAS}`;

function trimPunctuation(text: MappedText): MappedText {
  let end = text.length;
  while (end > 0 && TITLE_TRIM.includes(text.text[end - 1] ?? '')) end--;
  return text.slice(0, end).trim();
}

/**
 * Where a paragraph holds a heading inline ("…工作。二、存在的问题…"): the offset of the
 * first enumerator right after a full stop that `accepts` (the next number at its level),
 * or -1. A scan over full stops: linear.
 */
export function inlineHeadingAt(text: string, accepts: (enumerator: Enumerator) => boolean): number {
  for (let i = 0; i < text.length - 1; i++) {
    if (!FULL_STOPS.includes(text[i] ?? '') && text[i] !== '；') continue;
    let at = i + 1;
    while (text.charCodeAt(at) === 32) at++;
    const enumerator = enumeratorAt(text, at);
    if (enumerator && accepts(enumerator)) return at;
  }
  return -1;
}
