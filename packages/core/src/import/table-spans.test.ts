import { describe, expect, it } from 'vitest';
import { SpannedRows, tagSpan } from './table-spans.js';

// Rows of cells as [text, colspan, rowspan], read as a reader of tables reads them.
function grid(rows: readonly (readonly [string, number?, number?])[][]): string[][] {
  const spanned = new SpannedRows<string>();
  return rows.map((row) => {
    const line: string[] = [];
    spanned.startRow();
    for (const [text, colspan = 1, rowspan = 1] of row) {
      for (const above of spanned.spannedHere()) line.push(above);
      spanned.cell(text, { colspan, rowspan });
      for (let i = 0; i < colspan; i++) line.push(text);
    }
    for (const above of spanned.spannedHere()) line.push(above);
    return line;
  });
}

describe('SpannedRows', () => {
  it('writes a cell that spans rows into each row it covers, at its column', () => {
    expect(
      grid([
        [['矛盾纠纷化解', 1, 3], ['排查'], ['412']],
        [['调解成功'], ['405']],
        [['调解成功率'], ['98.3']],
        [['法律咨询'], ['1,860'], ['人次']],
      ]),
    ).toEqual([
      ['矛盾纠纷化解', '排查', '412'],
      ['矛盾纠纷化解', '调解成功', '405'],
      ['矛盾纠纷化解', '调解成功率', '98.3'],
      ['法律咨询', '1,860', '人次'],
    ]);
  });

  it('writes a cell that spans columns into each column, and a span at a row’s end after its cells', () => {
    expect(
      grid([
        [['合计', 2], ['817']],
        [['项目'], ['排查'], ['备注', 1, 2]],
        [['项目'], ['调解']],
      ]),
    ).toEqual([
      ['合计', '合计', '817'],
      ['项目', '排查', '备注'],
      ['项目', '调解', '备注'],
    ]);
  });
});

describe('tagSpan', () => {
  it('reads colspan and rowspan however they are quoted, bounded to 64 columns and 1,024 rows', () => {
    expect(tagSpan('<td rowspan="3" colspan=2>')).toEqual({ colspan: 2, rowspan: 3 });
    expect(tagSpan("<TD ROWSPAN='4'>")).toEqual({ colspan: 1, rowspan: 4 });
    expect(tagSpan('<td rowspan="999999" colspan="0">')).toEqual({ colspan: 1, rowspan: 1024 });
    expect(tagSpan('<td colspan="500">')).toEqual({ colspan: 64, rowspan: 1 });
    expect(tagSpan('<td class="x">')).toEqual({ colspan: 1, rowspan: 1 });
    // A span written inside another attribute's value is no span.
    expect(tagSpan('<th title="rowspan=3" data-note=\'colspan=2\'>')).toEqual({ colspan: 1, rowspan: 1 });
    expect(tagSpan('<td data-rowspan="2" rowspan = "2">')).toEqual({ colspan: 1, rowspan: 2 });
  });
});
