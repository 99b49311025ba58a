// The punctuation that ends sentences and clauses in report text, the one home of each set:
// full-width as reports write it and ASCII as copies out of other tools leave it.

/** Marks that end a sentence proper: 。！？ and their ASCII forms. */
export const FULL_STOPS = '。！!？?';

/** Semicolons, which end a clause of a list of sentences (一是…；二是…). */
export const SEMICOLONS = '；;';

/** Colons, which end a lead-in (1.规范执法行为：…). */
export const COLONS = '：:';

/** Commas, which end a comma clause. */
export const COMMAS = '，,';

/** The list comma 、, which ends a clause but keeps a list (办结率、满意率均为100%) one comma clause. */
export const LIST_COMMA = '、';

/** What ends a clause: commas, stops, semicolons, colons, the list comma and line breaks. */
export const CLAUSE_END = `${COMMAS}${FULL_STOPS}${SEMICOLONS}${COLONS}${LIST_COMMA}\n`;

/** What ends a sentence for scope words: stops and semicolons (a 全年 does not reach past ；), and line breaks. */
export const SENTENCE_END = `${FULL_STOPS}${SEMICOLONS}\n`;

/** What a line closed as a paragraph ends with (a line ending otherwise is continued on the next): stops, semicolons, colons, …. */
export const PARAGRAPH_CLOSE = `${FULL_STOPS}${SEMICOLONS}${COLONS}…`;

/** Any mark of {@link CLAUSE_END} but the line break: what a heading's title or a 落款 line does not end with. */
export const CLAUSE_MARKS = `${COMMAS}${FULL_STOPS}${SEMICOLONS}${COLONS}${LIST_COMMA}`;

// An ASCII letter, digit or full stop: before a '.', it makes the '.' a decimal point (12.5), an
// item's number (1.), an abbreviation's (etc.) or part of an ellipsis (...), never a sentence's end.
const WORD_BEFORE_STOP = /[0-9A-Za-z.]/;

/**
 * Whether an ASCII '.' at `i` ends a sentence, as a text typed with ASCII punctuation writes 。:
 * after a word that is not a number or a Latin word (审结76件.全县…, 纠错率12.5%.全县…, 示范村12个.2025年…),
 * whatever follows; a decimal point has a digit before it.
 *
 * @example isAsciiStopAt('败诉5件.全县', 4) // true
 * @example isAsciiStopAt('纠错率12.5%', 5) // false: a decimal point
 */
export function isAsciiStopAt(text: string, i: number): boolean {
  if (text[i] !== '.' || i === 0) return false;
  const before = text[i - 1] ?? '';
  return !WORD_BEFORE_STOP.test(before) && !/\s/.test(before);
}

/**
 * Whether the character at `i` ends a sentence for scope words: one of {@link SENTENCE_END}, or an
 * ASCII '.' typed for 。 ({@link isAsciiStopAt}).
 *
 * @example endsSentenceAt('审结76件.全县', 5) // true
 */
export function endsSentenceAt(text: string, i: number): boolean {
  return SENTENCE_END.includes(text[i] ?? '') || isAsciiStopAt(text, i);
}

/**
 * Whether the character at `i` ends a clause: one of {@link CLAUSE_END}, or an ASCII '.' typed for 。.
 *
 * @example endsClauseAt('市级34个.县财政', 5) // true
 */
export function endsClauseAt(text: string, i: number): boolean {
  return CLAUSE_END.includes(text[i] ?? '') || isAsciiStopAt(text, i);
}

/**
 * A regular-expression character class of the given marks: `charClass(FULL_STOPS)` → `[。！!？?]`.
 * A class, never a nested quantifier: linear.
 *
 * @example new RegExp(`${charClass(SENTENCE_END)}$`).test('全年开展3场。') // true
 */
export function charClass(marks: string): string {
  return `[${marks.replace(/[\\\]^-]/g, (char) => `\\${char}`).replace(/\n/g, '\\n')}]`;
}
