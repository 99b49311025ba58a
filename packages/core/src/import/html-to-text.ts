import { decodeEntityAt } from './html-entities.js';
import { escapeLiteralMapped, LITERAL_ANCHOR, LITERAL_MARK } from './literal-lines.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { type CellSpan, type CopyBudget, SpannedRows, tagSpan } from './table-spans.js';

// Elements whose content is never report text.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'nav',
  'iframe',
  'object',
  'select',
  'button',
]);
// Elements that end a line.
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'hr',
  'dd',
  'dt',
  'dl',
  'header',
  'footer',
  'main',
  'aside',
  'form',
  'center',
  'caption',
]);
const CELLS = new Set(['td', 'th']);
/** What ends a table cell in the text of a page: the cell mark of Markdown's tables. */
export const TABLE_CELL = '|';

const ANCHOR_ID = ` id="${LITERAL_ANCHOR}`;
// A cell that spans nothing: it only moves its row's column on.
const NO_TEXT = MappedText.of('');
const PLAIN: CellSpan = { colspan: 1, rowspan: 1 };

/**
 * The visible text of an HTML page, each character mapped to its offset in the HTML.
 * Block elements end lines; scripts, styles, `<head>` and `<nav>` are dropped; entities are
 * decoded. A table row is written as a Markdown row (|cell|cell|), a cell that spans rows or columns
 * in every cell it covers (table-spans.ts), so each row has its header's cells. An empty anchor with a literal id (renderReport's HTML and Word put one where a line of
 * Markdown starts its escape) makes the rest of its block the literal line Markdown would have
 * written: `\` and the text escaped, its line breaks too. A single forward scan: every search for
 * `>` or `-->` either succeeds and moves past it, or fails once and ends tag parsing, so hostile
 * input stays linear.
 */
