import { LITERAL_ANCHOR } from '../import/literal-lines.js';
import type { Report } from '../schema/report.js';
import { documentMetadata } from './document-metadata.js';
import { signatureDate } from './numbering.js';
import { type OutlineItem, outline } from './outline.js';

// GB/T 9704-2012 (党政机关公文格式) on A4: margins top 37 mm, bottom 35 mm, left 28 mm, right
// 26 mm; 标题 二号 (22 pt) 方正小标宋简体, 正文 三号 (16 pt) 仿宋_GB2312, 一级标题 黑体, 二级标题
// 楷体_GB2312; 22 lines of 28 characters to a page, which the 225 mm × 156 mm text area and 16 pt
// characters give with an exact line pitch of 225 mm ÷ 22 ≈ 28.95 pt; page numbers "— 1 —".
// Word has no font fallback in a run, so each font is named with the common font Word and
// LibreOffice put in its place when the official one is not installed (see FONTS).
const MM = 56.692913; // twips per millimetre
const PT = 20; // twips per point
const BODY_SIZE = 16;
const LINE = Math.round((225 / 22) * MM); // exact line pitch, twips
const INDENT = 2 * BODY_SIZE * PT; // first line indented two characters

/** The fonts of the standard, and what stands in for each where it is not installed. */
export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: '黑体' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: '宋体' },
} as const;

/**
 * The report as a Word document (.docx) in the GB/T 9704 style, with heading numbers
 * regenerated from the section tree, headings in Word's heading styles, the 落款 right-aligned
 * at the end, and the fields the text does not show kept as custom document properties, so
 * `importDocx` gives the report back. Loads the `docx` package when first called.
 *
 * @example writeFileSync('report.docx', await renderDocx(report))
 */
export async function renderDocx(report: Report): Promise<Uint8Array> {
  const docx = await import('docx');
  const {
    AlignmentType,
    Bookmark,
    Document,
    Footer,
    HeadingLevel,
    LineRuleType,
    Packer,
    PageNumber,
    Paragraph,
    TextRun,
  } = docx;
  const font = (which: keyof typeof FONTS) => ({
    eastAsia: FONTS[which].name,
    ascii: FONTS[which].name,
    hAnsi: FONTS[which].name,
  });
  const run = (text: string, which: keyof typeof FONTS, size: number) =>
    new TextRun({ text, font: font(which), size: size * 2 });
  // The item's text as the report holds it, after a bookmark where Markdown would escape the line
  // with `\`: Word shows no mark, and the importer reads the bookmark's anchor (LITERAL_ANCHOR).
  let bookmarks = 0;
  const runs = (item: OutlineItem, which: keyof typeof FONTS, size: number) => {
    if (!item.literal) return [run(item.text, which, size)];
    bookmarks += 1;
    return [new Bookmark({ id: `${LITERAL_ANCHOR}${bookmarks}`, children: [] }), run(item.text, which, size)];
  };
  const spacing = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const headingLevels = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
    HeadingLevel.HEADING_5,
    HeadingLevel.HEADING_6,
  ];
  const children = outline(report).flatMap((item) => {
    switch (item.type) {
      case 'title':
        // Two lines of space under the title, as 公文 have.
        return [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { line: LINE * 1.25, lineRule: LineRuleType.EXACT, after: LINE },
            children: runs(item, 'title', 22),
          }),
        ];
      case 'heading': {
        const which = item.depth === 1 ? 'heading1' : item.depth === 2 ? 'heading2' : 'body';
        return [
          new Paragraph({
            heading: headingLevels[Math.min(5, item.depth - 1)] ?? HeadingLevel.HEADING_6,
            spacing,
            indent: { firstLine: INDENT },
            children: [run(item.number, which, BODY_SIZE), ...runs(item, which, BODY_SIZE)],
          }),
        ];
      }
      case 'paragraph':
        return [
          new Paragraph({
            spacing,
            indent: { firstLine: INDENT },
            alignment: AlignmentType.JUSTIFIED,
            children: runs(item, 'body', BODY_SIZE),
          }),
        ];
      case 'signature': {
        // Right-aligned, four characters in from the right margin, after two blank lines.
        const signature = { alignment: AlignmentType.RIGHT, spacing, indent: { right: 4 * BODY_SIZE * PT } };
        return [
          new Paragraph({
            ...signature,
            spacing: { ...spacing, before: LINE * 2 },
            children: runs(item, 'body', BODY_SIZE),
          }),
          new Paragraph({ ...signature, children: [run(signatureDate(item.date), 'body', BODY_SIZE)] }),
        ];
      }
    }
  });
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('pageNumber'), size: 14 * 2 })],
  });
  const document = new Document({
    title: report.title,
    creator: report.issuer,
    customProperties: documentMetadata(report).map(([key, value]) => ({ name: `law-report:${key}`, value })),
    styles: {
      default: { document: { run: { font: font('body'), size: BODY_SIZE * 2 } } },
      // Word's built-in heading styles would bring their own colours and sizes.
      paragraphStyles: [
        ...headingLevels.map((_, i) => ({
          id: `Heading${i + 1}`,
          name: `heading ${i + 1}`,
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: BODY_SIZE * 2, bold: false, color: '000000' },
        })),
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 22 * 2, bold: false, color: '000000' },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
              footer: Math.round(28 * MM - 7 * MM),
            },
          },
        },
        footers: { default: new Footer({ children: [pageNumber] }) },
        children,
      },
    ],
  });
  return withFontFallbacks(await Packer.toArrayBuffer(document));
}

// Word's own way to name a stand-in for a font that is not installed: `w:altName` in the font
// table (the `docx` package writes the table empty). charset 86 is GB2312.
async function withFontFallbacks(file: ArrayBuffer): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(file);
  const fonts = Object.values(FONTS)
    .filter((font, i, all) => all.findIndex((other) => other.name === font.name) === i)
    .map(
      (font) =>
        `<w:font w:name="${font.name}">${font.fallback === font.name ? '' : `<w:altName w:val="${font.fallback}"/>`}<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    );
  zip.file(
    'word/fontTable.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
