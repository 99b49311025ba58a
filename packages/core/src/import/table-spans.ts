// A table's cells that span rows or columns, as every reader of tables fills them: a cell's text
// in every cell it covers, so a row under a 类别 cell that spans three rows names its 类别 too and
// has as many cells as its header. One home for the Word reader's tables (docx/statistics-tables.ts)
// and a saved page's (html-to-text.ts).

/** How far a cell reaches: columns and rows, each at least 1. */
export interface CellSpan {
  readonly colspan: number;
  readonly rowspan: number;
}

// No report's table needs more; a hostile page's rowspan="999999999" reaches no further.
const MOST_COLUMNS = 64;
const MOST_ROWS = 1024;

const spanValue = (text: string | undefined, most: number) =>
  Math.min(most, Math.max(1, Number.parseInt(text ?? '1', 10) || 1));

/**
 * A cell's span from its attributes (`colspan`, `rowspan`), bounded to 64 columns and 1,024 rows.
 *
 * @param attribute - the cell's attribute by name, undefined when it has none
 * @example cellSpan((name) => ({ rowspan: '3' })[name]) // { colspan: 1, rowspan: 3 }
 */
export function cellSpan(attribute: (name: 'colspan' | 'rowspan') => string | undefined): CellSpan {
  return {
    colspan: spanValue(attribute('colspan'), MOST_COLUMNS),
    rowspan: spanValue(attribute('rowspan'), MOST_ROWS),
  };
}

// An attribute in a tag's text, its value quoted or not: rowspan="3", rowspan='3', rowspan=3. Each match
// takes a whole attribute, so a span written inside another's value (title="rowspan=3") is no span. One pass.
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * A cell's span from the text of its start tag (`<td rowspan="3">`).
 *
 * @example tagSpan('<td rowspan="3" colspan=2>') // { colspan: 2, rowspan: 3 }
 */
export function tagSpan(tag: string): CellSpan {
  const found: Partial<Record<'colspan' | 'rowspan', string>> = {};
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    const value = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    if ((name === 'colspan' || name === 'rowspan') && found[name] === undefined && /^\d{1,6}/.test(value))
      found[name] = /^\d{1,6}/.exec(value)?.[0] ?? '1';
  }
  return cellSpan((name) => found[name]);
}

/** What copies of spanning cells may still cost, shared by the tables of one input. */
export interface CopyBudget {
  left: number;
}

/**
 * The cells spanned down into a table's rows, read row by row, cell by cell: `startRow()`, then for
 * each cell `spannedHere()` (what rows above put before it) and `cell()`, and `spannedHere()` once
 * more at the row's end. Every copy is charged `cost(value)` against a budget the tables of one input
 * share (its size, say): a hostile page (thousands of cells spanning a thousand rows, or a thousand
 * tables of them) stops being copied once it is spent, so reading it stays linear; rows then keep only
 * their own cells.
 */
export class SpannedRows<T> {
  readonly #pending = new Map<number, { readonly value: T; left: number }>();
  readonly #budget: CopyBudget;
  readonly #cost: (value: T) => number;
  #column = 0;

  constructor(budget: CopyBudget = { left: Number.POSITIVE_INFINITY }, cost: (value: T) => number = () => 1) {
    this.#budget = budget;
    this.#cost = cost;
  }

  /** A new row begins at the first column. */
  startRow(): void {
    this.#column = 0;
  }

  /**
   * Whether a copy of `value` fits in what is left of the budget, charged if it does. Once one does
   * not, nothing more is copied and no span is kept.
   */
  take(value: T): boolean {
    const cost = this.#cost(value);
    if (cost > this.#budget.left) {
      this.#budget.left = 0;
      this.#pending.clear();
      return false;
    }
    this.#budget.left -= cost;
    return true;
  }

  /** The values spanned down into this row at the current column, in order; the column moves past them. */
  spannedHere(): T[] {
    const values: T[] = [];
    for (let span = this.#pending.get(this.#column); span; span = this.#pending.get(this.#column)) {
      if (!this.take(span.value)) break;
      values.push(span.value);
      span.left -= 1;
      if (span.left <= 0) this.#pending.delete(this.#column);
      this.#column += 1;
    }
    return values;
  }

  /** A cell of the row at the current column: it covers `colspan` columns, and the rows below it as `rowspan` says. */
  cell(value: T, span: CellSpan): void {
    for (let i = 0; i < span.colspan; i++) {
      if (span.rowspan > 1 && this.#budget.left > 0) this.#pending.set(this.#column, { value, left: span.rowspan - 1 });
      this.#column += 1;
    }
  }
}
