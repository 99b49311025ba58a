import { describe, expect, it } from 'vitest';
import type { Section } from '../schema/section.js';
import { makeMetric, makeReport, makeSection } from '../testing/index.js';
import { diffReports } from './diff-reports.js';

describe('diffReports', () => {
  const v1 = makeReport({
    sections: [
      makeSection('measures', { id: 'a', title: '依法决策', paragraphs: ['审查重大决策。'] }),
      makeSection('shortcomings', { id: 'b', title: '不足' }),
    ],
    metrics: [
      makeMetric('disputes.handled', 18, { label: '调解矛盾纠纷', unit: '起', sectionId: 'a' }),
      makeMetric('legalAid.cases', 5, { label: '法律援助', sectionId: 'a' }),
    ],
  });

  it('finds nothing between a report and its copy', () => {
    expect(diffReports(v1, structuredClone(v1))).toEqual([]);
  });

  it('names the fields, sections and figures that changed, came or went', () => {
    const v2 = structuredClone(v1);
    v2.issuer = '示例镇人民政府办公室';
    v2.confidentialityReviewed = true;
    v2.sections[0]!.paragraphs = ['审查重大决策12件。'];
    v2.sections.splice(1, 1);
    v2.sections.push(makeSection('plans', { id: 'c', title: '明年安排' }));
    v2.metrics[0] = { ...v2.metrics[0]!, value: 20, qualifier: 'over' };
    v2.metrics.splice(1, 1);
    v2.metrics.push(makeMetric('decisions.legalReview', 12, { label: '审查重大决策', sectionId: 'a' }));
    expect(diffReports(v1, v2)).toEqual([
      { kind: 'field', field: 'issuer', before: '示例镇人民政府', after: '示例镇人民政府办公室' },
      { kind: 'field', field: 'confidentialityReviewed', before: '', after: 'true' },
      {
        kind: 'section-changed',
        title: '依法决策',
        text: { added: 1, removed: 1, before: '审查重大决策。', after: '审查重大决策12件。' },
      },
      { kind: 'section-removed', title: '不足' },
      { kind: 'section-added', title: '明年安排' },
      { kind: 'metric-changed', label: '调解矛盾纠纷', before: '18起', after: '20起以上' },
      { kind: 'metric-added', label: '审查重大决策', value: '12件' },
      { kind: 'metric-removed', label: '法律援助', value: '5件' },
    ]);
  });

  // Two versions as the form keeps them: ids by place, renumbered when a section before is removed.
  const numbered = (sections: Section[]): Section[] =>
    sections.map((section, at) => ({ ...section, id: `s${at + 1}` }));
  const judgments = makeSection('judgments', {
    title: '2025年度履行法院生效裁判情况',
    paragraphs: ['本年度需履行法院生效裁判1件，已全部履行。'],
  });
  const other = makeSection('other', { title: '其他需要报告的情况', paragraphs: ['本年度未发生行政复议被纠错案件。'] });
  const base = [
    makeSection('duties', { title: '第一责任人职责', paragraphs: ['书记带头学法。'] }),
    makeSection('measures', {
      title: '主要举措和成效',
      paragraphs: [],
      sections: [makeSection('measures', { title: '依法决策', paragraphs: ['审查重大决策12件。全年无违法决策。'] })],
    }),
    makeSection('shortcomings', { title: '存在的不足', paragraphs: ['执法力量不足。'] }),
  ];

  it('gives a changed figure’s scope when it is not the year’s', () => {
    const villages = (value: number) =>
      makeMetric('modelVillages.provincial', value, {
        label: '省级示范村',
        unit: '个',
        scope: 'asOf',
        asOf: '2025-12-31',
      });
    expect(diffReports(makeReport({ metrics: [villages(3)] }), makeReport({ metrics: [villages(4)] }))).toEqual([
      { kind: 'metric-changed', label: '省级示范村', before: '3个', after: '4个', scope: 'asOf', asOf: '2025-12-31' },
    ]);
  });

  it('names a section removed in the middle, and not the sections after it whose ids were renumbered', () => {
    const v1 = makeReport({ sections: numbered([...base, other, judgments]) });
    const v2 = makeReport({ sections: numbered([...base, structuredClone(judgments)]) });
    expect(v2.sections.at(-1)?.id).toBe(v1.sections.at(-2)?.id);
    expect(diffReports(v1, v2)).toEqual([{ kind: 'section-removed', title: '其他需要报告的情况' }]);
  });

  it('names a section added in the middle, and nothing of those after it', () => {
    const v1 = makeReport({ sections: numbered([...base, judgments]) });
    const v2 = makeReport({ sections: numbered([...base, other, structuredClone(judgments)]) });
    expect(diffReports(v1, v2)).toEqual([{ kind: 'section-added', title: '其他需要报告的情况' }]);
  });

  it('tells a title changed as a title changed, not as its text, when its text is empty in both', () => {
    const v1 = makeReport({
      sections: numbered(base),
      metrics: [makeMetric('decisions.legalReview', 12, { label: '审查重大决策', sectionId: 's2' })],
    });
    const v2 = structuredClone(v1);
    v2.sections[1]!.title = '2025年推进法治政府建设的主要举措和成效';
    expect(diffReports(v1, v2)).toEqual([
      { kind: 'section-retitled', before: '主要举措和成效', after: '2025年推进法治政府建设的主要举措和成效' },
    ]);
  });

  it('tells a title and a sentence changed together apart, the section kept', () => {
    const v1 = makeReport({ sections: numbered(base) });
    const v2 = structuredClone(v1);
    v2.sections[2] = {
      ...v2.sections[2]!,
      title: '存在的不足和原因',
      paragraphs: ['执法力量不足。', '原因是编制少。'],
    };
    expect(diffReports(v1, v2)).toEqual([
      { kind: 'section-retitled', before: '存在的不足', after: '存在的不足和原因' },
      {
        kind: 'section-changed',
        title: '存在的不足和原因',
        text: { added: 1, removed: 0, before: '', after: '原因是编制少。' },
      },
    ]);
  });

  it('shows what changed in a paragraph: the first sentence reworded, cut to its difference, and the count', () => {
    const long =
      '镇党委政府高度重视法治政府建设工作，周密部署，推动法治建设工作有序进行，全年召开专题会议4次，研究解决重大问题。';
    const v1 = makeReport({
      sections: numbered([makeSection('measures', { title: '举措', paragraphs: [long, '第二句。'] })]),
    });
    const v2 = structuredClone(v1);
    v2.sections[0]!.paragraphs = [long.replace('4次', '6次'), '第二句。', '新的一句。'];
    expect(diffReports(v1, v2)).toEqual([
      {
        kind: 'section-changed',
        title: '举措',
        text: {
          added: 2,
          removed: 1,
          before: '…全年召开专题会议4次，研究解决重大…',
          after: '…全年召开专题会议6次，研究解决重大…',
        },
      },
    ]);
  });

  it('finds nothing changed where only the paragraphs were split differently', () => {
    const v1 = makeReport({
      sections: numbered([makeSection('measures', { title: '举措', paragraphs: ['一句。二句。'] })]),
    });
    const v2 = structuredClone(v1);
    v2.sections[0]!.paragraphs = ['一句。', '二句。'];
    expect(diffReports(v1, v2)).toEqual([]);
  });
});
