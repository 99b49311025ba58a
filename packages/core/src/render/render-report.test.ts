import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Qualifier, SectionKind } from '../schema/enums.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { beiliuReport, importDraft, makeReport, makeSection } from '../testing/index.js';
import { chineseOrdinal, enumerator } from './numbering.js';
import { renderReport } from './render-report.js';
import { importDocx } from '../docx/import-docx.js';
import JSZip from 'jszip';

const formats = ['markdown', 'text', 'html'] as const;

describe('numbering', () => {
  it('writes Chinese ordinals', () => {
    expect([1, 10, 11, 20, 23, 99].map(chineseOrdinal)).toEqual(['一', '十', '十一', '二十', '二十三', '九十九']);
  });

  it('numbers each level as GB/T 9704 does', () => {
    expect([enumerator(1, 2), enumerator(2, 3), enumerator(3, 4), enumerator(4, 5)]).toEqual([
      '二、',
      '（三）',
      '4.',
      '（5）',
    ]);
  });
});

describe('renderReport', () => {
  it('regenerates the numbering from the tree', () => {
    const text = renderReport(beiliuReport(), { format: 'text' });
    expect(text).toContain('\n一、2023年党政主要负责人履行推进法治建设第一责任人职责情况\n');
    expect(text).toContain('\n（六）深化公共法律服务，实现“法治惠民”目标\n');
    expect(text).toContain('\n五、2024年度推进法治政府建设的主要安排和具体计划\n');
    expect(text.trimEnd().endsWith('北留镇人民政府\n2024年1月25日')).toBe(true);
  });

  it('writes print-ready HTML in the GB/T 9704 style, escaping all text', () => {
    const report = makeReport({ title: '示例镇2023年<script>alert(1)</script>报告' });
    const html = renderReport(report, { format: 'html' });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toMatch(/h1 \{[^}]*小标宋/);
    expect(html).toMatch(/h2 \{[^}]*黑体/);
    expect(html).toMatch(/h3 \{[^}]*楷体/);
    expect(html).toMatch(/\.signature \{[^}]*text-align: right/);
  });

  it('refuses an unknown format', () => {
    expect(() => renderReport(makeReport(), { format: 'pdf' as never })).toThrow(/unknown format "pdf"/);
  });
});

describe('importDraft(renderReport(report))', () => {
  const shape = (sections: readonly Section[]): unknown[] =>
    sections.map((s) => ({ kind: s.kind, title: s.title, paragraphs: s.paragraphs, sections: shape(s.sections) }));
  const facts = (metrics: readonly Metric[]) => metrics.map((m) => [m.value, m.unit, m.qualifier]);

  it.each(formats)('gives back the 北留镇 report from %s', (format) => {
    const original = importDraft(renderReport(beiliuReport(), { format: 'text' })).report;
    const { report } = importDraft(renderReport(original, { format }));
    expect(shape(report.sections)).toEqual(shape(original.sections));
    expect(report.metrics.map(({ source: _source, ...m }) => m)).toEqual(
      original.metrics.map(({ source: _source, ...m }) => m),
    );
    expect([report.title, report.year, report.issuer, report.issuedOn]).toEqual([
      original.title,
      original.year,
      original.issuer,
      original.issuedOn,
    ]);
  });

  it('keeps metadata the text does not show through Markdown front matter and HTML meta tags', () => {
    const report = {
      ...beiliuReport(),
      submittedOn: '2024-01-26',
      publishedOn: '2024-03-01',
      confidentialityReviewed: true,
    };
    report.unit = { name: '北留镇', level: 'town', code: '140522100', parent: { name: '阳城县', code: '140522' } };
    for (const format of ['markdown', 'html'] as const) {
      const back = importDraft(renderReport(report, { format })).report;
      expect(back).toMatchObject({
        unit: report.unit,
        submittedOn: '2024-01-26',
        publishedOn: '2024-03-01',
        confidentialityReviewed: true,
      });
    }
  });

  it('keeps sections, metrics and metadata of generated reports in every format', () => {
    fc.assert(
      fc.property(generatedReport(), fc.constantFrom(...formats), (report, format) => {
        const back = importDraft(renderReport(report, { format })).report;
        expect(shape(back.sections)).toEqual(shape(report.sections));
        expect(facts(back.metrics)).toEqual(facts(report.metrics));
        expect([back.title, back.year, back.unit.name, back.issuer, back.issuedOn]).toEqual([
          report.title,
          report.year,
          report.unit.name,
          report.issuer,
          report.issuedOn,
        ]);
        if (format !== 'text') expect(back.unit).toEqual(report.unit);
      }),
      { numRuns: 150 },
    );
  });
});

