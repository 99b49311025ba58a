import { describe, expect, it } from 'vitest';
import { formatCounter, labelNumberedParagraphs, readLists, readStyleNumbering } from './word-numbering.js';
import { descendantsNamed, parseXml } from './xml.js';

describe('formatCounter', () => {
  it('writes counters as Word’s number formats do', () => {
    expect([1, 10, 11, 20, 21, 105, 1010].map((n) => formatCounter(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '一百零五',
      '一千零一十',
    ]);
    expect(formatCounter(3, 'ideographTraditional')).toBe('丙');
    expect(formatCounter(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatCounter(12, 'chineseLegalSimplified')).toBe('拾贰');
    expect(formatCounter(4, 'upperRoman')).toBe('IV');
    expect(formatCounter(27, 'lowerLetter')).toBe('aa');
    expect(formatCounter(7, 'someFutureFormat')).toBe('7');
  });
});

describe('Word numbering', () => {
  const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="x">
    <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
    <w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>
    <w:num w:numId="8"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const styles = `<w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="h1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="myHeading"><w:basedOn w:val="h1"/></w:style></w:styles>`;

  it('numbers paragraphs by their own numbering or their style’s, with start overrides, and turns it off', () => {
    const document = `<w:document xmlns:w="x"><w:body>
      <w:p><w:pPr><w:pStyle w:val="myHeading"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>学法</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="8"/></w:numPr></w:pPr><w:r><w:t>安排</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="h1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>
      <w:p><w:r><w:t>正文</w:t></w:r></w:p>
    </w:body></w:document>`;
    const { xml, labels } = labelNumberedParagraphs(document, readLists(numbering), readStyleNumbering(styles));
    expect(labels).toBe(3);
    const texts = descendantsNamed(parseXml(xml), 'w:p').map((p) =>
      [...xml.slice(p.contentStart, p.contentEnd).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    expect(texts).toEqual(['一、总体情况', '（一）学法', '三、安排', '不编号', '正文']);
    expect(xml.match(/<w:numId w:val="0"\/>/g)).toHaveLength(4);
  });

  it('follows a multilevel list that links to a numbering style, as Word writes them', () => {
    const linked = `<w:numbering xmlns:w="x">
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:styleLink w:val="ReportList"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>`;
    const linkStyles = `<w:styles xmlns:w="x"><w:style w:type="numbering" w:styleId="ReportList"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style></w:styles>`;
    const document = `<w:document xmlns:w="x"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>主要举措</w:t></w:r></w:p></w:body></w:document>`;
    const { xml } = labelNumberedParagraphs(document, readLists(linked, linkStyles), readStyleNumbering(linkStyles));
    expect(xml).toContain('<w:t xml:space="preserve">一、</w:t>');
  });

  it('reads broken or hostile XML without throwing, in linear time', () => {
    expect(() => readLists('<w:numbering><w:num w:numId="1"><w:abstractNumId w:val="9"/>')).not.toThrow();
    const deep = '<a>'.repeat(200_000) + '</b>'.repeat(200_000);
    expect(descendantsNamed(parseXml(deep), 'a')).toHaveLength(200_000);
    const start = performance.now();
    parseXml('<w:p>'.repeat(100_000) + '</w:q>'.repeat(100_000));
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
