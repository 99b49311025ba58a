import type { SectionKind } from '../schema/enums.js';
import { classifySection } from './section-kinds.js';
import type { MappedText } from './mapped-text.js';
import { charClass, FULL_STOPS } from '../domain/punctuation.js';
import { alternation, NEXT_WORDS } from '../domain/time-words.js';

/** A top-level section whose title names two statutory contents, split where the second begins. */
export interface SplitSection {
  readonly first: {
    readonly kind: SectionKind;
    readonly title: MappedText;
    readonly paragraphs: readonly MappedText[];
  };
  readonly second: {
    readonly kind: SectionKind;
    readonly title: MappedText;
    readonly paragraphs: readonly MappedText[];
  };
}

// 存在的问题及下一步打算, 不足和下步工作安排: the words that join the two halves of such a title.
const JOINER = /及|和|与|以及|暨|、/g;

// Where the plans begin in the text of such a section: a paragraph or a sentence that opens with
// 下一步, 下步, 今后, 明年, 接下来, 下一年度, or the next year (2025年，我镇将…).
const PLANS_OPENING = new RegExp(String.raw`^(?:${alternation(NEXT_WORDS)}|(\d{4})\s?年[，,])`);

/**
 * Splits a section titled 存在的问题及下一步打算 into the shortcomings and the plans, which the
 * law asks for as two contents: the title at its joining word, the text where a paragraph or a
 * sentence opens the plans. `undefined` when the title names no such pair, or the text has no
 * such opening (then the section stays whole, as written).
 *
 * @param title - the heading without its enumerator
 * @param paragraphs - the section's paragraphs, in order
 * @param year - the year reported on: 2025年，… opens the plans of a 2024 report
 */
export function splitCombinedSection(
  title: MappedText,
  paragraphs: readonly MappedText[],
  year: number,
): SplitSection | undefined {
  const halves = titleHalves(title);
  if (!halves) return undefined;
  const [left, right] = halves;
  if (classifySection(left.text) !== 'shortcomings' || classifySection(right.text) !== 'plans') return undefined;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (!paragraph) continue;
    const at = plansOpening(paragraph.text, year);
    if (at === undefined) continue;
    const before = paragraphs.slice(0, index);
    const after = paragraphs.slice(index + 1);
    const head = paragraph.slice(0, at).trim();
    const tail = paragraph.slice(at).trim();
    return {
      first: { kind: 'shortcomings', title: left, paragraphs: head.text.length > 0 ? [...before, head] : before },
      second: { kind: 'plans', title: right, paragraphs: [tail, ...after] },
    };
  }
  return undefined;
}

// Headings that join two contents are short; a longer "title" is a sentence read as one.
const MAX_TITLE = 40;

// The title cut at the one joining word that leaves a content's name on each side.
function titleHalves(title: MappedText): [MappedText, MappedText] | undefined {
  if (title.text.length > MAX_TITLE) return undefined;
  for (const match of title.text.matchAll(JOINER)) {
    const left = title.slice(0, match.index).trim();
    const right = title.slice(match.index + match[0].length).trim();
    if (
      left.text.length >= 2 &&
      right.text.length >= 2 &&
      classifySection(right.text) === 'plans' &&
      classifySection(left.text) === 'shortcomings'
    )
      return [left, right];
  }
  return undefined;
}

// The offset of the first sentence of a paragraph that opens the plans; the paragraph's start
// counts as a sentence's.
function plansOpening(text: string, year: number): number | undefined {
  const ends = new RegExp(charClass(FULL_STOPS), 'g');
  let start = 0;
  while (start < text.length) {
    while (start < text.length && /\s/.test(text[start] ?? '')) start++;
    const opening = PLANS_OPENING.exec(text.slice(start, start + 12));
    if (opening && (opening[1] === undefined || Number(opening[1]) === year + 1)) return start;
    ends.lastIndex = start;
    const next = ends.exec(text);
    if (!next) return undefined;
    start = next.index + 1;
  }
  return undefined;
}
