import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Section } from '../schema/section.js';
import { importDocx } from './import-docx.js';

// Word files made here with the `docx` package, each with one feature the importer must read
// as Word shows it: numbering from numbering definitions, heading styles, a statistics table,
// tracked changes, comments and footnotes.

const NUMBERING = {
  config: [
    {
      reference: 'report',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};

const numbered = (text: string, level: number, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({
    ...(heading ? { heading } : {}),
    numbering: { reference: 'report', level },
    children: [new TextRun(text)],
  });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });

async function word(
  children: ISectionOptions['children'],
  extra: Partial<ConstructorParameters<typeof Document>[0]> = {},
): Promise<Uint8Array> {
  const document = new Document({ numbering: NUMBERING, sections: [{ children }], ...extra });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

// A report whose enumerators all live in Word's numbering definitions.
const body = () => [
  new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('东岭镇2023年法治政府建设工作情况的报告')] }),
  plain('2023年，东岭镇坚持以习近平法治思想为指导，现将有关情况报告如下。'),
  numbered('党政主要负责人履行推进法治建设第一责任人职责情况', 0, HeadingLevel.HEADING_1),
  plain('镇党委书记全年主持召开专题会议4次，研究部署法治建设工作。'),
  numbered('推进法治政府建设的主要举措和成效', 0, HeadingLevel.HEADING_1),
  numbered('化解矛盾纠纷', 1, HeadingLevel.HEADING_2),
  numbered('全年排查矛盾纠纷56起，调解成功48起。', 2),
  numbered('开展普法宣传活动23场。', 2),
  numbered('依法行政', 1, HeadingLevel.HEADING_2),
  plain('全年审查合同12份。'),
  numbered('推进法治政府建设存在的不足和原因', 0, HeadingLevel.HEADING_1),
  plain('执法人员专业素质有待提高。'),
  numbered('下一年度推进法治政府建设的主要安排', 0, HeadingLevel.HEADING_1),
  plain('继续深化普法宣传。'),
  plain('东岭镇人民政府'),
  plain('2024年1月18日'),
];

function titles(sections: readonly Section[], depth = 0): string[] {
  return sections.flatMap((section) => [
    `${'  '.repeat(depth)}${section.kind}: ${section.title}`,
    ...titles(section.sections, depth + 1),
  ]);
}

