import { describe, expect, it } from 'vitest';
import { importReport } from '../../import/import-report.js';
import type { Report } from '../../schema/report.js';
import { validateReport } from '../validate-report.js';
import { findings } from '../../testing/index.js';

// A town's report as imported, then edited as a clerk edits it in the form.
const TEXT = `东河镇2025年法治政府建设工作情况的报告

一、主要举措和成效
（一）化解矛盾纠纷
全年排查化解矛盾纠纷85起，调解成功率94.1%。
（二）普法宣传
开展普法宣传活动20余场。

二、存在的不足和原因
部分干部法治意识有待提高。

三、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记主持专题学法4次。

四、2026年工作安排
继续深化普法宣传。

东河镇人民政府
2026年1月10日`;

const imported = (): Report => {
  const { report } = importReport(TEXT);
  if (!report) throw new Error('the fixture must import');
  return report;
};
const edit = (report: Report, from: string, to: string): Report => {
  const copy = structuredClone(report);
  const walk = (sections: Report['sections']) => {
    for (const section of sections) {
      section.paragraphs = section.paragraphs.map((paragraph) => paragraph.replace(from, to));
      walk(section.sections);
    }
  };
  walk(copy.sections);
  return copy;
};
const indexOf = (report: Report, unit: string) => report.metrics.findIndex((metric) => metric.unit === unit);

describe('figure-sources', () => {
  it('finds nothing to say of a report as imported', () => {
    const report = imported();
    expect(report.metrics.length).toBeGreaterThanOrEqual(4);
    expect(findings(report, 'figure_source_changed')).toEqual([]);
  });

  it('warns when the text was edited and the figure kept its old value', () => {
    const report = edit(imported(), '排查化解矛盾纠纷85起', '排查化解矛盾纠纷95起');
    expect(findings(report, 'figure_source_changed')).toEqual([['warning', `metrics.${indexOf(report, '起')}.value`]]);
    expect(findings(report, 'figure_source_changed', { profile: 'draft' })).toHaveLength(1);
  });

  it('is satisfied once the figure is corrected to what the text now says', () => {
    const report = edit(imported(), '排查化解矛盾纠纷85起', '排查化解矛盾纠纷95起');
    const figure = report.metrics[indexOf(report, '起')];
    if (figure) figure.value = 95;
    expect(findings(report, 'figure_source_changed')).toEqual([]);
  });

  it('accepts a sentence moved to another section, and a figure with no sentence (typed by hand)', () => {
    const moved = structuredClone(imported());
    const [first, second] = moved.sections[0]?.sections ?? [];
    if (first && second) {
      second.paragraphs = [...second.paragraphs, ...first.paragraphs];
      first.paragraphs = ['本节内容见下。'];
    }
    expect(findings(moved, 'figure_source_changed')).toEqual([]);
    const typed = edit(imported(), '排查化解矛盾纠纷85起', '排查化解矛盾纠纷95起');
    for (const metric of typed.metrics) delete metric.source;
    expect(findings(typed, 'figure_source_changed')).toEqual([]);
  });

  it('names the figure and the sentence it was read from, in both languages', () => {
    const report = edit(imported(), '排查化解矛盾纠纷85起', '排查化解矛盾纠纷95起');
    const issue = validateReport(report, { now: new Date('2026-01-20') }).issues.find(
      (one) => one.code === 'figure_source_changed',
    );
    expect(issue?.messages['zh-CN']).toContain('85起是导入时从“全年排查化解矛盾纠纷85起，调解成功率94.1%。”读出的');
    expect(issue?.messages.en).toContain('was read on import from “全年排查化解矛盾纠纷85起，调解成功率94.1%。”');
  });

  it('finds a figure’s old number only as a number of its own: 4次 edited to 5次 is not still there in 14次', () => {
    const report = edit(imported(), '镇党委书记主持专题学法4次。', '镇党委书记主持专题学法5次，会前学法14次。');
    expect(findings(report, 'figure_source_changed')).toEqual([['warning', `metrics.${indexOf(report, '次')}.value`]]);
  });

  it('warns when the figure was changed and the sentence it was read from still says another number', () => {
    const report = imported();
    const figure = report.metrics[indexOf(report, '起')];
    if (figure) figure.value = 90;
    expect(findings(report, 'figure_differs_from_source')).toEqual([
      ['warning', `metrics.${indexOf(report, '起')}.value`],
    ]);
    const issue = validateReport(report, { now: new Date('2026-01-20') }).issues.find(
      (one) => one.code === 'figure_differs_from_source',
    );
    expect(issue?.messages['zh-CN']).toBe(
      '“排查化解矛盾纠纷”现在是90起，但正文中读出它的原句写的是“全年排查化解矛盾纠纷85起，调解成功率94.1%。”：请核对，改正数值或正文中错的一方。',
    );
  });

  it('reads the number a sentence writes in Chinese numerals, and says nothing of a zero said in words', () => {
    const { report } = importReport(
      TEXT.replace('主持专题学法4次', '主持专题学法四次，讲法治课2次，审结行政诉讼案件3件，无败诉案件'),
    );
    if (!report) throw new Error('the fixture must import');
    expect(report.metrics.map((metric) => `${metric.value}${metric.unit}`)).toEqual(
      expect.arrayContaining(['4次', '2次', '3件', '0件']),
    );
    expect(findings(report, 'figure_differs_from_source')).toEqual([]);
  });
});
