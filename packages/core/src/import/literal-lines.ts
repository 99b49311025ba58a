import { enumeratorAt, splitHeading } from './headings.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { readAsStructure } from './rules/index.js';

// The one escape of rendered text, written by renderReport and read by importReport, so a
// report survives the round trip whatever its strings hold. A line that starts with `\` is
// body text to take as it stands: never a heading, front matter, page chrome or 落款, never
// joined to the line before; after the `\`, `\\` is a backslash, `\n` a line break and `\r` a
// carriage return, `\*` and `\_` are `*` and `_` (so no `**` or `__` is read as Markdown), and
// `\s` is a space (one at the end of a line would be trimmed).
// A heading whose title needs the same is written `一、\title`. Lines
// without a leading `\` are read as ever, so real reports are untouched.

/** The marker of a literal line (and of an escaped heading title). */
export const LITERAL_MARK = '\\';

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '*': '\\*', _: '\\_' };
const UNESCAPES: Readonly<Record<string, string>> = { '\\': '\\', n: '\n', r: '\r', '*': '*', _: '_', s: ' ' };

/**
 * `\` → `\\`, line breaks → `\n` / `\r`, `*` → `\*`, `_` → `\_`, and a space beside a digit or
 * at the end → `\s` (the importer drops the one and trims the other).
 */
export function escapeLiteral(text: string): string {
  // A space beside a digit goes too: the importer drops the spaces Word puts around numbers.
  const escaped = text.replace(/[\\\n\r*_]| (?=\d)|(?<=\d) /g, (char) => ESCAPES[char] ?? '\\s');
  let end = escaped.length;
  while (end > 0 && escaped[end - 1] === ' ') end--;
  return `${escaped.slice(0, end)}${'\\s'.repeat(escaped.length - end)}`;
}

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

/**
 * Whether a heading's title must be written escaped (`一、\title`) to come back whole: the
 * importer would cut it at a full stop or colon, trim its punctuation or spaces, or find a
 * line break, backslash or Markdown in it.
 */
export function titleNeedsEscape(heading: string, title: string): boolean {
  if (title.length === 0 || /[\\\n\r]| \d|\d /.test(title) || title.includes('**') || title.includes('__')) return true;
  const enumerator = enumeratorAt(heading);
  if (!enumerator) return true;
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
    const replacement = Object.hasOwn(UNESCAPES, next) ? UNESCAPES[next] : undefined;
    if (replacement === undefined) continue;
    out.pushMapped(text, run, i);
    out.push(replacement, text.origin[i] ?? 0, false);
    run = i + 2;
    i++;
  }
  out.pushMapped(text, run, text.length);
  return out.build(text.origin[text.length] ?? 0);
}
