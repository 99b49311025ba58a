import { lineOf, type Line } from './lines.js';
import { MappedTextBuilder, type MappedText } from './mapped-text.js';
import { isFigureCell, isMeasureCell, isNoValueCell, isUnitHeader, tableSentences } from './table-sentences.js';

// A table as plain text shows it: a Markdown row (| a | b |), or cells a page's table or a
// tab-separated copy left apart by spaces. The separator row of Markdown (| --- | :---: |).
const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
// A header cell: a short name, no sentence in it.
const HEADER_CELL = /^[^。，；：,;:]{1,16}$/;

// The cells of a line, with their places, or undefined when it is no table row.
function cellsOf(line: MappedText): MappedText[] | undefined {
  const text = line.text;
  const cells: MappedText[] = [];
  if (text.startsWith('|')) {
    let start = 1;
    for (let at = text.indexOf('|', 1); at >= 0; at = text.indexOf('|', start)) {
      cells.push(line.slice(start, at).trim());
      start = at + 1;
    }
    if (start < text.length && text.slice(start).trim() !== '') cells.push(line.slice(start).trim());
    return cells.length >= 2 ? cells : undefined;
  }
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || /\s/.test(text[i] ?? '');
    if (!space && start < 0) start = i;
    if (space && start >= 0) {
      cells.push(line.slice(start, i));
      start = -1;
    }
  }
  return cells.length >= 2 && cells.length <= 12 ? cells : undefined;
}

// A figure alone in a cell: 640人次, 3,560件, 860余, 8.5%, 近千人.
const FIGURE_CELL = /^(?:近|约|逾|超|不足)?\d[\d,.]*\s?(?:万|亿)?(?:余|多)?\s?[^\d\s，。；：,.;:]{0,3}$/;

// A header: every cell a short name, and no heading (二、下步打算 …). A row of the same width:
// figures after its label, and nothing that reads as a sentence. Cells apart by spaces are a
// table only when every cell after the label is a figure alone.
const isHeader = (line: Line, cells: readonly MappedText[]) =>
  line.enumerator === undefined &&
  cells.every((cell) => HEADER_CELL.test(cell.text)) &&
  !cells.slice(1).every((cell) => isFigureCell(cell.text));
// A row's cells after its label may say there is no value (empty, —): a year with no such figure.
const isRow = (cells: readonly MappedText[], header: readonly MappedText[], bySpaces: boolean) =>
  cells.length === header.length &&
  cells.slice(1).some((cell) => isFigureCell(cell.text)) &&
  cells.every(
    (cell, column) =>
      HEADER_CELL.test(cell.text) || isFigureCell(cell.text) || (column > 0 && isNoValueCell(cell.text)),
  ) &&
  (!bySpaces || figuresAlone(cells, header));

// A row's serial number under a 序号 column: the label is the cell after it.
const SERIAL_HEADER = /^(?:序号|编号)$/;
const SERIAL = /^\d{1,3}$/;

// Every cell after the row's label a figure alone: the label is the first cell, or the second after
// a serial number (序号 1 排查矛盾纠纷 …), and a 单位 column holds a measure word alone (件, 人次).
function figuresAlone(cells: readonly MappedText[], header: readonly MappedText[]): boolean {
  const label = SERIAL_HEADER.test(header[0]?.text ?? '') && SERIAL.test(cells[0]?.text ?? '') ? 1 : 0;
  const unit = header.findIndex((cell) => isUnitHeader(cell.text));
  return cells.every(
    (cell, column) =>
      column <= label ||
      (column === unit ? isMeasureCell(cell.text) : FIGURE_CELL.test(cell.text) || isNoValueCell(cell.text)),
  );
}

// A row of a table that is no table of figures (a 落款 beside a seal, a table of text): its
// cells as one line, apart by spaces.
function plain(line: Line): Line {
  if (line.literal || !line.text.text.startsWith('|')) return line;
  const cells = cellsOf(line.text);
  if (!cells) return line;
  const out = new MappedTextBuilder();
  cells
    .filter((cell) => cell.length > 0)
    .forEach((cell, i) => {
      if (i > 0) out.push(' ', cell.origin[0] ?? 0, false);
      out.pushMapped(cell, 0, cell.length);
    });
  return lineOf(out.build(line.text.origin[line.text.length] ?? 0), line.marked);
}

/**
 * Reads the tables among the lines of a text or page as the sentences they say (see
 * `tableSentences`): a header line of short names, then rows of the same width with figures,
 * one sentence line per row, each figure named by its row and its column, and only the latest
 * year's column read. Lines that are no such table are left as they are.
 */
export function readTables(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const header = line && !line.literal && !line.marked ? cellsOf(line.text) : undefined;
    if (!line || !header || !isHeader(line, header)) {
      if (line) out.push(plain(line));
      i++;
      continue;
    }
    const bySpaces = !line.text.text.startsWith('|');
    const rows: MappedText[][] = [header];
    let next = i + 1;
    for (; next < lines.length; next++) {
      const candidate = lines[next];
      if (!candidate || candidate.literal) break;
      if (MARKDOWN_RULE.test(candidate.text.text)) continue;
      if (candidate.text.text.startsWith('|') === bySpaces) break;
      const cells = cellsOf(candidate.text);
      if (!cells || !isRow(cells, header, bySpaces)) break;
      rows.push(cells);
    }
    // Cells apart by spaces: two rows at least, so that a line and the next are no table by chance.
    if (rows.length < (bySpaces ? 3 : 2)) {
      out.push(plain(line));
      i++;
      continue;
    }
    for (const sentence of tableSentences(rows)) out.push(lineOf(sentence));
    i = next;
  }
  return out;
}
