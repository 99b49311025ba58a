import { enumeratorAt, splitHeading, type Enumerator } from './headings.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { READING_RULES, readAsStructure } from './rules/index.js';
import { ESCAPABLE } from './rules/markdown-escape.js';
import { isSentenceItem } from './rules/sentence-item.js';

// The one escape of rendered text, written by renderReport and read by importReport, so a
// report survives the round trip whatever its strings hold. A line that starts with `\` is
// body text to take as it stands: never a heading, front matter, page chrome or 落款, never
// joined to the line before; after the `\`, `\\` is a backslash, `\n` a line break and `\r` a
// carriage return, `\*` and `\_` are `*` and `_` (so no `**` or `__` is read as Markdown), and
// `\s` is a space (one at the end of a line would be trimmed); before any other ASCII punctuation
// `\` is dropped, as Markdown drops it (\(1\) is (1)).
// A heading whose title needs the same is written `一、\title`. Lines
// without a leading `\` are read as ever, so real reports are untouched. HTML and Word, which
// people read, show the text unescaped and put an empty anchor where the `\` would stand
// (LITERAL_ANCHOR); the HTML reader turns the anchor and the rest of its block into the same line.

/** The marker of a literal line (and of an escaped heading title). */
export const LITERAL_MARK = '\\';

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '*': '\\*', _: '\\_' };
const UNESCAPES: Readonly<Record<string, string>> = { '\\': '\\', n: '\n', r: '\r', '*': '*', _: '_', s: ' ' };

/**
 * `\` → `\\`, line breaks → `\n` / `\r`, `*` → `\*`, `_` → `\_`, and a space beside a digit or
 * at the end → `\s` (the importer drops the one and trims the other).
 */
export function escapeLiteral(text: string): string {
  return escapeLiteralMapped(MappedText.of(text)).text;
}

/**
 * {@link escapeLiteral} on mapped text, each escape mapped to the character it stands for: how
 * the HTML reader writes the text after a literal anchor as the literal line a line-based format
 * would have written.
 *
 * @example escapeLiteralMapped(MappedText.of('第2行\n第3行')).text // '第2行\\n第3行'
 */
