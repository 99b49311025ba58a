import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { beiliuReport, importDraft } from '../testing/index.js';
import { UNRECOGNIZED_MARK } from '../validate/placeholder-text.js';
import { validateReport } from '../validate/validate-report.js';
import { importReport } from './import-report.js';

const beiliuText = readFileSync(new URL('../testing/fixtures/beiliu-2023.txt', import.meta.url), 'utf8');
const flatten = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...flatten(s.sections)]);

describe('importReport on the 北留镇 report', () => {
  const { report } = importDraft(beiliuText);
  const fixture = beiliuReport();

  it('finds year, unit, issuer and 落款 date', () => {
    expect(report).toMatchObject({
      title: '北留镇2023年法治政府建设工作情况的报告',
      year: 2023,
      unit: { name: '北留镇', level: 'town' },
      issuer: '北留镇人民政府',
      issuedOn: '2024-01-25',
    });
  });

  it('builds the five top-level sections in order, with their （一）… sub-sections nested', () => {
    expect(report.sections.map((s) => s.kind)).toEqual([
      'preamble',
      'duties',
      'measures',
      'shortcomings',
      'judgments',
      'plans',
    ]);
    expect(report.sections.map((s) => s.sections.length)).toEqual([0, 3, 6, 3, 0, 3]);
  });

  it('gives the same sections as the hand-checked fixture: titles, kinds, re-joined paragraphs', () => {
    const strip = (s: Section) => ({ id: s.id, kind: s.kind, title: s.title, paragraphs: s.paragraphs });
    expect(flatten(report.sections).map(strip)).toEqual(flatten(fixture.sections).map(strip));
  });

  it('finds every quantity with value, unit, qualifier, scope, indicator, section and source', () => {
    const strip = ({ label: _label, ...metric }: (typeof report.metrics)[number]) => metric;
    expect(report.metrics.map(strip)).toEqual(fixture.metrics.map(strip));
  });

  it('points every fact at its own words in the input', () => {
    const words = report.metrics.map((m) => beiliuText.slice(m.source?.start, m.source?.end));
    expect(words).toContain('800余人次');
    expect(words).toContain('2 份');
    expect(words).toContain('已全部履行完毕');
  });

  it('takes no fact from 4.15, 6.16, 12.4, 3+N or 八五', () => {
    const spans = report.metrics.map((m) => beiliuText.slice(m.source?.start, m.source?.end));
    for (const decoy of ['4.15', '6.16', '12.4', '3+N', '八五'])
      expect(spans.some((s) => s.includes(decoy))).toBe(false);
    expect(report.metrics.some((m) => m.value === 3 || m.value === 8 || m.value === 4.15)).toBe(false);
  });

  it('asks a person to confirm what it inferred', () => {
    const { issues } = importDraft(beiliuText);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['import_fact_derived', 'metrics.12'],
      ['import_fact_derived', 'metrics.13'],
      ['import_fact_derived', 'metrics.21'],
    ]);
  });
});

describe('importReport on text with more figures than any report', () => {
  const head = '东河镇2023年法治政府建设工作报告\n一、主要举措和成效\n';

  it('reads the first 5,000 figures of one long paragraph, keeps all its text, and says so', () => {
    const { report, issues } = importDraft(`${head}${'调解纠纷1件，'.repeat(6_000)}结束语。`);
    expect(report.metrics).toHaveLength(5_000);
    expect(report.metrics.at(-1)?.value).toBe(1);
    expect(report.sections.flatMap((section) => section.paragraphs).join('')).toContain('结束语。');
    expect(issues.filter((issue) => issue.code === 'import_too_many_figures')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message:
          '文中的数字超过 5000 项，只读取了前 5000 项（全文都已导入）：年度报告没有这么多数字，请核对导入的是不是报告。',
      }),
    ]);
  });

  it('stops at 5,000 across paragraphs too, and says nothing of a report with fewer', () => {
    const many = importDraft(`${head}${'排查矛盾纠纷2起，化解2起。\n\n'.repeat(3_000)}`);
    expect(many.report.metrics).toHaveLength(5_000);
    expect(many.issues.some((issue) => issue.code === 'import_too_many_figures')).toBe(true);
    // Exactly 5,000 is all of them: nothing to say.
    const all = importDraft(`${head}${'排查矛盾纠纷2起，化解2起。\n\n'.repeat(2_500)}`);
    expect(all.report.metrics).toHaveLength(5_000);
    expect(all.issues.some((issue) => issue.code === 'import_too_many_figures')).toBe(false);
    const few = importDraft(`${head}${'排查矛盾纠纷2起，化解2起。\n\n'.repeat(100)}`);
    expect(few.report.metrics).toHaveLength(200);
    expect(few.issues.some((issue) => issue.code === 'import_too_many_figures')).toBe(false);
  });
});

