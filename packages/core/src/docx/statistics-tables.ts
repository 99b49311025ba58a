// Word's tables, as mammoth writes them (well-formed, tables of tr/td), written out as the
// sentences they say (import/table-sentences.ts): the importer reads facts from sentences.
import { MappedText } from '../import/mapped-text.js';
import { tableSentences } from '../import/table-sentences.js';
import { cellSpan, SpannedRows } from '../import/table-spans.js';
import {
  applyEdits,
  childrenNamed,
  decode,
  descendantsNamed,
  escapeXml,
  parseXml,
  type XmlEdit,
  type XmlElement,
} from './xml.js';

function cellText(html: string, cell: XmlElement): string {
  return decode(html.slice(cell.contentStart, cell.contentEnd).replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

// The table as a grid of texts, spans repeated into every cell they cover.
function grid(html: string, table: XmlElement): string[][] {
  const rows: XmlElement[] = [];
  for (const part of table.children) {
    if (part.name === 'tr') rows.push(part);
    else if (part.name === 'thead' || part.name === 'tbody' || part.name === 'tfoot')
      rows.push(...childrenNamed(part, 'tr'));
  }
  const out: string[][] = [];
  const spanned = new SpannedRows<string>();
  for (const row of rows) {
    const line: string[] = [];
    spanned.startRow();
    for (const cell of row.children) {
      if (cell.name !== 'td' && cell.name !== 'th') continue;
      for (const above of spanned.spannedHere()) line.push(above);
      const text = cellText(html, cell);
      const span = cellSpan((name) => cell.attributes.get(name));
      spanned.cell(text, span);
      for (let i = 0; i < span.colspan; i++) line.push(text);
    }
    for (const above of spanned.spannedHere()) line.push(above);
    out.push(line);
  }
  return out;
}

/**
 * Replaces every outermost table of `html` by paragraphs of its sentences (see
 * `tableSentences` in import/table-sentences.ts); the rest of the HTML is left as it is.
 */
export function tablesAsSentences(html: string): string {
  if (!html.includes('<table')) return html;
  const edits: XmlEdit[] = [];
  let after = -1;
  for (const table of descendantsNamed(parseXml(html), 'table')) {
    if (table.start < after) continue;
    after = table.end;
    const sentences = tableSentences(grid(html, table).map((row) => row.map((cell) => MappedText.of(cell)))).map(
      (sentence) => sentence.text,
    );
    edits.push({
      start: table.start,
      end: table.end,
      text: sentences.map((sentence) => `<p>${escapeXml(sentence)}</p>`).join(''),
    });
  }
  return applyEdits(html, edits);
}
