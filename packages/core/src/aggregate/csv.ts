/** One row of a CSV file: its cells, and the line it starts on (a quoted cell may hold line breaks). */
export interface CsvRow {
  readonly line: number;
  readonly cells: string[];
  /** The row's last cell opened a quote that never closed: it ran to the end of the text, rows and all. */
  readonly unclosed?: true;
}

/**
 * Parses CSV text as RFC 4180 in one pass: quotes, doubled quotes, CRLF; a quote left open runs
 * to the end, and its row says so (`unclosed`), so a reader can refuse what it swallowed. Characters are taken in runs (one slice per run, never one string per character),
 * so a megabyte cell costs what a short one does per character.
 *
 * @example parseCsv('name,level\n"北留镇, 阳城县",town')[1]?.cells // ['北留镇, 阳城县', 'town']
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  // Where the characters not yet added to `cell` start.
  let run = 0;
  const flush = (end: number) => {
    if (end > run) cell += text.slice(run, end);
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        flush(i);
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
        run = i + 1;
      } else if (char === '\n') line++;
    } else if (char === '"' && cell === '' && run === i) {
      // A quote opens a cell only as its first character.
      quoted = true;
      run = i + 1;
    } else if (char === ',') {
      flush(i);
      cells.push(cell);
      cell = '';
      run = i + 1;
    } else if (char === '\n' || char === '\r') {
      flush(i);
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
      run = i + 1;
    }
  }
  flush(text.length);
  if (quoted) {
    cells.push(cell);
    rows.push({ line: rowLine, cells, unclosed: true });
  } else if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