describe('importReport structure', () => {
  it('takes heading levels from the enumerators, not from # depth', () => {
    const text =
      '# 示例镇2023年法治政府建设情况报告\n\n# 一、主要举措\n\n#### （一）加强领导\n\n正文。\n\n## 1. 细项\n\n正文。\n\n# （1）更细\n\n正文。\n\n# 二、存在的不足\n\n正文。';
    const { report } = importDraft(text);
    expect(report.sections.map((s) => s.title)).toEqual(['主要举措', '存在的不足']);
    expect(report.sections[0]?.sections[0]?.sections[0]?.sections[0]?.title).toBe('更细');
  });

  it('accepts (一), 一) and 1、 enumerators and 第一部分 parts', () => {
    const text =
      '示例县2023年法治政府建设情况报告\n第一部分 工作成效\n一、依法行政\n(一)决策\n正文。\n二)执法\n1、公示\n正文。\n第二部分 存在的问题\n正文。';
    const { report } = importDraft(text);
    expect(report.sections.map((s) => [s.title, s.kind])).toEqual([
      ['工作成效', 'measures'],
      ['存在的问题', 'shortcomings'],
    ]);
    const [policy] = report.sections[0]?.sections ?? [];
    expect(policy?.sections.map((s) => s.title)).toEqual(['决策', '执法']);
    expect(policy?.sections[1]?.sections[0]?.title).toBe('公示');
  });

  it('reads 第一、 … 第四、 at the start of a line as first-level headings, so the plans are targets', () => {
    const text =
      '示例镇2024年法治政府建设情况报告\n第一、主要举措和成效\n全年开展普法活动12场。\n第二、存在的不足\n第一、二季度排查纠纷较少。\n第三、2025年工作打算\n开展普法活动不少于15场。';
    const { report } = importDraft(text);
    expect(report.sections.map((s) => [s.kind, s.title])).toEqual([
      ['measures', '主要举措和成效'],
      ['shortcomings', '存在的不足'],
      ['plans', '2025年工作打算'],
    ]);
    expect(report.sections[1]?.paragraphs).toEqual(['第一、二季度排查纠纷较少。']);
    expect(report.metrics.map((m) => [m.value, m.scope])).toEqual([
      [12, 'year'],
      [15, 'target'],
    ]);
  });

  it('reads an appendix after the 落款 as a section of figures achieved, and the 落款 before it', () => {
    const text =
      '示例局2024年法治政府建设年度报告\n一、主要举措和成效\n全年开展普法活动12场。\n二、2025年工作安排\n开展普法活动不少于15场。\n示例局\n2025年1月20日\n附件：2024年主要数据统计\n1．行政规范性文件备案2件\n2．主动公开政府信息312条';
    const { report } = importDraft(text);
    expect([report.issuer, report.issuedOn]).toEqual(['示例局', '2025-01-20']);
    expect(report.sections.map((s) => s.kind)).toEqual(['measures', 'plans', 'measures']);
    expect(report.metrics.map((m) => [m.value, m.indicator, m.scope])).toEqual([
      [12, 'publicity.events', 'year'],
      [15, 'publicity.events', 'target'],
      [2, 'normativeDocs.filed', undefined],
      [312, 'disclosure.items', undefined],
    ]);
    // What follows a 落款 and is no appendix stays out (抄送, 印发).
    const sent = importDraft(
      '示例局2024年法治政府建设年度报告\n一、主要举措\n全年开展普法活动12场。\n示例局\n2025年1月20日\n抄送：县司法局',
    ).report;
    expect(sent.metrics).toHaveLength(1);
    // 附件 alone on the last line names a file sent with the report: no section.
    const attached = importDraft(
      '示例局2024年法治政府建设年度报告\n一、主要举措\n全年开展普法活动12场。\n示例局\n2025年1月20日\n附件：统计表.xlsx',
    ).report;
    expect(attached.sections.map((s) => s.kind)).toEqual(['measures']);
  });

  it('splits headings written inline in one long paragraph, only in sequence', () => {
    const text =
      '示例镇2023年法治政府建设情况报告\n\n一、主要工作（一）加强领导。成立领导小组。（二）规范执法。落实“三项制度”。二、存在问题一是宣传不够；二是力量不足。三、下步打算一)加强宣传；二)充实力量。';
    const { report } = importDraft(text);
    expect(report.sections.map((s) => [s.kind, s.title])).toEqual([
      ['measures', '主要工作'],
      ['shortcomings', '存在问题'],
      ['plans', '下步打算'],
    ]);
    expect(report.sections[0]?.sections.map((s) => [s.title, s.paragraphs])).toEqual([
      ['加强领导', ['成立领导小组。']],
      ['规范执法', ['落实“三项制度”。']],
    ]);
    expect(report.sections[1]?.paragraphs).toEqual(['一是宣传不够；二是力量不足。']);
  });

  it('keeps 一是…二是… run-in items inside their paragraph', () => {
    const { report } = importDraft('示例镇2023年法治政府建设情况报告\n一、主要举措\n一是强化领导。二是完善制度。');
    expect(report.sections[0]?.paragraphs).toEqual(['一是强化领导。二是完善制度。']);
  });

  it('re-joins a sentence broken by a page break, but not a heading', () => {
    const { report } = importDraft(
      '示例镇2023年法治政府建设情况报告\n\n一、主要举措\n\n全年开展培训，\n\n\n提升了能力。\n\n（一）加强领导\n\n正文。',
    );
    expect(report.sections[0]?.paragraphs).toEqual(['全年开展培训，提升了能力。']);
    expect(report.sections[0]?.sections[0]?.title).toBe('加强领导');
  });

  it('reads a year-first title and the unit after the year', () => {
    const { report } = importDraft(
      '2023年度阳河县司法局法治政府建设情况报告\n一、主要举措\n正文。\n阳河县司法局\n2024年2月1日',
    );
    expect(report).toMatchObject({
      year: 2023,
      unit: { name: '阳河县司法局', level: 'department' },
      issuer: '阳河县司法局',
    });
  });

  it('infers the year from the headings when the title has none, and says so', () => {
    const { report, issues } = importDraft(
      '东湖街道法治政府建设情况报告\n一、2022年主要工作\n正文。\n二、下一步工作打算\n正文。',
    );
    expect(report.year).toBe(2022);
    expect(issues.find((i) => i.code === 'import_year_inferred')?.message).toContain('章节标题');
  });

  it('reads 落款 with a Chinese-numeral date, and the issuer and date on one line', () => {
    expect(
      importDraft('示例镇2023年法治政府建设情况报告\n一、举措\n正文。\n示例镇人民政府\n二〇二四年二月五日').report
        .issuedOn,
    ).toBe('2024-02-05');
    expect(
      importDraft('示例镇2023年法治政府建设情况报告\n一、举措\n正文。\n示例镇人民政府 2024年1月29日').report,
    ).toMatchObject({
      issuer: '示例镇人民政府',
      issuedOn: '2024-01-29',
    });
  });

  it('drops the chrome of a saved web page and keeps the publication date', () => {
    const html = `<html><head><title>标题_网站</title><script>var x = "<p>一、脚本</p>";</script></head><body>
      <div>今天是：2024年3月18日</div><div>当前位置：首页 &gt; 政务公开</div>
      <table><tr><td>索引号：</td><td>000/2024-1</td></tr><tr><td>发布日期：</td><td>2024-03-15</td></tr></table>
      <h1>示例镇2023年法治政府建设年度报告</h1><p>一、主要举措</p><p>全年开展普法活动&nbsp;12&nbsp;场。</p>
      <p>示例镇人民政府</p><p>2024年1月20日</p><div>版权所有 示例县人民政府</div></body></html>`;
    const { report } = importDraft(html);
    expect(report).toMatchObject({
      title: '示例镇2023年法治政府建设年度报告',
      issuedOn: '2024-01-20',
      publishedOn: '2024-03-15',
    });
    expect(report.sections.map((s) => s.title)).toEqual(['主要举措']);
    const fact = report.metrics[0];
    expect(fact).toMatchObject({ indicator: 'publicity.events', value: 12, unit: '场', scope: 'year' });
    expect(html.slice(fact?.source?.start, fact?.source?.end)).toBe('12&nbsp;场');
  });

  it('keeps the publication date of a chrome line that gives several fields, and a 落款 date typed with ○', () => {
    const text = `索引号：115/2024-00015  发布时间：2024-03-05  来源：县文化和旅游局  【字体：大 中 小】
示例县文化和旅游局2023年法治政府建设工作报告
一、主要举措
全年开展普法活动12场。
示例县文化和旅游局
二○二四年一月六日`;
    expect(importDraft(text).report).toMatchObject({ publishedOn: '2024-03-05', issuedOn: '2024-01-06' });
  });

  it('drops page numbers a copy out of Word leaves between the halves of a broken sentence', () => {
    const text = [
      '示例镇2023年法治政府建设年度报告',
      '一、主要举措和成效',
      '镇长主持召开专题会议研究法治工作3次，组织开展领导干部学法活动',
      '',
      '— 1 —',
      '',
      '10次，开展普法活动5场。',
      '- 2 -',
      '第3页 共8页',
      '4/8',
      '示例镇人民政府',
      '2024年1月20日',
    ].join('\n');
    const { report } = importDraft(text);
    expect(report.sections[0]?.paragraphs).toEqual([
      '镇长主持召开专题会议研究法治工作3次，组织开展领导干部学法活动10次，开展普法活动5场。',
    ]);
    expect(report.metrics.map((m) => [m.indicator, m.value, m.label])).toEqual([
      ['leadership.meetings', 3, '镇长主持召开专题会议研究法治工作'],
      ['study.sessions', 10, '组织开展领导干部学法活动'],
      ['publicity.events', 5, '开展普法活动'],
    ]);
  });

  it('reads a title set under its unit’s own line, as official documents set it', () => {
    const text = [
      '平川县人力资源和社会保障局',
      '关于2024年度法治政府建设情况的报告',
      '一、主要举措和成效',
      '全年查处案件4件。',
      '平川县人力资源和社会保障局',
      '2025年1月15日',
    ].join('\n');
    const { report } = importDraft(text);
    expect(report).toMatchObject({
      title: '平川县人力资源和社会保障局关于2024年度法治政府建设情况的报告',
      year: 2024,
      unit: { name: '平川县人力资源和社会保障局', level: 'department' },
    });
    // A sentence before a 关于… title is no part of it.
    expect(
      importDraft(['各有关单位：', '关于2024年度法治政府建设情况的报告', '一、主要举措', '正文。'].join('\n')).report
        .title,
    ).toBe('关于2024年度法治政府建设情况的报告');
  });

  it('reads labels that name the statutory contents as the sections of a report with no numbered headings', () => {
    const text = [
      '示例乡2024年法治政府建设情况报告',
      '今年以来，我乡扎实推进法治建设，现报告如下：',
      '党政主要负责人履职情况：全年召开专题会议3次。',
      '主要工作成效：全年排查矛盾纠纷58起。',
      '存在的问题：宣传形式单一。',
      '下一步打算：计划开展普法活动15场。',
      '示例乡人民政府',
      '2025年1月8日',
    ].join('\n');
    const { report, issues } = importDraft(text);
    expect(report.sections.map((s) => [s.kind, s.title, s.paragraphs])).toEqual([
      ['preamble', '', ['今年以来，我乡扎实推进法治建设，现报告如下：']],
      ['duties', '党政主要负责人履职情况', ['全年召开专题会议3次。']],
      ['measures', '主要工作成效', ['全年排查矛盾纠纷58起。']],
      ['shortcomings', '存在的问题', ['宣传形式单一。']],
      ['plans', '下一步打算', ['计划开展普法活动15场。']],
    ]);
    expect(report.metrics.at(-1)).toMatchObject({ value: 15, scope: 'target' });
    expect(issues.map((i) => i.code)).not.toContain('import_no_headings');
    // One label is a sentence's lead; labels in a report with numbered headings are text.
    expect(
      importDraft(
        ['示例乡2024年法治政府建设情况报告', '存在的问题：宣传形式单一。', '全年开展活动3场。'].join('\n'),
      ).report.sections.map((s) => s.kind),
    ).toEqual(['preamble']);
    expect(
      importDraft(
        ['示例乡2024年法治政府建设情况报告', '一、主要举措', '存在的问题：无。', '下一步打算：继续。'].join('\n'),
      ).report.sections.map((s) => s.kind),
    ).toEqual(['measures']);
  });

  it('finds the title, the headings and the 落款 of a report that lost its line breaks', () => {
    const text =
      '青龙乡2024年法治政府建设工作报告 2024年，青龙乡扎实推进法治政府建设。一、党政主要负责人履行推进法治建设第一责任人职责情况 乡党委书记全年主持召开专题会议研究法治工作3次，组织干部集体学法6次。二、主要举措和成效 全年排查矛盾纠纷45件。青龙乡人民政府 2025年1月10日';
    const { report, issues } = importDraft(text);
    expect(report).toMatchObject({
      title: '青龙乡2024年法治政府建设工作报告',
      year: 2024,
      unit: { name: '青龙乡' },
      issuer: '青龙乡人民政府',
      issuedOn: '2025-01-10',
    });
    expect(report.sections.map((s) => [s.kind, s.title])).toEqual([
      ['preamble', ''],
      ['duties', '党政主要负责人履行推进法治建设第一责任人职责情况'],
      ['measures', '主要举措和成效 全年排查矛盾纠纷45件'],
    ]);
    expect(issues.map((i) => i.code)).not.toContain('import_title_missing');
    // A title of two phrases, as headings are set on their own line, stays whole.
    expect(
      importDraft(
        ['示例镇2023年法治政府建设年度报告', '一、提高政治站位　全面落实法治建设责任', '全年开展活动3场。'].join('\n'),
      ).report.sections[0]?.title,
    ).toBe('提高政治站位 全面落实法治建设责任');
  });

  it('reads an appendix of figures after the plans as a section of its own, not as targets', () => {
    const text = [
      '示例镇2024年法治政府建设工作报告',
      '一、主要举措和成效',
      '全年开展普法活动15场。',
      '二、2025年工作安排',
      '计划开展普法活动20场。',
      '附表：2024年主要指标完成情况',
      '序号\t指标\t数量',
      '1\t法律咨询\t520人次',
      '2\t法律援助\t9件',
      '示例镇人民政府',
      '2025年1月14日',
    ].join('\n');
    const { report } = importDraft(text);
    expect(report.sections.map((s) => [s.kind, s.title])).toEqual([
      ['measures', '主要举措和成效'],
      ['plans', '2025年工作安排'],
      ['measures', '附表：2024年主要指标完成情况'],
    ]);
    expect(report.metrics.map((m) => [m.indicator, m.value, m.label, m.scope ?? ''])).toEqual([
      ['publicity.events', 15, '开展普法活动', 'year'],
      ['publicity.events', 20, '计划开展普法活动', 'target'],
      ['legalServices.consultations', 520, '法律咨询', ''],
      ['legalAid.cases', 9, '法律援助', ''],
    ]);
  });

  it('keeps a Markdown blockquote as text, not as the chrome of a page', () => {
    const { report } = importDraft(
      [
        '## 示例街道2023年法治政府建设工作报告',
        '',
        '> 2023年，示例街道扎实推进法治政府建设。',
        '',
        '### 一、主要举措和成效',
        '',
        '- **普法**：开展活动42场。',
      ].join('\n'),
    );
    expect(report.sections.map((s) => [s.kind, s.paragraphs])).toEqual([
      ['preamble', ['2023年，示例街道扎实推进法治政府建设。']],
      ['measures', ['普法：开展活动42场。']],
    ]);
  });

  it('keeps lines that open with a label in 【】 and headings behind ★ bullets, and drops a page’s 【打印】 buttons', () => {
    const text = [
      '示例街道2024年法治政府建设年度报告',
      '【字体：大 中 小】 打印本页',
      '★一、主要举措和成效',
      '【普法宣传】全年开展普法宣传活动30场。',
      '● 提供法律咨询860人次。',
      '【打印本页】【关闭窗口】',
      '示例街道办事处（盖章）',
      '2025年1月13日',
    ].join('\n');
    const { report } = importDraft(text);
    expect(report.sections.map((s) => [s.kind, s.paragraphs])).toEqual([
      ['measures', ['【普法宣传】全年开展普法宣传活动30场。', '提供法律咨询860人次。']],
    ]);
    expect(report.metrics.map((m) => m.value)).toEqual([30, 860]);
    expect(report.issuer).toBe('示例街道办事处');
  });

  it('reads the report inside the letter that sends it, without the letter', () => {
    const text = [
      '关于报送《石岭镇2024年法治政府建设年度报告》的函',
      '县司法局：',
      '现将我镇报告报送给你们，请审阅。',
      '石岭镇2024年法治政府建设年度报告',
      '一、主要举措和成效',
      '全年审查合同24份。',
      '石岭镇人民政府',
      '2025年1月23日',
    ].join('\n');
    const { report } = importDraft(text);
    expect(report.title).toBe('石岭镇2024年法治政府建设年度报告');
    expect(report.sections.map((s) => s.kind)).toEqual(['measures']);
  });

  it('names the nearest place as the parent of a subdistrict under a district under a city', () => {
    expect(
      importDraft(['临江市江北区滨江街道2024年法治政府建设工作报告', '一、主要举措', '全年审查合同3份。'].join('\n'))
        .report.unit,
    ).toEqual({ name: '滨江街道', level: 'town', parent: { name: '江北区' } });
    expect(
      importDraft(['阳城县北留镇2023年法治政府建设工作报告', '一、主要举措', '全年审查合同3份。'].join('\n')).report
        .unit,
    ).toEqual({ name: '北留镇', level: 'town', parent: { name: '阳城县' } });
  });

  it('reads numbering that starts again under a heading as that heading’s items, so a plan’s figures stay targets', () => {
    const text = [
      '示例乡2024年法治政府建设情况报告',
      '一、主要举措和成效',
      '全年开展普法活动10场。',
      '二、2025年工作安排',
      '一、加强法治学习。全年组织集体学法不少于10次。',
      '二、深化普法宣传。开展普法活动15场。',
      '三、其他需要报告的情况',
      '无。',
    ].join('\n');
    const { report } = importDraft(text);
    expect(report.sections.map((s) => [s.kind, s.title, s.sections.map((c) => [c.kind, c.title])])).toEqual([
      ['measures', '主要举措和成效', []],
      [
        'plans',
        '2025年工作安排',
        [
          ['plans', '加强法治学习'],
          ['plans', '深化普法宣传'],
        ],
      ],
      ['other', '其他需要报告的情况', []],
    ]);
    expect(report.metrics.map((m) => [m.value, m.scope])).toEqual([
      [10, 'year'],
      [10, 'target'],
      [15, 'target'],
    ]);
  });

  it('reads 一、 items under a report whose headings are （一）… as the items of the heading above', () => {
    const text = [
      '示例镇2024年法治政府建设工作报告',
      '（一）主要举措和成效',
      '全年开展普法活动12场。',
      '（二）2025年工作安排',
      '一、加强学习。全年组织集体学法不少于10次。',
      '二、深化宣传。开展普法活动15场。',
    ].join('\n');
    const { report } = importDraft(text);
    expect(report.sections.map((s) => [s.kind, s.sections.length])).toEqual([
      ['measures', 0],
      ['plans', 2],
    ]);
    expect(report.metrics.map((m) => m.scope)).toEqual(['year', 'target', 'target']);
  });

  it('reads a top-level title that opens with what comes next, or with the next year, as the plans', () => {
    const text = (title: string) =>
      [
        '示例镇2024年法治政府建设工作报告',
        '一、主要举措和成效',
        '全年开展活动3场。',
        `二、${title}`,
        '开展活动5场。',
      ].join('\n');
    expect(
      ['下一步工作举措', '2025年重点工作', '今后工作措施', '2024年工作成效'].map(
        (title) => importDraft(text(title)).report.sections[1]?.kind,
      ),
    ).toEqual(['plans', 'plans', 'plans', 'measures']);
  });

  it('reads 4.2025年工作安排 as the fourth heading, not as a decimal', () => {
    const text = [
      '示例镇2024年法治政府建设工作报告',
      '1.主要举措和成效',
      '全年审查合同21份。',
      '2.存在的不足和原因',
      '宣传不足。',
      '3.2025年工作安排',
      '计划开展活动12场。',
    ].join('\n');
    expect(importDraft(text).report.sections.map((s) => s.kind)).toEqual(['measures', 'shortcomings', 'plans']);
  });

  it('fills a schema-valid draft from text with nothing recognisable, and says what is missing', () => {
    const { report, issues } = importDraft('随便写的一段话');
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        'import_title_unread',
        'import_issue_date_missing',
        'import_unit_missing',
        'import_issuer_unread',
        'import_no_headings',
      ]),
    );
  });

  it('asks for a title, unit and issuer it could not read to be filled in, never saying it used （未识别）', () => {
    const notes = (locale: 'zh-CN' | 'en') =>
      Object.fromEntries(
        importReport('随便写的一段话', { locale })
          .issues.filter((i) => ['title', 'unit.name', 'issuer'].includes(i.path.join('.')))
          .map((i) => [i.path.join('.'), i.message]),
      );
    expect(notes('zh-CN')).toEqual({
      title: '没有读出报告标题，请填写。',
      'unit.name': '没有识别出报告单位，请填写。',
      issuer: '没有读出落款单位，请填写。',
    });
    expect(notes('en')).toEqual({
      title: 'No title could be read. Please fill it in.',
      'unit.name': 'The reporting unit was not recognised. Please fill it in.',
      issuer: 'No issuing body could be read. Please fill it in.',
    });
  });

  it('still names the title it made from a unit it read in the 落款', () => {
    const { report, issues } = importDraft('一、主要举措\n正文。\n北留镇人民政府\n2024年1月5日');
    expect(report.title).toBe('北留镇2023年法治政府建设工作情况的报告');
    expect(issues.find((i) => i.code === 'import_title_missing')?.message).toBe(
      '没有找到报告标题，已用“北留镇2023年法治政府建设工作情况的报告”代替，请核对。',
    );
  });

  it('says at once that a report is another unit’s than the one expected, on its unit', () => {
    const text = '北留镇2023年法治政府建设工作情况的报告\n一、主要举措\n正文。';
    const other = importReport(text, { expectedUnit: '柳林乡' }).issues.find((i) => i.code === 'import_other_unit');
    expect(other).toMatchObject({ severity: 'warning', path: ['unit', 'name'] });
    expect(other?.messages).toEqual({
      'zh-CN': '这份报告的单位是“北留镇”，而您登录的单位是“柳林乡”：请确认导入的是本单位的报告。',
      en: "This report is from “北留镇”, but you are signed in for “柳林乡”: please check that it is your own unit's report.",
    });
    // The same unit however written (its government, a space, its county in front) is no other unit.
    for (const expectedUnit of ['北留镇', '北留镇人民政府', '北 留镇', '阳城县北留镇'])
      expect(
        importReport(`阳城县${text}`, { expectedUnit }).issues.map((i) => i.code),
        expectedUnit,
      ).not.toContain('import_other_unit');
    // A unit it could not read is said to be unread, not another unit's.
    expect(importReport('随便写的一段话', { expectedUnit: '柳林乡' }).issues.map((i) => i.code)).not.toContain(
      'import_other_unit',
    );
  });

  it('marks a unit and issuer it could not read with the validator’s own mark, so submit refuses them', () => {
    const { report } = importDraft('随便写的一段话');
    expect([report.unit.name, report.issuer]).toEqual([UNRECOGNIZED_MARK, UNRECOGNIZED_MARK]);
    expect(
      validateReport(report)
        .issues.filter((i) => i.code === 'unrecognized_value')
        .map((i) => i.path.join('.')),
    ).toEqual(expect.arrayContaining(['unit.name', 'issuer']));
    // One home: the importer writes the mark by name, never a copy of its text that could drift.
    const source = readFileSync(new URL('./import-report.ts', import.meta.url), 'utf8');
    expect(source).not.toContain('未识别');
  });
});

