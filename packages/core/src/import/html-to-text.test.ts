import { describe, expect, it } from 'vitest';
import { htmlToText, readableText } from './html-to-text.js';

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