describe('importDocx(renderReport(report, { format: "docx" }))', () => {
  const shape = (sections: readonly Section[]): unknown[] =>
    sections.map((s) => ({ kind: s.kind, title: s.title, paragraphs: s.paragraphs, sections: shape(s.sections) }));
  const facts = (metrics: readonly Metric[]) => metrics.map((m) => [m.value, m.unit, m.qualifier]);

  it('gives back the 北留镇 report with its metadata', async () => {
    const original = {
      ...importDraft(renderReport(beiliuReport(), { format: 'text' })).report,
      submittedOn: '2024-01-26',
      confidentialityReviewed: true,
    };
    original.unit = { name: '北留镇', level: 'town', code: '140522100', parent: { name: '阳城县', code: '140522' } };
    const { report } = await importDocx(await renderReport(original, { format: 'docx' }));
    expect(report && shape(report.sections)).toEqual(shape(original.sections));
    expect(report?.metrics.map(({ source: _source, ...m }) => m)).toEqual(
      original.metrics.map(({ source: _source, ...m }) => m),
    );
    expect(report).toMatchObject({
      title: original.title,
      year: original.year,
      unit: original.unit,
      issuer: original.issuer,
      issuedOn: original.issuedOn,
      submittedOn: '2024-01-26',
      confidentialityReviewed: true,
    });
  });

  it('keeps sections, metrics and metadata of generated reports', async () => {
    await fc.assert(
      fc.asyncProperty(generatedReport(), async (report) => {
        const back = (await importDocx(await renderReport(report, { format: 'docx' }))).report;
        expect(back && shape(back.sections)).toEqual(shape(report.sections));
        expect(back && facts(back.metrics)).toEqual(facts(report.metrics));
        expect(back && [back.title, back.year, back.unit, back.issuer, back.issuedOn]).toEqual([
          report.title,
          report.year,
          report.unit,
          report.issuer,
          report.issuedOn,
        ]);
      }),
      { numRuns: 30 },
    );
  });

  it('lays the page out as GB/T 9704 asks: A4, the margins, the fonts, page numbers, the 落款 right-aligned', async () => {
    const zip = await JSZip.loadAsync(await renderReport(beiliuReport(), { format: 'docx' }));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const footer = (await zip.file('word/footer1.xml')?.async('string')) ?? '';
    const fonts = (await zip.file('word/fontTable.xml')?.async('string')) ?? '';
    const mm = (value: number) => String(Math.round(value * 56.692913));
    expect(document).toContain(`<w:pgSz w:w="${mm(210)}" w:h="${mm(297)}"`);
    expect(document).toMatch(
      new RegExp(`<w:pgMar w:top="${mm(37)}" w:right="${mm(26)}" w:bottom="${mm(35)}" w:left="${mm(28)}"`),
    );
    expect(document).toMatch(
      /<w:pStyle w:val="Title"\/>[\s\S]*?w:eastAsia="方正小标宋简体"[\s\S]*?<w:sz w:val="44"\/>/,
    );
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?w:eastAsia="黑体"/);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?w:eastAsia="楷体_GB2312"/);
    expect(document).toMatch(
      /<w:jc w:val="right"\/>[\s\S]*?北留镇人民政府[\s\S]*?<w:jc w:val="right"\/>[\s\S]*?2024年1月25日/,
    );
    expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });
});

