import { MEASURE_WORDS } from '../catalog/measure-words.js';
import { yearIn } from '../domain/dates.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { partRows } from './table-totals.js';

// Reports often give their counts as a table (项目 | 2024年 | 2023年 | 同比). The importer reads
// facts from sentences, so each figure of a table is written out as one, naming its row and
// column: "行政复议案件受理12件。". Only the latest year's column is read when columns are years
// (last year's figures are not this year's), and change or rank columns are left out; text cells
// stay as text. Under a 合计 row, the other rows are parts, named by their own label only. Every
// character keeps its place in the input, so a figure's source is its cell.

// Columns that are not counts of the year: changes, ranks, remarks, serial numbers, and last year's
// figures (上年同期, 去年) beside this year's.
const NOT_A_COUNT = /同比|环比|增减|增长|下降|变化|上年|去年|上一年|前一年|排名|名次|备注|说明|序号|编号/;
// Column headers that only say "the figure": left out of the sentence.
const JUST_THE_FIGURE =
  /^(?:数量|数值|数据|数目|个数|件数|人数|次数|合计|总数|总计|情况|指标值|完成情况|本年|本年度|全年)$/;
const UNIT_HEADER = /^(?:单位|计量单位)$/;
// A measure word in brackets in a header: 数量（件）, 受理(件), 单位：件.
const BRACKETED = /[（(]\s*([^（()）\s]{1,3})\s*[）)]|单位\s*[:：]\s*([^\s，,]{1,3})/;
const HAS_DIGIT = /[0-9０-９]/;
const MEASURE = new Set(MEASURE_WORDS);

/**
 * Whether a cell holds a measure word alone, or one after its magnitude (万人次, 千元): a 单位 column's
 * cell, which the row's figures are read in (1.6 and 万人次 read as 16,000人次, as 1.6万人次 is).
 */
export const isMeasureCell = (text: string): boolean =>
  MEASURE.has(text) || (/^[万千亿]/.test(text) && MEASURE.has(text.slice(1)));

/** Whether a column's header says it holds the rows' measure words (单位, 计量单位). */
export const isUnitHeader = (text: string): boolean => UNIT_HEADER.test(text.trim());

/**
 * Whether a cell says there is no value: empty, or a dash or slash standing for none (—, －, -, /), as a
 * table's cell for a year with no such figure is written.
 */
export const isNoValueCell = (text: string): boolean => /^[—－–\-/／]{0,3}$/.test(text.trim());

/** Whether a cell holds a figure (a count, not a year). */
export const isFigureCell = (text: string): boolean =>
  HAS_DIGIT.test(text) && text.length <= 24 && yearIn(text) === undefined;

// The measure word a header names in brackets, if it is one.
function bracketedUnit(header: string): string | undefined {
  const match = BRACKETED.exec(header);
  const word = match?.[1] ?? match?.[2];
  return word && isMeasureCell(word) ? word : undefined;
}

// A cell without its bracketed measure word (数量（件） → 数量), as mapped text.
function withoutBrackets(cell: MappedText): MappedText {
  const match = BRACKETED.exec(cell.text);
  if (!match) return cell.trim();
  return MappedText.concat([cell.slice(0, match.index), cell.slice(match.index + match[0].length)]).trim();
}

/**
 * The sentences a table says, one per row of figures, each figure named by its row and column;
 * text rows as they are, their cells joined by a comma. Every character maps to its cell.
 *
 * @param rows - the table's cells, the header row first
 */
