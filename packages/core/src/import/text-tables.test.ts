import { describe, expect, it } from 'vitest';
import { importDraft } from '../testing/index.js';

const facts = (text: string) => importDraft(text).report.metrics.map((m) => [m.indicator, m.value, m.unit, m.label]);

describe('tables in text, Markdown and pages', () => {
  it('reads a page table by row and column, only this year’s column, each figure pointing at its cell', () => {
    const html = `<html><body><h1>示例乡2024年法治政府建设年度报告</h1><p>一、主要举措和成效</p>
      <table><tr><th>指标</th><th>2024年</th><th>2023年</th><th>同比</th></tr>
      <tr><td>法律咨询</td><td>640人次</td><td>590人次</td><td>8.5%</td></tr>
      <tr><td>法律援助案件</td><td>15件</td><td>11件</td><td>36%</td></tr></table>
      <p>示例乡人民政府</p><p>2025年2月12日</p></body></html>`;
    const { report } = importDraft(html);
    expect(report.metrics.map((m) => [m.indicator, m.value, m.unit])).toEqual([
      ['legalServices.consultations', 640, '人次'],
      ['legalAid.cases', 15, '件'],
    ]);
    expect(report.metrics.map((m) => html.slice(m.source?.start, m.source?.end))).toEqual(['640人次', '15件']);
  });

  it('reads a table copied with tabs whose rows are numbered and whose units stand in a column of their own', () => {
    const text = [
      '示例镇2024年法治政府建设情况报告',
      '一、主要举措和成效',
      '全年主要法治工作数据如下：',
      '序号\t项目\t单位\t数量',
      '1\t排查矛盾纠纷\t件\t215',
      '2\t接待法律咨询\t人次\t1,350',
      '3\t发放宣传资料\t份\t6,200',
      '全年开展普法活动14场。',
    ].join('\n');
    expect(facts(text).map(([indicator, value, unit]) => [indicator, value, unit])).toEqual([
      ['disputes.handled', 215, '件'],
      ['legalServices.consultations', 1350, '人次'],
      ['publicity.materials', 6200, '份'],
      ['publicity.events', 14, '场'],
    ]);
  });

  it('reads a 单位 column whose word carries its magnitude (万人次, 千元) as the figure written with it', () => {
    const text = [
      '示例镇2025年法治政府建设情况报告',
      '一、主要举措和成效',
      '指标\t单位\t2025年\t2024年',
      '接待法律咨询\t人次\t930\t870',
      '普法受众\t万人次\t1.6\t1.3',
      '法治建设经费\t千元\t385\t320',
    ].join('\n');
    expect(facts(text).map(([indicator, value, unit]) => [indicator, value, unit])).toEqual([
      ['legalServices.consultations', 930, '人次'],
      ['publicity.audience', 16000, '人次'],
      ['funding.amount', 385000, '元'],
    ]);
  });

  it('reads only the latest year’s rows of a table whose rows are years, as only its latest column', () => {
    const text = [
      '示例镇2025年法治政府建设情况报告',
      '一、主要举措和成效',
      '项目\t年度\t数量',
      '排查矛盾纠纷\t2025年\t164件',
      '排查矛盾纠纷\t2024年\t151件',
      '法律咨询\t2025年\t930人次',
      '法律咨询\t2024年\t870人次',
    ].join('\n');
    expect(facts(text).map(([, value]) => value)).toEqual([164, 930]);
    const page = `<html><body><h1>示例镇2025年法治政府建设情况报告</h1><p>一、主要举措和成效</p>
      <table><tr><th>年度</th><th>排查矛盾纠纷（件）</th><th>法律咨询（人次）</th></tr>
      <tr><td>2024年</td><td>151</td><td>870</td></tr><tr><td>2025年</td><td>164</td><td>930</td></tr></table></body></html>`;
    expect(facts(page).map(([, value]) => value)).toEqual([164, 930]);
  });

  it('reads every row of a table whose last year’s cells are empty or a dash, and nothing run together', () => {
    const page = `<html><body><h1>示例镇2025年法治政府建设工作报告</h1><p>一、主要举措和成效</p>
      <table><tr><th>项目</th><th>本年</th><th>上年</th></tr>
      <tr><td>排查矛盾纠纷（件）</td><td>187</td><td>172</td></tr>
      <tr><td>办理12345热线诉求（件）</td><td>1,046</td><td></td></tr>
      <tr><td>培育法律明白人（名）</td><td>96</td><td>—</td></tr>
      <tr><td>开展普法宣传活动（场）</td><td>52</td><td>45</td></tr></table></body></html>`;
    expect(facts(page).map(([, value, unit]) => [value, unit])).toEqual([
      [187, '件'],
      [1046, '件'],
      [96, '名'],
      [52, '场'],
    ]);
  });

  it('reads a Markdown table, names each figure by its column, and keeps the rows under a 合计 apart', () => {
    const text = [
      '示例镇2023年法治政府建设情况报告',
      '一、主要举措和成效',
      '| 村 | 排查矛盾纠纷 | 调解成功 |',
      '| --- | --- | --- |',
      '| 东村 | 18件 | 17件 |',
      '| 合计 | 29件 | 28件 |',
      '全年开展普法活动14场。',
    ].join('\n');
    expect(facts(text)).toEqual([
      ['unclassified', 18, '件', '东村'],
      ['unclassified', 17, '件', '东村'],
      ['disputes.handled', 29, '件', '合计排查矛盾纠纷'],
      ['disputes.resolved', 28, '件', '合计调解成功'],
      ['publicity.events', 14, '场', '开展普法活动'],
    ]);
  });

  it('reads a tab- or space-separated table of text, and leaves a line of text with spaces alone', () => {
    const text = [
      '示例镇2023年法治政府建设情况报告',
      '一、主要举措和成效',
      '序号\t指标\t数量',
      '1\t法律咨询\t520人次',
      '2\t审查合同\t31份',
      '镇长 带头学法 全年学法6次。',
    ].join('\n');
    expect(facts(text).map(([indicator, value]) => [indicator, value])).toEqual([
      ['legalServices.consultations', 520],
      ['contracts.reviewed', 31],
      ['study.sessions', 6],
    ]);
  });

  it('reads no table in a heading with a space and a paragraph after it', () => {
    const text = [
      '示例镇2023年法治政府建设情况报告',
      '一、主要举措 成效',
      '“ 开展普法活动2场。',
      '二、下步打算 安排',
      '法律 咨询6次。',
    ].join('\n');
    expect(importDraft(text).report.sections.map((s) => [s.title, s.paragraphs])).toEqual([
      ['主要举措 成效', ['“ 开展普法活动2场。']],
      ['下步打算 安排', ['法律 咨询6次。']],
    ]);
  });

  it('reads no table in a heading followed by rows, or in lines whose cells are sentences', () => {
    const heading = importDraft(
      ['示例镇2023年法治政府建设情况报告', '一、指标 数量', '法律咨询 640人次', '普法活动 2场'].join('\n'),
    ).report;
    expect(heading.sections.map((s) => s.title)).toEqual(['指标 数量']);
    const sentences = importDraft(
      ['示例镇2023年法治政府建设情况报告', '一、主要举措', '镇长 带头', '开展 活动2场。', '组织 学法3次。'].join('\n'),
    ).report;
    expect(sentences.sections[0]?.paragraphs).toEqual(['镇长 带头', '开展 活动2场。', '组织 学法3次。']);
  });

  it('keeps a 落款 set beside a seal in a page table, and the chrome in a table out', () => {
    const html = `<html><body><table><tr><td>索引号：</td><td>000/2024-1</td></tr><tr><td>发布日期：</td><td>2024-03-15</td></tr></table>
      <h1>示例镇2023年法治政府建设年度报告</h1><p>一、主要举措</p><p>全年开展普法活动12场。</p>
      <table><tr><td>示例镇人民政府</td><td>2024年1月20日</td></tr></table></body></html>`;
    const { report } = importDraft(html);
    expect(report).toMatchObject({ issuer: '示例镇人民政府', issuedOn: '2024-01-20', publishedOn: '2024-03-15' });
    expect(report.sections.map((s) => s.paragraphs)).toEqual([['全年开展普法活动12场。']]);
  });
});
