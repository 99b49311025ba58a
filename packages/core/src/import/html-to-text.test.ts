import { describe, expect, it } from 'vitest';
import { htmlToText, readableText } from './html-to-text.js';

// A page's text lines, blank ones left out.
const linesOf = (html: string) => htmlToText(html).text.split('\n').filter(Boolean);

describe('readableText', () => {
  it('gives a page’s text, one paragraph a block, no markup left', () => {
    expect(readableText('<p><strong>一、</strong>总体情况</p><p>全年办理 <span>12</span> 件。</p>')).toBe(
      '一、总体情况\n\n全年办理 12 件。',
    );
  });

  it('leaves text and Markdown as they are', () => {
    expect(readableText('一、总体情况\n**全年** <办理> 12 件')).toBe('一、总体情况\n**全年** <办理> 12 件');
  });
});

describe('htmlToText', () => {
  it('writes a cell that spans rows or columns into every cell it covers, mapped to the cell', () => {
    const html =
      '<table><tr><th>类别</th><th>指标</th><th>数量</th></tr><tr><td rowspan="2">矛盾</td><td>排查</td><td>412</td></tr><tr><td>调解</td><td>405</td></tr><tr><td colspan=2>合计</td><td>817</td></tr></table>';
    const text = htmlToText(html);
    expect(text.text.split('\n').filter(Boolean)).toEqual([
      '|类别|指标|数量|',
      '|矛盾|排查|412|',
      '|矛盾|调解|405|',
      '|合计|合计|817|',
    ]);
    const copy = text.text.lastIndexOf('矛盾');
    expect(html.slice(text.origin[copy], (text.origin[copy] ?? 0) + 2)).toBe('矛盾');
  });

  it('puts a spanning cell in its own column after plain cells, in every row it covers', () => {
    const html =
      '<table><tr><th>序号</th><th>类别</th><th>项目</th><th>单位</th></tr><tr><td>1</td><td rowspan="2">矛盾</td><td>排查</td><td rowspan="3">件</td></tr><tr><td>2</td><td>调解</td></tr><tr><td>3</td><td>复议</td><td>诉讼</td></tr></table>';
    expect(linesOf(html)).toEqual([
      '|序号|类别|项目|单位|',
      '|1|矛盾|排查|件|',
      '|2|矛盾|调解|件|',
      '|3|复议|诉讼|件|',
    ]);
  });

  it('ends a cell whose end tag was left out where the next cell, row or table begins', () => {
    const html =
      '<table><tr><th>指标<th>2025年<th>2024年<tr><td>法律咨询<td>930人次<td>870人次<tr><td>排查<td rowspan=2>164件<td>151件</table>';
    expect(linesOf(html)).toEqual(['|指标|2025年|2024年|', '|法律咨询|930人次|870人次|', '|排查|164件|151件|']);
    // A cell holding a table stays open across it; an end tag written twice ends one cell.
    expect(linesOf('<table><tr><td>甲<table><tr><td>乙</td></tr></table><td>丙</td></td></tr></table>')).toEqual([
      '|甲',
      '|乙|',
      '|丙|',
    ]);
  });

  it('stops copying spanning cells once the copies would outgrow the page, rows keeping their own cells', () => {
    const long = '法'.repeat(1000);
    const html = `<table><tr><td rowspan="1000">${long}</td><td>1</td></tr>${'<tr><td>2</td></tr>'.repeat(999)}</table>`;
    const text = htmlToText(html).text;
    expect(text.length).toBeLessThan(html.length * 2 + 1000);
    expect(text).toContain('\n|2|');
    // Thousands of cells spanning every row cost no more than the page's size either.
    const wide = `<table><tr>${'<td colspan=64 rowspan=1024>x</td>'.repeat(120)}</tr>${'<tr>'.repeat(1023)}</table>`;
    expect(htmlToText(wide).text.length).toBeLessThan(wide.length * 3);
  });

  it('reads the rest of a block after a literal anchor as the literal line Markdown writes', () => {
    const html =
      '<p><a id="_LawReportLiteral1"></a>1.全乡排查*重点*\n第2行</p><h4>2.<a id="_LawReportLiteral2"></a>标题 3 项</h4><p>1.正文</p>';
    expect(htmlToText(html).text).toBe('\n\\1.全乡排查\\*重点\\*\\n第2行\n\n2.\\标题\\s3\\s项\n\n1.正文\n');
  });

  it('maps each escape of a literal line to the character it stands for', () => {
    const html = '<p><a id="_LawReportLiteral1"></a>a&amp;*b</p>';
    const text = htmlToText(html);
    const star = text.text.indexOf('\\*');
    expect(html.slice(text.origin[star] ?? 0, (text.origin[star] ?? 0) + 1)).toBe('*');
    expect(text.text).toBe('\n\\a&\\*b\n');
  });
});
