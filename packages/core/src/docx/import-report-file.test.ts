import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../render/render-docx.js';
import { beiliuReport } from '../testing/index.js';
import { decodeText } from './decode-text.js';
import { importReportFile } from './import-report-file.js';

const beiliu = readFileSync(new URL('../testing/fixtures/beiliu-2023.txt', import.meta.url), 'utf8');

// GB18030 bytes of a short report, written out by hand: 一、 (d2bb a1a2) and the title's 镇.
const gbk = (text: string): Uint8Array => {
  const table: Record<string, number[]> = { 一: [0xd2, 0xbb], '、': [0xa1, 0xa2], 镇: [0xd5, 0xf2] };
  return Uint8Array.from([...text].flatMap((char) => table[char] ?? [...new TextEncoder().encode(char)]));
};

describe('importReportFile', () => {
  it('reads a Word file by its bytes, whatever its name says', async () => {
    const bytes = new Uint8Array(await renderDocx(beiliuReport()));
    const read = await importReportFile(bytes, '北留镇.txt');
    expect(read.encoding).toBe('Word');
    expect(read.report?.unit.name).toBe('北留镇');
    expect(read.report?.metrics.length).toBe(beiliuReport().metrics.length);
  });

  it('reads text in UTF-8, UTF-16 with its mark, and GBK', async () => {
    const utf8 = await importReportFile(new TextEncoder().encode(beiliu), 'a.txt');
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.report?.year).toBe(2023);
    const utf16 = new Uint8Array(2 + beiliu.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < beiliu.length; i++)
      utf16.set([beiliu.charCodeAt(i) & 0xff, beiliu.charCodeAt(i) >> 8], 2 + i * 2);
    expect((await importReportFile(utf16, 'a.txt')).report?.metrics).toEqual(
      utf8.report?.metrics.map((metric) => ({ ...metric, source: expect.anything() })),
    );
    expect(decodeText(gbk('一、镇')).text).toBe('一、镇');
    expect(decodeText(gbk('一、镇')).encoding).toBe('gb18030');
  });

  it('reads HTML and Markdown by the name’s extension', async () => {
    const html = await importReportFile(
      new TextEncoder().encode(
        '<h1>东镇2024年法治政府建设工作报告</h1><p>一、主要举措和成效</p><p>化解矛盾纠纷<b>12</b>起。</p>',
      ),
      '东镇.HTML',
    );
    expect(html.report?.title).toBe('东镇2024年法治政府建设工作报告');
    expect(html.report?.metrics.map((metric) => [metric.value, metric.unit])).toEqual([[12, '起']]);
    const markdown = await importReportFile(
      new TextEncoder().encode('# 东镇2024年法治政府建设工作报告\n\n## 一、主要举措和成效\n\n化解矛盾纠纷**12**起。'),
      'notes.md',
    );
    expect(markdown.report?.sections.map((section) => section.title)).toContain('主要举措和成效');
  });

  it('says why a damaged Word file cannot be read, and never throws', async () => {
    const bytes = new Uint8Array(await renderDocx(beiliuReport())).slice(0, 400);
    const read = await importReportFile(bytes, 'broken.docx');
    expect(read.issues.some((issue) => issue.code === 'import_not_a_report')).toBe(true);
  });
});
