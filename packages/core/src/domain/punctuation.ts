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

/**
 * A regular-expression character class of the given marks: `charClass(FULL_STOPS)` → `[。！!？?]`.
 * A class, never a nested quantifier: linear.
 *
 * @example new RegExp(`${charClass(SENTENCE_END)}$`).test('全年开展3场。') // true
 */
export function charClass(marks: string): string {
  return `[${marks.replace(/[\\\]^-]/g, (char) => `\\${char}`).replace(/\n/g, '\\n')}]`;
}
