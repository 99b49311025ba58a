// The one home of the template vocabulary validation looks for: leftovers of a template (`*次`,
// `XX件`, `××镇`, `某某`, `____`) and the importer's mark for a value it could not read (（未识别）).
// Every alternative below is a bounded run of one character class, or a fixed word, and no
// quantifier nests: each scan is linear in the text.

import { placeEndings } from '../domain/unit-names.js';

// The measure words and place endings (the domain's, 街道 and 苏木 to 自治区) a starred or crossed-out blank stands before.
const MEASURE = '[件次条个项份名人起宗场期家户套万元%年月日]';
const PLACE = `(?:${placeEndings()})`;
const STARS = '[*＊]{1,4}';
const CROSSES = '[XxＸｘ×]{1,4}';
const BLANKS = '某某|_{3,}|＿{2,}';
const UNRECOGNIZED = '[（(]\\s?未识别\\s?[）)]';
// A note left for whoever fills the template in: 待补充, 待填写, 此处填写…; in brackets it is a
// leftover wherever it stands, bare it only makes a paragraph of nothing else empty (有待补充完善 is a sentence).
const FILL_IN_WORDS = '待补充|待填写|待完善|此处填写|请填写';
const FILL_IN = `[（(【\\[]\\s?(?:${FILL_IN_WORDS})[^（()）【】\\[\\]\\n]{0,20}[）)】\\]]`;

// A leftover only where it cannot be ordinary text: a star before a measure word (not 1+1+N's
// plus or a markdown asterisk), a cross before a measure word or place suffix.
const placeholder = new RegExp(`${STARS}\\s?(?=${MEASURE})|${CROSSES}\\s?(?=${MEASURE}|${PLACE})|${BLANKS}|${FILL_IN}`);

// The same vocabulary, each blank taking the word it stands before, and the importer's mark:
// what is left after removing these from a paragraph is its own text.
const blank = new RegExp(
  `${STARS}\\s?(?:${MEASURE}|${PLACE})?|${CROSSES}\\s?(?:${MEASURE}|${PLACE})?|(?:${BLANKS})${PLACE}?|${UNRECOGNIZED}|${FILL_IN}`,
  'g',
);

const unrecognized = new RegExp(UNRECOGNIZED);

// The notes bare: only a paragraph of nothing else is empty for them (有待补充完善 is a sentence), so
// only a short rest is looked at again, and most paragraphs never are.
const fillInWords = new RegExp(FILL_IN_WORDS, 'g');
const SHORTEST_SENTENCE = 12;

// Any of the above starts with one of these; most paragraphs have none, and one class scan is cheap.
const trigger = /[*＊XxＸｘ×某_＿（(【[]/;

// A letter or digit of any script: what a paragraph of real text has and one of punctuation has not.
const word = /[\p{L}\p{N}]/u;

/**
 * The importer's mark for a value it could not read, as it writes it.
 * Validation refuses it under `submit` and `publish` (`unrecognized_value`).
 */
export const UNRECOGNIZED_MARK = '（未识别）';

/**
 * Finds the first template leftover in `text`: `*次`, `XX件`, `××镇`, `某某`, `____`, `（待补充）`.
 *
 * @returns the match, or `null` when the text has none
 * @example findPlaceholder('全年开展普法活动*次')?.[0] // '*'
 */
export function findPlaceholder(text: string): RegExpExecArray | null {
  return trigger.test(text) ? placeholder.exec(text) : null;
}

/**
 * Whether `text` holds the importer's mark for a value it could not read, （未识别） or (未识别).
 *
 * @example isUnrecognized('（未识别）') // true
 */
export function isUnrecognized(text: string): boolean {
  return trigger.test(text) && unrecognized.test(text);
}

/**
 * Whether `text` says nothing: only whitespace, punctuation, template blanks
 * (`*次`, `XX件`, `某某`, `____`, （未识别）) and notes to fill it in (待补充, （此处填写…）).
 *
 * @example hasNoText('  XX件。 ') // true
 * @example hasNoText('全年开展普法活动*次。') // false: a template, but with words of its own
 */
export function hasNoText(text: string): boolean {
  const rest = trigger.test(text) ? text.replace(blank, '') : text;
  if (!word.test(rest)) return true;
  return rest.length <= SHORTEST_SENTENCE && !word.test(rest.replace(fillInWords, ''));
}
