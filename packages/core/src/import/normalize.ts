import { FULL_STOPS, SEMICOLONS } from '../domain/punctuation.js';
import { type MappedText, MappedTextBuilder } from './mapped-text.js';

/**
 * Normalises characters without losing their mapping: full-width digits, Latin letters and
 * the signs used in numbers (％ ． ＋ －) become ASCII, but for the ． that numbers an item
 * (3．12345热线…, kept as written); the ideographic space, no-break
 * space and tabs become spaces; CR LF becomes LF; zero-width characters, the spaces Word
 * puts between Chinese and digits and the thin spaces that group a number's thousands go. Chinese
 * punctuation (，。：；（）) is kept as written: it is part of the text.
 */
export function normalizeCharacters(source: MappedText): MappedText {
  const out = new MappedTextBuilder();
  const text = source.text;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const replacement =
      (c === 32 && isNumberSpace(text, i)) || (THIN_SPACES.has(c) && groupsThousands(text, i))
        ? ''
        : c === 0xff0e && numbersItem(text, i)
          ? undefined
          : replace(c, text.charCodeAt(i + 1));
    if (replacement === undefined) continue;
    out.pushMapped(source, run, i);
    run = i + 1;
    if (replacement !== '') out.push(replacement, source.origin[i] ?? 0, false);
  }
  out.pushMapped(source, run, text.length);
  return out.build(source.origin[text.length] ?? text.length);
}

// Word puts spaces around numbers in Chinese text (北留镇 2023 年); they are not part of it.
function isNumberSpace(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  return (isHan(before) && isDigitCode(after)) || (isDigitCode(before) && isHan(after));
}

// The narrow spaces typesetting puts between a number's groups of three (38 615, 1 260): thin,
// narrow no-break, six-per-em, punctuation and hair spaces.
const THIN_SPACES = new Set([0x2009, 0x202f, 0x2006, 0x2008, 0x200a]);

// A narrow space between a digit and a group of exactly three digits (12 345 678): no part of the
// number. Looks at five characters: linear.
function groupsThousands(text: string, at: number): boolean {
  return (
    isDigitCode(text.charCodeAt(at - 1)) &&
    isDigitCode(text.charCodeAt(at + 1)) &&
    isDigitCode(text.charCodeAt(at + 2)) &&
    isDigitCode(text.charCodeAt(at + 3)) &&
    !isDigitCode(text.charCodeAt(at + 4))
  );
}

// 3．12345热线转办诉求218件: a full-width ． after one or two digits at an item's start numbers the
// item, whatever follows; anywhere else (投入1．5万元) it is a decimal point. Looks back a bounded
// stretch: linear.
function numbersItem(text: string, at: number): boolean {
  let i = at - 1;
  if (isLeadSpace(text.charCodeAt(i))) i--;
  let digits = 0;
  while (digits < 3 && isAnyDigit(text.charCodeAt(i))) {
    i--;
    digits++;
  }
  if (digits === 0 || digits > 2) return false;
  for (let spaces = 0; spaces < 8 && isLeadSpace(text.charCodeAt(i)); spaces++) i--;
  return i < 0 || ITEM_START.includes(text[i] ?? '');
}

function isLeadSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

// An ASCII or full-width digit: the number before ． is read before it is normalised.
function isAnyDigit(c: number): boolean {
  return isDigitCode(c) || (c >= 0xff10 && c <= 0xff19);
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

// undefined: keep the character; '': drop it; otherwise the replacement.
function replace(c: number, next: number): string | undefined {
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xfee0); // ０-９
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0); // Ａ-ｚ
  switch (c) {
    case 0xff05:
      return '%'; // ％
    case 0xff0e:
      return '.'; // ．
    case 0xff0b:
      return '+'; // ＋
    case 0xff0d:
      return '-'; // －
    case 0xff03:
      return '#'; // ＃
    case 0x3000:
    case 0xa0:
    case 9:
      return ' ';
    case 13:
      return next === 10 ? '' : '\n';
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0xfeff:
      return '';
    default:
      return undefined;
  }
}

/** Bullets a post puts before a heading or a line (★一、…, ● …): read past at a line's start. */
export const BULLETS = '★☆●○■□◆◇▲△▶►•◎※';

// An emoji (🔹, ✅, 📌, ❤️): a WeChat post's bullet, with the variation selector that may follow it.
const EMOJI = /^\p{Extended_Pictographic}\uFE0F?/u;

/**
 * How long the bullet at `at` is: one of {@link BULLETS}, or an emoji a WeChat post puts before its
 * headings and lines (🔹一、…, ✅（一）…, 📌2024年…); 0 where none stands.
 *
 * @example bulletAt('🔹一、主要举措', 0) // 2
 */
export function bulletAt(text: string, at: number): number {
  const char = text[at];
  if (char === undefined) return 0;
  if (BULLETS.includes(char)) return 1;
  const code = text.charCodeAt(at);
  // Emoji stand above U+2000 (the pictographs are surrogate pairs); digits and # are no bullets.
  if (!(code >= 0x2000)) return 0;
  return EMOJI.exec(text.slice(at, at + 3))?.[0].length ?? 0;
}

// What stands before an item's number: a line's start (a Markdown mark, a bullet, `**` or the `\` of
// a literal line before it), or a sentence's end in text that runs items on (…。2．…；3．…).
const ITEM_START = `\n\r${FULL_STOPS}${SEMICOLONS}#>*\\${BULLETS}`;

/**
 * Strips Markdown from one line: heading marks, quote marks, list bullets and `**`/`__`
 * emphasis. Heading levels are never taken from `#` depth: the Chinese enumerators decide.
 */
export function stripMarkdown(line: MappedText): MappedText {
  const text = line.text;
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  let hashes = start;
  while (hashes < text.length && text.charCodeAt(hashes) === 35 /* # */ && hashes - start < 6) hashes++;
  if (
    hashes > start &&
    (text.charCodeAt(hashes) === 32 || hashes === text.length || !isAsciiWord(text.charCodeAt(hashes)))
  )
    start = hashes;
  else if (text.startsWith('> ', start)) start += 2;
  else if (/^[-*+] /.test(text.slice(start, start + 2))) start += 2;
  // ★一、…, ▲ 计划…, ● …: the bullets of a post, before a heading or a line.
  for (let bullet = bulletAt(text, start); bullet > 0; bullet = bulletAt(text, start)) {
    start += bullet;
    while (start < text.length && text.charCodeAt(start) === 32) start++;
  }
  // A literal line (\…) is taken as it stands: its ** and __ are text.
  let content = start;
  while (content < text.length && text.charCodeAt(content) === 32) content++;
  if (text.charCodeAt(content) === 92 /* \ */) return start === 0 ? line : line.slice(start);
  if (text.indexOf('**', start) < 0 && text.indexOf('__', start) < 0) return start === 0 ? line : line.slice(start);
  const out = new MappedTextBuilder();
  let run = start;
  for (let i = start; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 42 || c === 95) && text.charCodeAt(i + 1) === c) {
      out.pushMapped(line, run, i);
      run = i + 2;
      i++;
    }
  }
  out.pushMapped(line, run, text.length);
  return out.build(line.origin[text.length] ?? 0);
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