describe('importDocx', () => {
  it('reads headings and Word’s automatic numbering as the levels Word shows', async () => {
    const { report, converted } = await importDocx(await word(body()));
    expect(converted).toContain('一、党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(converted).toContain('（二）依法行政');
    expect(report?.title).toBe('东岭镇2023年法治政府建设工作情况的报告');
    expect(report?.year).toBe(2023);
    expect(report?.issuer).toBe('东岭镇人民政府');
    expect(report?.issuedOn).toBe('2024-01-18');
    expect(titles(report?.sections ?? [])).toEqual([
      'preamble: ',
      'duties: 党政主要负责人履行推进法治建设第一责任人职责情况',
      'measures: 推进法治政府建设的主要举措和成效',
      '  measures: 化解矛盾纠纷',
      '  measures: 依法行政',
      'shortcomings: 推进法治政府建设存在的不足和原因',
      'plans: 下一年度推进法治政府建设的主要安排',
    ]);
    // Numbered sentences with nothing under them are the text of their heading, as in a text report
    // (the sentence-item reading rule), numbered as Word shows them.
    const disputes = report?.sections[2]?.sections[0];
    expect(disputes?.paragraphs).toEqual(['1.全年排查矛盾纠纷56起，调解成功48起。', '2.开展普法宣传活动23场。']);
  });

  it('keeps every fact’s source pointing into the converted text', async () => {
    const { report, converted } = await importDocx(await word(body()));
    const handled = report?.metrics.find((metric) => metric.indicator === 'disputes.handled');
    expect(handled).toMatchObject({ value: 56, unit: '起' });
    expect(converted?.slice(handled?.source?.start, handled?.source?.end)).toBe('56起');
    expect(report?.metrics.map((metric) => metric.indicator)).toEqual(
      expect.arrayContaining(['publicity.events', 'contracts.reviewed', 'disputes.resolved']),
    );
  });

  it('restarts a lower level when a higher one moves on, as Word does', async () => {
    const { converted } = await importDocx(
      await word([
        numbered('甲', 0),
        numbered('乙', 1),
        numbered('丙', 1),
        numbered('丁', 0),
        numbered('戊', 1),
        numbered('己', 2),
        numbered('庚', 2),
      ]),
    );
    const labels = [...(converted ?? '').matchAll(/<p>([^<]*)<\/p>/g)].map((match) => match[1]);
    expect(labels).toEqual(['一、甲', '（一）乙', '（二）丙', '二、丁', '（一）戊', '1.己', '2.庚']);
  });

  it('turns a statistics table into one fact per cell, reading only this year’s column', async () => {
    const cell = (text: string) => new TableCell({ children: [plain(text)] });
    const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
    const table = new Table({
      rows: [
        row('项目', '2023年', '2022年', '同比'),
        row('行政复议案件（件）', '12', '9', '+33%'),
        row('法律咨询（人次）', '860', '700', '+23%'),
        row('备注', '数据截至12月31日', '', ''),
      ],
    });
    const { report, converted } = await importDocx(await word([...body().slice(0, 5), table, ...body().slice(5)]));
    expect(converted).toContain('<p>行政复议案件12件。</p>');
    expect(converted).not.toContain('<table');
    expect(
      report?.metrics.filter((metric) => metric.indicator === 'reconsideration.cases').map((metric) => metric.value),
    ).toEqual([12]);
    expect(
      report?.metrics
        .filter((metric) => metric.indicator === 'legalServices.consultations')
        .map((metric) => metric.value),
    ).toEqual([860]);
    // Last year's column and the change are not read as this year's figures.
    expect(report?.metrics.some((metric) => metric.value === 9 || metric.value === 700 || metric.value === 33)).toBe(
      false,
    );
    // Text in the table is kept as text.
    expect(converted).toContain('数据截至12月31日');
  });

  it('takes tracked changes as accepted and leaves comments and footnotes out', async () => {
    const file = await word(
      [
        ...body().slice(0, 6),
        new Paragraph({
          children: [
            new TextRun('全年排查矛盾纠纷'),
            new DeletedTextRun({ id: 1, author: '审核人', date: '2024-01-10T00:00:00Z', text: '50起' }),
            new InsertedTextRun({ id: 2, author: '审核人', date: '2024-01-10T00:00:00Z', text: '61起' }),
            new TextRun('。'),
            new CommentRangeStart(3),
            new TextRun('开展普法宣传活动23场'),
            new CommentRangeEnd(3),
            new TextRun({ children: [new CommentReference(3)] }),
            new FootnoteReferenceRun(1),
            new TextRun('。'),
          ],
        }),
        ...body().slice(8),
      ],
      {
        comments: {
          children: [
            {
              id: 3,
              author: '审核人',
              date: new Date('2024-01-10'),
              children: [plain('此处应为25场，请核实，共计99次')],
            },
          ],
        },
        footnotes: { 1: { children: [plain('含线上活动12场')] } },
      },
    );
    const { report, converted } = await importDocx(file);
    expect(converted).toContain('全年排查矛盾纠纷61起。');
    expect(converted).not.toContain('50起');
    expect(converted).not.toContain('请核实');
    expect(converted).not.toContain('线上活动');
    expect(
      report?.metrics.filter((metric) => metric.indicator === 'disputes.handled').map((metric) => metric.value),
    ).toEqual([61]);
  });

  it('says what is wrong with an old .doc, a damaged file and a zip that is not Word, in one error', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const good = await word(body());
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const sheet = await zip.generateAsync({ type: 'uint8array' });
    const cases: [Uint8Array, string][] = [
      [ole, '旧版 Word（.doc）'],
      [truncated, '文件已损坏'],
      [new TextEncoder().encode('这不是 Word 文件'), '文件已损坏'],
      [sheet, '不是 Word 文档'],
    ];
    for (const [bytes, says] of cases) {
      const result = await importDocx(bytes);
      expect(result.report).toBeUndefined();
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: 'import_not_a_report', severity: 'error' });
      expect(result.issues[0]?.message).toContain(says);
      expect(result.issues[0]?.messages.en).toBeTruthy();
    }
  });

  it('never throws on random bytes, random zips, or Word parts full of garbage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (bytes, asZip) => {
        const input = asZip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        const result = await importDocx(input);
        // No draft means exactly one error saying why.
        if (result.report === undefined)
          expect(result.issues.map((issue) => issue.code)).toEqual(['import_not_a_report']);
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 400 }),
        fc.string({ maxLength: 200 }),
        async (documentXml, numberingXml) => {
          const zip = new JSZip();
          zip.file('word/document.xml', documentXml);
          zip.file('word/numbering.xml', numberingXml);
          zip.file('word/styles.xml', numberingXml);
          const result = await importDocx(await zip.generateAsync({ type: 'uint8array' }));
          expect(Array.isArray(result.issues)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