export function tableSentences(rows: readonly (readonly MappedText[])[]): MappedText[] {
  const [header, ...body] = rows;
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const figures = body.reduce((count, row) => count + row.slice(1).filter((cell) => isFigureCell(cell.text)).length, 0);
  const joined = (cells: readonly MappedText[], comma: boolean) => {
    const out = new MappedTextBuilder();
    cells.forEach((cell, i) => {
      if (i > 0 && comma) out.push('，', cell.origin[0] ?? 0, false);
      out.pushMapped(cell, 0, cell.length);
    });
    const last = cells.at(-1);
    return out.build(last ? (last.origin[last.length] ?? 0) : 0);
  };
  if (!header || body.length === 0 || width < 2 || figures === 0) {
    // A table laid out for looks (a 落款 beside a seal, one row or one column): each cell a line
    // of its own; a table of text: each row a line.
    const layout = rows.length === 1 || width === 1;
    const filled = (row: readonly MappedText[]) => row.filter((cell) => cell.text.trim() !== '');
    return layout
      ? rows.flatMap(filled)
      : rows
          .map(filled)
          .filter((row) => row.length > 0)
          .map((row) => joined(row, true));
  }
  // The row label: the first column, or the second when the first only numbers the rows.
  const numbered =
    NOT_A_COUNT.test(header[0]?.text ?? '') || body.every((row, i) => (row[0]?.text ?? '').trim() === String(i + 1));
  const unitColumn = header.findIndex((cell) => isUnitHeader(cell.text));
  // A column of groups (类别: 矛盾纠纷化解 over three rows, a cell spanning them or written in each)
  // names no figure: the row label is the text column after it, the most specific.
  const groups = (column: number) =>
    body.some(
      (row, i) => i > 0 && (row[column]?.text.trim() ?? '') !== '' && row[column]?.text === body[i - 1]?.[column]?.text,
    );
  const years = header.map((cell) => yearIn(cell.text));
  // The specific label: text (no figure, no year, no unit, no remark), and one row's alone (a 年度 or
  // 季度 column repeats its values across the groups, so it is no label).
  const text = (column: number) => {
    const cells = body.map((row) => row[column]?.text.trim() ?? '').filter((cell) => cell !== '');
    return (
      column !== unitColumn &&
      !NOT_A_COUNT.test(header[column]?.text ?? '') &&
      years[column] === undefined &&
      cells.every((cell) => !isFigureCell(cell) && yearIn(cell) === undefined) &&
      new Set(cells).size === cells.length
    );
  };
  let labelColumn = numbered && width > 2 ? 1 : 0;
  while (labelColumn + 2 < width && groups(labelColumn) && text(labelColumn + 1)) labelColumn += 1;
  const latest = years.reduce<number>(
    (max, year) => (year === undefined ? max : Math.max(max, year)),
    Number.NEGATIVE_INFINITY,
  );
  const read = header.map(
    (cell, column) =>
      column > labelColumn &&
      column !== unitColumn &&
      !NOT_A_COUNT.test(cell.text) &&
      (years[column] === undefined || years[column] === latest),
  );
  // A column of years by row (年度: 2025年 over 2024年): only the latest year's rows are read, as only the
  // latest year's column is; last year's rows would be counted as this year's.
  const rowYears = yearRows(body);
  const latestRow = rowYears?.reduce<number>((max, year) => Math.max(max, year ?? max), Number.NEGATIVE_INFINITY);
  // With a 合计 row, the other rows are its parts (villages, offices): their figures are kept
  // without the column's name, so that no part is counted as the whole.
  const ofTotal = partRows(body.map((row) => row[labelColumn]?.text));
  const sentences: MappedText[] = [];
  for (const [index, row] of body.entries()) {
    const label = row[labelColumn];
    if (!label) continue;
    const year = rowYears?.[index];
    if (year !== undefined && year !== latestRow) continue;
    const part = ofTotal[index] === true;
    const unitCell = unitColumn >= 0 ? (row[unitColumn]?.text ?? '').trim() : '';
    const rowUnit = bracketedUnit(label.text) ?? (isMeasureCell(unitCell) ? unitCell : undefined);
    const sentence = new MappedTextBuilder();
    const texts: MappedText[] = [];
    let parts = 0;
    row.forEach((cell, column) => {
      if (column <= labelColumn || isNoValueCell(cell.text)) return;
      if (!read[column] || !isFigureCell(cell.text)) {
        if (column !== unitColumn && !isFigureCell(cell.text)) texts.push(cell);
        return;
      }
      const head = header[column];
      const unit = /[^0-9０-９.,，%％\s万亿余多约近]$/.test(cell.text)
        ? ''
        : (bracketedUnit(head?.text ?? '') ?? rowUnit ?? '');
      const name = head ? withoutBrackets(head) : undefined;
      const said = name && !part && !JUST_THE_FIGURE.test(name.text) && years[column] === undefined ? name : undefined;
      const at = cell.origin[0] ?? 0;
      if (parts > 0) sentence.push('；', at, false);
      const bare = withoutBrackets(label);
      sentence.pushMapped(bare, 0, bare.length);
      if (said) sentence.pushMapped(said, 0, said.length);
      sentence.pushMapped(cell, 0, cell.length);
      sentence.push(unit, cell.origin[cell.length] ?? at, false);
      parts++;
    });
    const end = row.at(-1);
    const endAt = end ? (end.origin[end.length] ?? 0) : 0;
    if (parts > 0) {
      sentence.push('。', endAt, false);
      sentences.push(sentence.build(endAt));
    }
    if (texts.length > 0) sentences.push(joined([label, ...texts], true));
  }
  return sentences;
}

// A year alone in a cell (2025年, 2025年度, 二〇二五年), not a day or a span of months (2025年1-11月).
const isYearCell = (cell: string): boolean =>
  /^\S{5,6}$/.test(cell.trim()) && yearIn(cell) !== undefined && /年度?$/.test(cell.trim());

// The year of each row when one column holds a year alone in every row (two rows at least), else undefined.
function yearRows(body: readonly (readonly MappedText[])[]): (number | undefined)[] | undefined {
  const width = body.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (let column = 0; column < width; column++) {
    const cells = body.map((row) => row[column]?.text ?? '');
    if (cells.filter(isYearCell).length >= 2 && cells.every((cell) => cell.trim() === '' || isYearCell(cell)))
      return cells.map((cell) => (isYearCell(cell) ? yearIn(cell) : undefined));
  }
  return undefined;
}
