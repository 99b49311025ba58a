// The lines stage: the normalised text as lines, Markdown marks stripped and its escapes read (1\.
// is 1.), literal lines unescaped, page chrome and page numbers dropped (a 发布日期 among them kept as
// the publication date), each line's enumerator read once: the stages after it read
// `line.enumerator`, never the text again.
import { enumeratorAt, type Enumerator } from './headings.js';
import { TABLE_CELL } from './html-to-text.js';
import { LITERAL_MARK, unescapeLiteral } from './literal-lines.js';
import { isSpace, type MappedText } from './mapped-text.js';
import { isChrome, isPageNumber, publishedDateOf } from './metadata.js';
import { stripMarkdown } from './normalize.js';
import { unescapeMarkdown } from './rules/markdown-escape.js';
import { runningHeaders } from './rules/running-header.js';

/** One line of the body, as the importer reads it. */
export interface Line {
  readonly text: MappedText;
  /** Written as a Markdown heading: never joined with the next line. */
  readonly marked: boolean;
  /** A literal line (`\…`): body text as it stands, never a heading, never joined to the line before. */
  readonly literal: boolean;
  /** The enumerator the line starts with (一、, （二）, 3.), read once here; never one on a literal line. */
  readonly enumerator: Enumerator | undefined;
}

/**
 * A line of body text, its enumerator read: how every stage that cuts or writes lines (tables,
 * run-on titles and 落款) makes one.
 *
 * @param text - the line's text, trimmed
 * @param marked - written as a Markdown heading
 * @example lineOf(MappedText.of('二、存在的问题')).enumerator // { level: 1, ordinal: 2, length: 2 }
 */
export function lineOf(text: MappedText, marked = false): Line {
  return { text, marked, literal: false, enumerator: enumeratorAt(text.text) };
}

/** What the lines stage hands on: the report's lines and the date a page says it was published. */
export interface ReadLines {
  readonly lines: readonly Line[];
  readonly publishedOn: string | undefined;
}

/**
 * The report's lines, each with its offsets: a line written as a Markdown heading is `marked`, a
 * literal line (`\…`) is taken as it stands, empty lines, page chrome and page numbers are dropped.
 *
 * @param mapped - the normalised text
 * @returns the lines and the publication date from a 发布日期 line, if any
 * @example readLines(MappedText.of('标题\n\n索引号：1\n正文。')).lines.length // 2
 */
export function readLines(mapped: MappedText): ReadLines {
  let publishedOn: string | undefined;
  const lines: Line[] = [];
  // Which lines stand beside a page number: a copied PDF's running header is one of them.
  const beside: boolean[] = [];
  let afterPageNumber = false;
  for (const raw of splitLines(mapped)) {
    const marked = /^\s{0,3}#/.test(raw.text);
    const stripped = stripMarkdown(raw);
    let lead = 0;
    while (lead < stripped.length && isSpace(stripped.text.charCodeAt(lead))) lead++;
    if (stripped.text.startsWith(LITERAL_MARK, lead)) {
      // A literal line, as renderReport writes text that would otherwise be misread: taken
      // as it stands, spaces at its end too.
      lines.push({
        text: unescapeLiteral(stripped.slice(lead + 1)),
        marked: false,
        literal: true,
        enumerator: undefined,
      });
      beside.push(false);
      afterPageNumber = false;
      continue;
    }
    // 1\.全乡排查…: a Markdown editor's escape, after the marks it kept from being read are stripped.
    const line = unescapeMarkdown(stripped.trim());
    if (line.length === 0) continue;
    // A page number (- 2 -) is chrome before Markdown reads its dash as a list bullet.
    // A page's table cells come as |…|: the chrome in a table (索引号 | …) is chrome too.
    const cells = line.text.includes(TABLE_CELL) ? line.text.replaceAll(TABLE_CELL, ' ').trim() : line.text;
    const pageNumber = isPageNumber(raw.text.trim()) || isPageNumber(cells);
    if (pageNumber && lines.length > 0 && !lines[lines.length - 1]?.literal) beside[lines.length - 1] = true;
    if (isChrome(cells) || pageNumber) {
      publishedOn ??= publishedDateOf(cells);
      afterPageNumber = pageNumber;
      continue;
    }
    lines.push(lineOf(line, marked));
    beside.push(afterPageNumber && !marked);
    afterPageNumber = false;
  }
  const headers = runningHeaders(
    lines.map((line, i) => ({
      text: line.text.text,
      besidePageNumber: beside[i] === true,
      heading: line.enumerator !== undefined,
    })),
  );
  return { lines: headers.includes(true) ? lines.filter((_, i) => !headers[i]) : lines, publishedOn };
}

// The lines of the text that hold more than white space, one at a time: a blank line is never
// sliced, so text of many empty lines (deep markup, each tag a line break) allocates nothing for them
// and keeps nothing alive while the rest is read.
function* splitLines(text: MappedText): Generator<MappedText> {
  const whole = text.text;
  let start = 0;
  while (start <= whole.length) {
    const at = whole.indexOf('\n', start);
    const end = at < 0 ? whole.length : at;
    let first = start;
    while (first < end && isSpace(whole.charCodeAt(first))) first++;
    if (first < end) yield text.slice(start, end);
    start = end + 1;
  }
}