describe('rendering cannot forge data', () => {
  // Strings with what a renderer must not let through raw: line breaks, front matter fences,
  // Markdown, enumerators, markup, entities, quotes, backslashes, dates and page chrome.
  const nasty = fc
    .array(
      fc.constantFrom(
        '\n',
        '---',
        '#',
        '# ',
        '一、',
        '（一）',
        '1.',
        '<p>',
        '<',
        '&',
        '&amp;',
        '"',
        '“',
        '”',
        "'",
        '**',
        '\\',
        '\\n',
        ' ',
        '：',
        '。',
        '测试',
        '内容',
        '今天是',
        '2024年1月25日',
        '二、',
        'year: 1999',
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(''));
  const withNasty = (report: Report, [a, b, c, d, e]: string[]): Report => {
    const dirty = (sections: readonly Section[]): Section[] =>
      sections.map((section) => ({
        ...section,
        title: section.kind === 'preamble' ? section.title : `${section.title}${a}`,
        paragraphs: section.paragraphs.map((text, i) => (i % 2 === 0 ? `${b}${text}` : `${text}${c}`)),
        sections: dirty(section.sections),
      }));
    return {
      ...report,
      title: `${report.title}${d}`,
      unit: {
        ...report.unit,
        name: `${report.unit.name}${e}`,
        parent: { name: `${e}${report.unit.parent?.name ?? ''}` },
      },
      issuer: `${report.issuer}${e}`,
      submittedOn: report.issuedOn,
      confidentialityReviewed: true,
      sections: dirty(report.sections),
    };
  };
  const facts = (metrics: readonly Metric[]) => metrics.map((m) => [m.value, m.unit, m.qualifier]);
  const paragraphsOf = (sections: readonly Section[]): unknown[] =>
    sections.map((s) => ({
      kind: s.kind,
      title: s.title,
      paragraphs: s.paragraphs,
      sections: paragraphsOf(s.sections),
    }));

  it('keeps every field of reports whose strings hold line breaks, ---, #, 一、, （一）, <, & and quotes (Markdown and HTML)', () => {
    fc.assert(
      fc.property(
        generatedReport(),
        fc.array(nasty, { minLength: 5, maxLength: 5 }),
        fc.constantFrom('markdown' as const, 'html' as const),
        (plain, strings, format) => {
          const report = withNasty(plain, strings);
          const back = importDraft(renderReport(report, { format })).report;
          expect(paragraphsOf(back.sections)).toEqual(paragraphsOf(report.sections));
          expect({
            title: back.title,
            year: back.year,
            unit: back.unit,
            issuer: back.issuer,
            issuedOn: back.issuedOn,
            submittedOn: back.submittedOn,
            reviewed: back.confidentialityReviewed,
          }).toEqual({
            title: report.title,
            year: report.year,
            unit: report.unit,
            issuer: report.issuer,
            issuedOn: report.issuedOn,
            submittedOn: report.submittedOn,
            reviewed: true,
          });
          expect(facts(back.metrics)).toEqual(facts(report.metrics));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps sections and paragraphs in plain text too, which carries no metadata', () => {
    fc.assert(
      fc.property(generatedReport(), fc.array(nasty, { minLength: 5, maxLength: 5 }), (plain, [a, b, c]) => {
        const report = withNasty(plain, [a ?? '', b ?? '', c ?? '', '', '']);
        const back = importDraft(renderReport(report, { format: 'text' })).report;
        expect(paragraphsOf(back.sections)).toEqual(paragraphsOf(report.sections));
        expect([back.title, back.issuer, back.issuedOn]).toEqual([report.title, report.issuer, report.issuedOn]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps paragraphs that look like the rows of a table, or open with a bullet, as they are', () => {
    const report = makeReport();
    const section = report.sections[1];
    if (section)
      section.paragraphs = ['|指标|数量|', '|法律咨询|640人次|', '|普法|2场|', '● 开展活动3场。', '★一、不是标题'];
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(importDraft(renderReport(report, { format })).report.sections[1]?.paragraphs).toEqual(section?.paragraphs);
    }
  });

  it('writes a value with a line break into front matter as one quoted line', () => {
    const report = { ...makeReport(), unit: { name: '北留镇\nyear: 1999', level: 'town' as const } };
    const markdown = renderReport(report, { format: 'markdown' });
    expect(markdown).toContain('unit.name: "北留镇\\nyear: 1999"');
    expect(importDraft(markdown).report).toMatchObject({ year: 2023, unit: { name: '北留镇\nyear: 1999' } });
  });

  it('writes a paragraph that starts with 一、 so it comes back as a paragraph', () => {
    const report = makeReport({
      sections: [
        makeSection('measures', { paragraphs: ['一、这不是标题。'] }),
        makeSection('duties'),
        makeSection('shortcomings'),
        makeSection('plans'),
      ],
    });
    const text = renderReport(report, { format: 'text' });
    expect(text).toContain('\\一、这不是标题。');
    expect(importDraft(text).report.sections.map((section) => section.paragraphs)).toEqual(
      report.sections.map((section) => section.paragraphs),
    );
  });
});

// Reports whose text says what their metrics say, built the way towns write them.
const TITLES: Record<Exclude<SectionKind, 'preamble'>, readonly string[]> = {
  duties: ['党政主要负责人履行推进法治建设第一责任人职责情况', '主要负责人履职情况'],
  measures: ['推进法治政府建设的主要举措和成效', '坚持依法行政，建设法治政府', '深化普法宣传教育'],
  shortcomings: ['存在的不足和原因', '存在的问题'],
  judgments: ['履行法院生效裁判情况'],
  plans: ['下一年度工作安排', '下步工作打算'],
  other: ['其他需要报告的情况'],
};
const SUBTITLES = ['加强组织领导', '规范行政执法', '强化宣传教育', '健全工作机制'];
const PHRASES: readonly [string, string][] = [
  ['开展普法活动', '场'],
  ['提供法律咨询', '人次'],
  ['排查化解矛盾纠纷', '起'],
  ['审查规范性文件', '件'],
  ['公开政府信息', '条'],
  ['组织集体学法', '次'],
];
const QUALIFIED: Record<Qualifier, (n: number, unit: string) => string> = {
  exact: (n, unit) => `${n}${unit}`,
  over: (n, unit) => `${n}余${unit}`,
  nearly: (n, unit) => `近${n}${unit}`,
  about: (n, unit) => `约${n}${unit}`,
  under: (n, unit) => `不足${n}${unit}`,
};

function generatedReport(): fc.Arbitrary<Report> {
  const fact = fc.record({
    phrase: fc.constantFrom(...PHRASES),
    value: fc.integer({ min: 2, max: 9999 }),
    qualifier: fc.constantFrom<Qualifier>('exact', 'over', 'nearly', 'about', 'under'),
  });
  const paragraph = fc.oneof(
    fc.array(fact, { minLength: 1, maxLength: 3 }),
    fc.constant([] as { phrase: readonly [string, string]; value: number; qualifier: Qualifier }[]),
  );
  const section = (
    kind: SectionKind,
    title: string,
    depth: number,
  ): fc.Arbitrary<{ section: Section; facts: Metric[] }> =>
    fc
      .tuple(
        fc.array(paragraph, { minLength: 1, maxLength: 2 }),
        depth < 2 ? fc.array(fc.constantFrom(...SUBTITLES), { maxLength: 2 }) : fc.constant([]),
      )
      .chain(([paragraphs, subtitles]) =>
        fc.tuple(fc.constant(paragraphs), fc.tuple(...subtitles.map((subtitle) => section(kind, subtitle, depth + 1)))),
      )
      .map(([paragraphs, children]) => {
        const metrics: Metric[] = [];
        const texts = paragraphs.map((items) => {
          if (items.length === 0) return '认真落实各项工作部署，推动工作取得实效。';
          return `${items
            .map(({ phrase: [words, unit], value, qualifier }) => {
              metrics.push({ indicator: 'unclassified', label: words, value, unit, qualifier });
              return `${words}${QUALIFIED[qualifier](value, unit)}`;
            })
            .join('，')}。`;
        });
        return {
          section: makeSection(kind, { title, paragraphs: texts, sections: children.map((child) => child.section) }),
          facts: [...metrics, ...children.flatMap((child) => child.facts)],
        };
      });
  const kinds = fc.subarray(['duties', 'measures', 'shortcomings', 'judgments', 'plans', 'other'] as const, {
    minLength: 1,
  });
  return fc
    .tuple(
      fc.integer({ min: 2010, max: 2030 }),
      fc.constantFrom(
        ['北留镇', 'town', '阳城县'],
        ['东湖街道', 'town', '临城市'],
        ['阳河县司法局', 'department', '阳河县'],
        ['白水县', 'county', '渭南市'],
      ),
      kinds.chain((chosen) =>
        fc.tuple(...chosen.map((kind) => fc.constantFrom(...TITLES[kind]).chain((title) => section(kind, title, 0)))),
      ),
      fc.option(paragraph, { nil: undefined }),
    )
    .map(([year, [name, level, parent], sections, preamble]) => {
      const top = sections.map((s) => s.section);
      const metrics = sections.flatMap((s) => s.facts);
      if (preamble !== undefined) {
        const words = preamble.map(
          ({ phrase: [w, unit], value, qualifier }) => `${w}${QUALIFIED[qualifier](value, unit)}`,
        );
        top.unshift(
          makeSection('preamble', {
            title: '',
            paragraphs: [`${words.length ? words.join('，') : '现将有关情况报告如下'}。`],
          }),
        );
        metrics.unshift(
          ...preamble.map(({ phrase: [w, unit], value, qualifier }) => ({
            indicator: 'unclassified',
            label: w,
            value,
            unit,
            qualifier,
          })),
        );
      }
      const issuer =
        level === 'department' || (level === 'county' && name.endsWith('局'))
          ? name
          : `${name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`}`;
      return makeReport({
        title: `${name}${year}年法治政府建设工作情况的报告`,
        year,
        unit: { name, level: level as Report['unit']['level'], parent: { name: parent } },
        issuer,
        issuedOn: `${year + 1}-01-2${year % 10}`,
        sections: top,
        metrics,
      });
    });
}
