import { describe, expect, it } from 'vitest';
import { importDraft } from '../testing/index.js';

const read = (text: string) => {
  const { report } = importDraft(text);
  return [report.title, report.year, report.unit.name, report.sections.map((section) => section.kind)];
};

describe('the title', () => {
  it('joins a title wrapped before its 法治 words: …人民政府关于2024年度 / 法治政府建设情况的报告', () => {
    const body = '\n市人民政府：\n一、主要举措和成效\n全年开展普法活动12场。\n汶溪县人民政府\n2025年1月24日\n';
    expect(read(`汶溪县人民政府关于2024年度\n法治政府建设情况的报告\n${body}`)).toEqual([
      '汶溪县人民政府关于2024年度法治政府建设情况的报告',
      2024,
      '汶溪县',
      ['preamble', 'measures'],
    ]);
    expect(read(`汶溪县2024年度\n法治政府建设情况的报告\n${body}`)[0]).toBe('汶溪县2024年度法治政府建设情况的报告');
  });

  it('keeps a sentence or a heading above the title out of it', () => {
    expect(read('一、2024年\n法治政府建设情况的报告\n全年开展普法活动12场。\n')[0]).toBe('法治政府建设情况的报告');
    expect(read('我县于2024年\n法治政府建设情况的报告\n全年开展普法活动12场。\n')[0]).toBe('法治政府建设情况的报告');
  });
});
