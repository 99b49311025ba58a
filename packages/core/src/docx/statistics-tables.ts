// Reports often give their counts as a table (项目 | 2023年 | 2022年 | 同比). The importer reads
// facts from sentences, so each figure of a table is written out as one, naming its row and
// column: "行政复议案件受理12件。". Only the latest year's column is read when columns are years
// (last year's figures are not this year's), and change or rank columns are left out; text cells
// stay as text. Works on the HTML mammoth writes (well-formed, tables of tr/td).
import { yearIn } from '../domain/dates.js';
import { MEASURE_WORDS } from '../catalog/measure-words.js';
import { applyEdits, childrenNamed, decode, descendantsNamed, escapeXml, parseXml, type XmlEdit, type XmlElement } from './xml.js';

// Columns that are not counts of the year: changes, ranks, remarks, serial numbers.
const NOT_A_COUNT = /同比|环比|增减|增长|下降|变化|比上年|较上年|排名|名次|备注|说明|序号|编号/;
// Column headers that only say "the figure": left out of the sentence.
const JUST_THE_FIGURE = /^(?:数量|数值|数据|数目|个数|件数|人数|次数|合计|总数|总计|情况|指标值|完成情况|本年|本年度|全年)$/;
const UNIT_HEADER = /^(?:单位|计量单位)$/;
// A measure word in brackets in a header: 数量（件）, 受理(件), 单位：件.
const BRACKETED = /[（(]\s*([^（()）\s]{1,3})\s*[）)]|单位\s*[:：]\s*([^\s，,]{1,3})/;
const HAS_DIGIT = /[0-9０-９]/;
const MEASURE = new Set(MEASURE_WORDS);

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
    else if (part.name === 'thead' || part.name === 'tbody' || part.name === 'tfoot') rows.push(...childrenNamed(part, 'tr'));
  }
  const out: string[][] = [];
  const pending = new Map<number, { text: string; left: number }>();
  for (const row of rows) {
    const line: string[] = [];
    let column = 0;
    const fill = () => {
      for (let span = pending.get(column); span; span = pending.get(column)) {
        line.push(span.text);
        if (--span.left <= 0) pending.delete(column);
        column++;
      }
    };
    for (const cell of row.children) {
      if (cell.name !== 'td' && cell.name !== 'th') continue;
      fill();
      const text = cellText(html, cell);
      const colspan = Math.min(64, Math.max(1, Number.parseInt(cell.attributes.get('colspan') ?? '1', 10) || 1));
      const rowspan = Math.min(1024, Math.max(1, Number.parseInt(cell.attributes.get('rowspan') ?? '1', 10) || 1));
      for (let i = 0; i < colspan; i++) {
        if (rowspan > 1) pending.set(column, { text, left: rowspan - 1 });
        line.push(text);
        column++;
      }
    }
    fill();
    out.push(line);
  }
  return out;
}

const isFigure = (text: string) => HAS_DIGIT.test(text) && text.length <= 24 && yearIn(text) === undefined;

// The measure word a header names in brackets, if it is one.
function bracketedUnit(header: string): string | undefined {
  const match = BRACKETED.exec(header);
  const word = match?.[1] ?? match?.[2];
  return word && MEASURE.has(word) ? word : undefined;
}

const withoutBrackets = (header: string) => header.replace(BRACKETED, '').trim();

/** The sentences a table says, one per figure; text rows as they are. */
export function tableSentences(rows: readonly (readonly string[])[]): string[] {
  const [header, ...body] = rows;
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const figures = body.reduce((count, row) => count + row.slice(1).filter(isFigure).length, 0);
  if (!header || body.length === 0 || width < 2 || figures === 0) {
    // A table laid out for looks (a 落款 beside a seal, one row or one column): each cell a line
    // of its own; a table of text: each row a line.
    const layout = rows.length === 1 || width === 1;
    return layout ? rows.flat().filter(Boolean) : rows.map((row) => row.filter(Boolean).join('，')).filter(Boolean);
  }
  // The row label: the first column, or the second when the first only numbers the rows.
  const numbered = NOT_A_COUNT.test(header[0] ?? '') || body.every((row, i) => (row[0] ?? '').trim() === String(i + 1));
  const labelColumn = numbered && width > 2 ? 1 : 0;
  const unitColumn = header.findIndex((text) => UNIT_HEADER.test(text.trim()));
  const years = header.map((text) => yearIn(text));
  const latest = years.reduce<number>((max, year) => (year === undefined ? max : Math.max(max, year)), Number.NEGATIVE_INFINITY);
  const read = header.map((text, column) => column > labelColumn && column !== unitColumn && !NOT_A_COUNT.test(text) && (years[column] === undefined || years[column] === latest));
  const sentences: string[] = [];
  for (const row of body) {
    const label = row[labelColumn] ?? '';
    const rowUnit = bracketedUnit(label) ?? (unitColumn >= 0 && MEASURE.has((row[unitColumn] ?? '').trim()) ? (row[unitColumn] ?? '').trim() : undefined);
    const parts: string[] = [];
    const texts: string[] = [];
    row.forEach((cell, column) => {
      if (column === labelColumn || !cell) return;
      if (!read[column] || !isFigure(cell)) {
        if (column !== unitColumn && !isFigure(cell)) texts.push(cell);
        return;
      }
      const head = header[column] ?? '';
      const unit = /[^0-9０-９.,，%％\s万亿余多约近]$/.test(cell) ? '' : (bracketedUnit(head) ?? rowUnit ?? '');
      const name = withoutBrackets(head);
      const said = JUST_THE_FIGURE.test(name) || years[column] !== undefined ? '' : name;
      parts.push(`${withoutBrackets(label)}${said}${cell}${unit}`);
    });
    if (parts.length > 0) sentences.push(`${parts.join('；')}。`);
    if (texts.length > 0) sentences.push([label, ...texts].join('，'));
  }
  return sentences;
}

/**
 * Replaces every outermost table of `html` by paragraphs of its sentences (see
 * {@link tableSentences}); the rest of the HTML is left as it is.
 */
export function tablesAsSentences(html: string): string {
  if (!html.includes('<table')) return html;
  const edits: XmlEdit[] = [];
  let after = -1;
  for (const table of descendantsNamed(parseXml(html), 'table')) {
    if (table.start < after) continue;
    after = table.end;
    const sentences = tableSentences(grid(html, table));
    edits.push({ start: table.start, end: table.end, text: sentences.map((sentence) => `<p>${escapeXml(sentence)}</p>`).join('') });
  }
  return applyEdits(html, edits);
}