describe('importReport on any input', () => {
  it('never throws and always gives a schema-valid draft', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.stringMatching(/^[一二（）、。0-9余万件%\n#*<>&;年月日镇]{0,80}$/),
        ),
        (text) => {
          expectDraftOrRefusal(importReport(text, { now: new Date('2025-06-01') }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps every source span inside the input', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[一二三（）、。，0-9.余多约近万亿件次起%\n年月日全累计截至镇<p>&nbsp;]{0,120}$/),
        (text) => {
          for (const metric of importReport(text).report?.metrics ?? []) {
            expect(metric.source?.start).toBeGreaterThanOrEqual(0);
            expect(metric.source?.end).toBeLessThanOrEqual(text.length);
            expect((metric.source?.start ?? 0) <= (metric.source?.end ?? 0)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('copes with hostile input: a megabyte of digits, of 一、, of 余, of brackets', () => {
    for (const hostile of [
      '9'.repeat(1 << 20),
      '一、'.repeat(1 << 19),
      '余'.repeat(1 << 20),
      '（（（（《《《<'.repeat(1 << 17),
    ]) {
      expectDraftOrRefusal(importReport(hostile));
    }
  });

  it('refuses what is no report with one error and no draft: empty text, a PDF, a zip, binary data, no Chinese', () => {
    const pdf = '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj';
    const binary = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    for (const [text, why] of [
      ['', '内容为空'],
      ['  \n\t ', '内容为空'],
      [pdf, 'PDF'],
      ['PK\u0003\u0004\u0014\u0000', '压缩文件'],
      [binary, '二进制'],
      ['Annual report 2023', '没有中文'],
    ] as const) {
      const { report, issues } = importReport(text);
      expect(report).toBeUndefined();
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'import_not_a_report', severity: 'error' });
      expect(issues[0]?.message).toContain(why);
    }
  });
});

function expectDraftOrRefusal(result: ReturnType<typeof importReport>): void {
  if (result.report === undefined) {
    expect(result.issues.map((issue) => issue.code)).toEqual(['import_not_a_report']);
    return;
  }
  const parsed = ReportSchema.safeParse(result.report);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

describe('importReport 落款', () => {
  it('keeps a joint 落款 of Party committee and government together, out of the body', () => {
    const text =
      '中共青山镇委员会 青山镇人民政府关于2023年度法治政府建设工作情况的报告\n一、主要举措\n正文。\n中共青山镇委员会\n青山镇人民政府\n2024年1月18日';
    const { report } = importDraft(text);
    expect(report).toMatchObject({
      issuer: '中共青山镇委员会 青山镇人民政府',
      issuedOn: '2024-01-18',
      unit: { name: '青山镇', level: 'town' },
    });
    expect(report.sections[0]?.paragraphs).toEqual(['正文。']);
  });

  it('takes the title’s issuer, to confirm, when the 落款 is a seal note over its date', () => {
    const { report, issues } = importDraft(
      '秀水乡人民政府2025年法治政府建设工作报告\n一、主要举措\n正文。\n\n（盖章）\n2026年1月19日',
    );
    expect(report).toMatchObject({ issuer: '秀水乡人民政府', issuedOn: '2026-01-19' });
    expect(issues.map((issue) => issue.code)).toContain('import_issuer_missing');
  });

  it('reads an issuing body on the last line without a date as the 落款, out of the body, and asks for the date', () => {
    const { report, issues } = importDraft(
      '柳林乡2025年法治政府建设工作报告\n一、主要举措\n正文。\n四、2026年工作安排\n力争调解成功率达到100%。\n柳林乡人民政府（盖章）',
    );
    expect(report.issuer).toBe('柳林乡人民政府');
    expect(report.sections.at(-1)?.paragraphs).toEqual(['力争调解成功率达到100%。']);
    const codes = issues.map((issue) => issue.code);
    expect(codes).toContain('import_issue_date_missing');
    expect(codes).not.toContain('import_issuer_missing');
    // A last line that is no issuing body stays the body's.
    expect(
      importDraft('柳林乡2025年法治政府建设工作报告\n一、主要举措\n加强组织领导').report.sections[0]?.paragraphs,
    ).toEqual(['加强组织领导']);
  });
});

describe('importReport years', () => {
  it('reads a year written in Chinese numerals', () => {
    const { report } = importDraft(
      '石桥镇二〇二三年法治政府建设情况报告\n一、主要举措\n正文。\n石桥镇人民政府\n二〇二四年一月十日',
    );
    expect(report).toMatchObject({ year: 2023, unit: { name: '石桥镇' }, issuedOn: '2024-01-10' });
  });
});

describe('importReport titles', () => {
  it('takes a short first line as the title when no line names 法治', () => {
    const { report, issues } = importDraft('北山镇2023年度依规治理工作报告\n一、主要举措\n正文。');
    expect(report.title).toBe('北山镇2023年度依规治理工作报告');
    expect(issues.map((i) => i.code)).not.toContain('import_title_missing');
  });

  it('does not take a sentence or a heading for the title', () => {
    for (const text of ['全年开展培训12次。\n二、问题\n正文。', '一、主要举措\n正文。']) {
      const { report, issues } = importDraft(text);
      expect(report.title, text).toBe(UNRECOGNIZED_MARK);
      expect(issues.map((i) => i.code)).toContain('import_title_unread');
    }
  });
});

describe('importReport covering letters', () => {
  it('takes the report title out of 《》 in a covering letter’s title', () => {
    const { report } = importDraft('关于报送《北留镇2023年法治政府建设工作情况的报告》的函\n一、主要举措\n正文。');
    expect(report).toMatchObject({ title: '北留镇2023年法治政府建设工作情况的报告', unit: { name: '北留镇' } });
  });
});

describe('importReport on a text with thousands of figures', () => {
  it('lists the first 500 figures to confirm one by one and counts the rest in one issue', () => {
    const { report, issues } = importReport(
      `测试镇2023年法治政府建设工作报告\n一、主要举措\n${'开展某项工作3次。'.repeat(800)}`,
    );
    expect(report?.metrics).toHaveLength(800);
    expect(issues.filter((issue) => issue.code === 'import_fact_unclassified')).toHaveLength(500);
    expect(issues.find((issue) => issue.code === 'import_more_to_confirm')?.message).toBe(
      '另有 300 项数据需要核对，未逐条列出。',
    );
  });
});
