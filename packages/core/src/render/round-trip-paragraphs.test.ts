// Paragraphs a reading rule would turn into structure come back from render → import as paragraphs.
import { describe, expect, it } from 'vitest';
import type { Section } from '../schema/section.js';
import { importDraft, makeReport, makeSection } from '../testing/index.js';
import { renderReport } from './render-report.js';

const formats = ['markdown', 'text', 'html'] as const;
const paragraphsOf = (sections: readonly Section[]): unknown[] =>
  sections.map((s) => ({ kind: s.kind, title: s.title, paragraphs: s.paragraphs, sections: paragraphsOf(s.sections) }));

describe('render → import of paragraphs that look like structure', () => {
  it.each(formats)('keeps 附表：… and 附件2：… paragraphs inside their section (%s)', (format) => {
    const report = makeReport({
      sections: [
        makeSection('measures', {
          paragraphs: ['全年排查矛盾纠纷22起。', '附表：主要指标完成情况', '附件2：法治政府建设考核指标'],
        }),
        makeSection('duties'),
        makeSection('shortcomings'),
        makeSection('plans', { paragraphs: ['附表2 2024年目标统计表'] }),
      ],
    });
    const back = importDraft(renderReport(report, { format })).report;
    expect(paragraphsOf(back.sections)).toEqual(paragraphsOf(report.sections));
  });

  it.each(formats)('keeps a paragraph identical to the title (%s)', (format) => {
    const report = makeReport();
    const section = report.sections[1];
    if (section) section.paragraphs = [report.title, ...section.paragraphs];
    const back = importDraft(renderReport(report, { format })).report;
    expect(back.title).toBe(report.title);
    expect(paragraphsOf(back.sections)).toEqual(paragraphsOf(report.sections));
  });

  it.each(formats)('keeps a last paragraph that names an issuing body out of the 落款 (%s)', (format) => {
    for (const last of ['北留镇人民政府', '阳城县司法局', '中共北留镇委员会']) {
      const report = makeReport();
      const plans = report.sections.at(-1);
      if (plans) plans.paragraphs = [...plans.paragraphs, last];
      const back = importDraft(renderReport(report, { format })).report;
      expect(paragraphsOf(back.sections)).toEqual(paragraphsOf(report.sections));
      expect(back.issuer).toBe(report.issuer);
    }
  });
});