export function htmlToText(html: string): MappedText {
  const main = new MappedTextBuilder();
  let out = main;
  // The text of a literal line since its anchor (at `literalAt`), escaped when its block ends.
  let literalAt = -1;
  const endLiteral = (at: number) => {
    if (literalAt < 0) return;
    main.push(LITERAL_MARK, literalAt, false);
    const escaped = escapeLiteralMapped(out.build(at));
    main.pushMapped(escaped, 0, escaped.length);
    out = main;
    literalAt = -1;
  };
  const n = html.length;
  // The tables open (a table may hold one), each with the cells its rows span down.
  const tables: SpannedRows<MappedText>[] = [];
  // For each table open, whether a cell of it that spans nothing is open: its end tag may be left out
  // (<td>a<td>b), and the next cell, the row or the table's end closes it.
  const cellOpen: boolean[] = [];
  // The cell being read when it spans: its text is kept to be written again where it reaches.
  let spanning:
    | { readonly span: CellSpan; readonly outside: MappedTextBuilder; readonly table: SpannedRows<MappedText> }
    | undefined;
  // Copies of spanning cells write at most as many characters as the page has (a cell separator each,
  // and its text), so a hostile page (a long cell spanning a thousand rows, thousands of spanning cells)
  // stays linear; past that a row keeps only its own cells.
  const budget: CopyBudget = { left: n };
  const copy = (cell: MappedText, at: number) => {
    out.pushMapped(cell, 0, cell.text.length);
    out.push(TABLE_CELL, at, false);
  };
  const spannedHere = (at: number) => {
    for (const cell of tables.at(-1)?.spannedHere() ?? []) copy(cell, at);
  };
  // The cell read so far, written where it began and again in each further column it covers.
  const endCell = (at: number) => {
    if (!spanning) return;
    const { span, outside, table } = spanning;
    const cell = out.build(at);
    out = outside;
    spanning = undefined;
    out.pushMapped(cell, 0, cell.text.length);
    out.push(TABLE_CELL, at, false);
    for (let column = 1; column < span.colspan && table.take(cell); column++) copy(cell, at);
    table.cell(cell, span);
  };
  let skipping: string | undefined;
  let tagsPossible = true;
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */ && tagsPossible) {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) {
        tagsPossible = false;
        continue;
      }
      const { name, closing } = tagName(html, i + 1, close);
      const tagStart = i;
      i = close + 1;
      if (skipping !== undefined) {
        if (closing && name === skipping) skipping = undefined;
        continue;
      }
      if (!closing && SKIPPED.has(name) && html.charCodeAt(close - 1) !== 47 /* / */) {
        skipping = name;
        continue;
      }
      if (name === 'a' && !closing && literalAt < 0 && !spanning && html.slice(tagStart, close).includes(ANCHOR_ID)) {
        literalAt = tagStart;
        out = new MappedTextBuilder();
        continue;
      }
      if (BLOCKS.has(name) || CELLS.has(name)) endLiteral(tagStart);
      // A spanning cell ends at its end tag, or where the next cell, row or the table begins or ends.
      if (spanning && (CELLS.has(name) || name === 'tr' || name === 'table')) {
        endCell(tagStart);
        if (CELLS.has(name) && closing) continue;
      }
      // A cell whose end tag was left out ends where the next cell, the row or the table begins or ends.
      if (cellOpen.at(-1) && ((CELLS.has(name) && !closing) || name === 'tr' || (name === 'table' && closing))) {
        out.push(TABLE_CELL, tagStart, false);
        cellOpen[cellOpen.length - 1] = false;
      }
      // What rows above span into the row's end, before the line ends (a row's end tag may be left out).
      if (name === 'tr' || (name === 'table' && closing)) spannedHere(tagStart);
      if (name === 'table') {
        if (closing) {
          tables.pop();
          cellOpen.pop();
        } else {
          tables.push(new SpannedRows(budget, (cell) => cell.text.length + 1));
          cellOpen.push(false);
        }
      }
      if (BLOCKS.has(name)) out.push('\n', close, false);
      // A table row as a Markdown row (|cell|cell|), so the importer reads it as a table.
      if (name === 'tr' && !closing) {
        tables.at(-1)?.startRow();
        out.push(TABLE_CELL, close, false);
      } else if (CELLS.has(name) && closing) {
        // An end tag with no cell open (written twice, or after a spanning cell's end) ends nothing.
        if (cellOpen.at(-1) !== false || tables.length === 0) out.push(TABLE_CELL, close, false);
        if (cellOpen.length > 0) cellOpen[cellOpen.length - 1] = false;
      } else if (CELLS.has(name)) {
        spannedHere(tagStart);
        const span = tagSpan(html.slice(tagStart, close));
        const table = tables.at(-1);
        if (table && literalAt < 0 && (span.colspan > 1 || span.rowspan > 1)) {
          spanning = { span, outside: out, table };
          out = new MappedTextBuilder();
        } else {
          table?.cell(NO_TEXT, PLAIN);
          if (cellOpen.length > 0) cellOpen[cellOpen.length - 1] = true;
        }
      }
      continue;
    }
    if (skipping !== undefined) {
      const next = html.indexOf('<', i + 1);
      i = next < 0 ? n : next;
      continue;
    }
    if (c === 38 /* & */) {
      const decoded = decodeEntityAt(html, i);
      if (decoded) {
        out.push(decoded.text, i, false);
        i = decoded.end;
        continue;
      }
    }
    if ((c === 10 || c === 13 || c === 9) && literalAt < 0) {
      // Source line breaks are white space in HTML; lines come from block elements.
      out.push(' ', i, false);
      i++;
      continue;
    }
    // A run of plain text up to the next markup or white-space character, copied at once.
    let end = i + 1;
    while (end < n) {
      const d = html.charCodeAt(end);
      if (d === 38 || (d === 60 && tagsPossible) || ((d === 10 || d === 13 || d === 9) && literalAt < 0)) break;
      end++;
    }
    out.push(html.slice(i, end), i);
    i = end;
  }
  endCell(n);
  endLiteral(n);
  return main.build(n);
}

function tagName(html: string, from: number, to: number): { name: string; closing: boolean } {
  let i = from;
  const closing = html.charCodeAt(i) === 47;
  if (closing) i++;
  let end = i;
  while (end < to && isNameCode(html.charCodeAt(end))) end++;
  return { name: html.slice(i, end).toLowerCase(), closing };
}

// A letter or digit of a tag's name, by its code: every tag asks, so no regex and no one-character string.
function isNameCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether input looks like an HTML document or fragment rather than text or Markdown. */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 4000);
  return /^\s*</.test(head) && /<(?:html|body|p|div|br|span|table|h[1-6])\b/i.test(head);
}

/**
 * The text a person reads of an input: a page's visible text (blank lines between its
 * blocks), anything else as it is. For showing what was imported, never for offsets: a
 * figure's `source` points into the input the importer was given.
 *
 * @example readableText('<p><strong>一、</strong>总体情况</p>') // '一、总体情况'
 */
export function readableText(input: string): string {
  if (!looksLikeHtml(input)) return input;
  return htmlToText(input)
    .text.split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
}