export function escapeLiteralMapped(text: MappedText): MappedText {
  const chars = text.text;
  // Spaces at the end go too: the importer trims a line.
  let end = chars.length;
  while (end > 0 && chars.charCodeAt(end - 1) === 32) end--;
  const out = new MappedTextBuilder();
  let run = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    // A space beside a digit goes too: the importer drops the spaces Word puts around numbers.
    const escaped = Object.hasOwn(ESCAPES, char)
      ? ESCAPES[char]
      : char === ' ' && (i >= end || isDigit(chars.charCodeAt(i - 1)) || isDigit(chars.charCodeAt(i + 1)))
        ? '\\s'
        : undefined;
    if (escaped === undefined) continue;
    out.pushMapped(text, run, i);
    out.push(escaped, text.origin[i] ?? 0, false);
    run = i + 1;
  }
  out.pushMapped(text, run, chars.length);
  return out.build(text.origin[chars.length] ?? 0);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The id HTML and Word give the empty anchor (a Word bookmark) that stands where a literal line's
 * `\` stands in Markdown and plain text: before a paragraph's text, after a heading's number. A
 * page shows the text as the report holds it, and the HTML reader, meeting the anchor, reads the
 * rest of its block as that literal line. An id is numbered after it (`_LawReportLiteral3`);
 * Word keeps a bookmark whose name starts with `_` out of its list.
 */
export const LITERAL_ANCHOR = '_LawReportLiteral';

/**
 * Whether a paragraph must be written as a literal line to come back as it is: it looks like
 * a heading, Markdown (a table row too), front matter, page chrome or a date; a registered reading
 * rule reads it as structure (附表：…); it is the report's title (a title repeated is dropped as a
 * page header); it holds a heading after a full stop, a line break, a backslash or a space beside a
 * digit; it has spaces at either end; or the line before it is left open, so the importer would
 * join the two.
 *
 * @param text - the paragraph
 * @param previousClosed - whether the importer takes the line before as closed
 * @param title - the report's title, when the paragraph is body text
 * @example paragraphNeedsLiteral('附表：主要指标完成情况', true) // true
 */
export function paragraphNeedsLiteral(text: string, previousClosed: boolean, title?: string): boolean {
  if (!previousClosed || text.length === 0 || text !== text.trim() || text === title) return true;
  if (/[\\\n\r]| \d|\d /.test(text) || text.includes('**') || text.includes('__')) return true;
  // Every registered rule that reads a line as structure: Markdown, page chrome, a date, a heading, an appendix.
  return readAsStructure(text);
}

// The rules a numbered sentence of a list may match and still be read back as the paragraph it is.
const ITEM_RULES = new Set(['heading-enumerator', 'sentence-item']);

/**
 * Which of a section's paragraphs need no `\` for opening with an enumerator, because the importer
 * folds them back into the section's paragraphs (rule `sentence-item`): the numbered sentences of a
 * list that ends the section's text, of one kind of enumerator deeper than its heading's
 * (四、2027年工作安排 / （一）…。/ （二）…。), in a section with no sub-sections. So print can show
 * them as the report wrote them; any other reason a paragraph needs a literal line still holds.
 *
 * @param paragraphs - the section's paragraphs
 * @param heading - the section's heading line as written (一、2027年工作安排)
 * @param hasSections - whether the section has sub-sections
 * @returns the indexes of the paragraphs that may be written as they stand
 * @example plainListItems(['（一）加强法治培训，提升干部法治素养。'], '四、2027年工作安排', false) // Set {0}
 */
export function plainListItems(paragraphs: readonly string[], heading: string, hasSections: boolean): Set<number> {
  const plain = new Set<number>();
  const under = enumeratorAt(heading);
  if (hasSections || !under) return plain;
  let level: number | undefined;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const text = paragraphs[i] ?? '';
    const enumerator = enumeratorAt(text);
    if (!enumerator || enumerator.level <= under.level || (level !== undefined && enumerator.level !== level)) break;
    if (!readsAsItem(text, enumerator)) break;
    level = enumerator.level;
    plain.add(i);
  }
  // Only a list that ends the text: a paragraph after a numbered sentence would be read as its body.
  return plain;
}

// A numbered sentence that comes back as it stands: no title cut from a body, nothing else to escape.
function readsAsItem(text: string, enumerator: Enumerator): boolean {
  if (!isSentenceItem(text) || text !== text.trim() || /[\\\n\r]| \d|\d /.test(text)) return false;
  if (text.includes('**') || text.includes('__')) return false;
  if (splitHeading(MappedText.of(text), enumerator).body !== undefined) return false;
  return !READING_RULES.some((rule) => rule.makesStructure && !ITEM_RULES.has(rule.id) && rule.matches(text));
}

/**
 * Whether a heading's title must be written escaped (`一、\title`) to come back whole: the
 * importer would cut it at a full stop or colon, trim its punctuation or spaces, or find a
 * line break, backslash or Markdown in it; or, for a section with nothing under it (`bare`), read
 * the heading as a numbered sentence, a list item that is its parent's paragraph (rule
 * `sentence-item`: （一）加强法治培训，提升干部法治素养 with no text under it).
 *
 * @param heading - the heading line as written, enumerator and title
 * @param title - the section's title
 * @param bare - whether the section has no paragraphs and no sub-sections
 * @example titleNeedsEscape('（一）加强法治培训，提升干部法治素养', '加强法治培训，提升干部法治素养', true) // true
 */
export function titleNeedsEscape(heading: string, title: string, bare = false): boolean {
  if (title.length === 0 || /[\\\n\r]| \d|\d /.test(title) || title.includes('**') || title.includes('__')) return true;
  const enumerator = enumeratorAt(heading);
  if (!enumerator || (bare && isSentenceItem(heading))) return true;
  const split = splitHeading(MappedText.of(heading), enumerator);
  return split.body !== undefined || split.title.text !== title;
}

/**
 * Undoes {@link escapeLiteral} on mapped text: each escaped character maps to its backslash.
 *
 * @example unescapeLiteral(MappedText.of('a\\\\nb')).text // 'a\\nb'
 */
export function unescapeLiteral(text: MappedText): MappedText {
  if (!text.text.includes('\\')) return text;
  const out = new MappedTextBuilder();
  let run = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text.text[i] !== '\\') continue;
    const next = text.text[i + 1] ?? '';
    const replacement = Object.hasOwn(UNESCAPES, next) ? UNESCAPES[next] : ESCAPABLE.includes(next) ? next : undefined;
    if (replacement === undefined) continue;
    out.pushMapped(text, run, i);
    out.push(replacement, text.origin[i] ?? 0, false);
    run = i + 2;
    i++;
  }
  out.pushMapped(text, run, text.length);
  return out.build(text.origin[text.length] ?? 0);
}
