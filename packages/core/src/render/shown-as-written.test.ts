// HTML and Word are read by people: they show the text as the clerk wrote it. The `\` that
// keeps a line of Markdown or plain text from being misread is for those formats only.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../docx/import-docx.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { importDraft, makeReport, makeSection } from '../testing/index.js';
import { renderReport } from './render-report.js';

const NUMBERED = '1.全乡排查矛盾纠纷146起，化解143起。';
const BACKSLASHED = '文件存于D:\\法治\\2025目录，**重点**工作3 项，第2行\n第3行';

// 柳林乡 as its clerk filled the form in: numbered sentences as paragraphs, a numbered sentence
// read as a heading of its own (its title ends with 。), a paragraph with a backslash, stars,
// a space beside a digit and a line break, one that starts with 一、, one with spaces at its ends,
// and a title that needs an escape.
function liulin(): Report {
  return makeReport({
    title: '柳林乡2025年法治政府建设工作情况的报告',
    year: 2025,
    unit: { name: '柳林乡', level: 'town', parent: { name: '示例县' } },
    issuer: '柳林乡人民政府',
    issuedOn: '2026-01-20',
    sections: [
      makeSection('measures', {
        title: '2025年推进法治政府建设的主要举措和成效',
        paragraphs: [
          NUMBERED,
          '全乡坚持和发展新时代“枫桥经验”。',
          BACKSLASHED,
          '一、这一段不是标题。',
          ' 前后留有空格 ',
        ],
        sections: [
          makeSection('measures', {
            title: '化解矛盾纠纷',
            paragraphs: [],
            sections: [
              makeSection('measures', { title: '全乡排查矛盾纠纷146起，化解143起。', paragraphs: [] }),
              makeSection('measures', { title: '12345热线转办诉求218件', paragraphs: ['办结率100%。'] }),
            ],
          }),
        ],
      }),
      makeSection('duties', { title: '2025年党政主要负责人履行推进法治建设第一责任人职责情况' }),
      makeSection('shortcomings', { title: '2025年推进法治政府建设存在的不足和原因' }),
      makeSection('plans', { title: '2026年推进法治政府建设的主要安排' }),
    ],
  });
}

// What a reader of the page sees in each heading and paragraph, tags taken out.
function htmlBlocks(html: string): string[] {
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return [...article.matchAll(/<(h[1-6]|p)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(([, , inner]) =>
    (inner ?? '')
      .replace(/<[^>]*>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );
}

// What a reader of the Word file sees in each paragraph of its body.
async function wordParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map(([, text]) => text ?? '')
      .join('')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

const shape = (sections: readonly Section[]): unknown[] =>
  sections.map((s) => ({ kind: s.kind, title: s.title, paragraphs: s.paragraphs, sections: shape(s.sections) }));

describe('HTML and Word show the text as the clerk wrote it', () => {
  it('shows a paragraph and a heading that start with 1. without a backslash on the HTML page', () => {
    const blocks = htmlBlocks(renderReport(liulin(), { format: 'html' }));
    expect(blocks).toContain(NUMBERED);
    expect(blocks).toContain('1.全乡排查矛盾纠纷146起，化解143起。');
    expect(blocks).toContain('2.12345热线转办诉求218件');
    expect(blocks).toContain(BACKSLASHED);
    expect(blocks.filter((text) => text.includes('\\') && text !== BACKSLASHED)).toEqual([]);
  });

  it('writes the Word document with the same text, no backslash added', async () => {
    const paragraphs = await wordParagraphs(await renderReport(liulin(), { format: 'docx' }));
    expect(paragraphs).toContain(NUMBERED);
    expect(paragraphs).toContain('1.全乡排查矛盾纠纷146起，化解143起。');
    expect(paragraphs).toContain('2.12345热线转办诉求218件');
    expect(paragraphs).toContain(BACKSLASHED);
    expect(paragraphs.filter((text) => text.includes('\\') && text !== BACKSLASHED)).toEqual([]);
  });

  it('keeps the escapes in Markdown and plain text, which would otherwise read 1. as a heading', () => {
    for (const format of ['markdown', 'text'] as const) {
      const text = renderReport(liulin(), { format });
      expect(text).toContain(`\\${NUMBERED}`);
      expect(text).toContain('1.\\全乡排查矛盾纠纷146起，化解143起。');
    }
  });

  it.each(['markdown', 'text', 'html'] as const)('reads the report back from %s with the same sections', (format) => {
    const report = liulin();
    expect(shape(importDraft(renderReport(report, { format })).report.sections)).toEqual(shape(report.sections));
  });

  it('reads the report back from Word with the same sections', async () => {
    const report = liulin();
    const back = (await importDocx(await renderReport(report, { format: 'docx' }))).report;
    expect(back && shape(back.sections)).toEqual(shape(report.sections));
    expect(back?.title).toBe(report.title);
  });
});
