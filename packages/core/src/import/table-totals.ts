// The tables' totals pass: under a 合计 (总计, 小计, 全镇…) row, the other rows are its parts
// (villages, offices), so that no part is read as the whole.
import { placeEndings } from '../domain/unit-names.js';

// The row that totals the others.
const TOTAL_ROW = new RegExp(`^(?:合计|总计|小计|共计|全(?:${placeEndings()}|局))$`);

/**
 * Which rows of a table are parts of a total row: every row but the totals, when the table has a
 * total row; none when it has not.
 *
 * @param labels - each body row's label (its first cell, or the second when the first numbers the rows)
 * @returns one entry per row: whether it is a part
 * @example partRows(['东村', '西村', '合计']) // [true, true, false]
 */
export function partRows(labels: readonly (string | undefined)[]): boolean[] {
  const total = labels.map((label) => TOTAL_ROW.test((label ?? '').trim()));
  const hasTotal = total.includes(true);
  return total.map((isTotal) => hasTotal && !isTotal);
}
