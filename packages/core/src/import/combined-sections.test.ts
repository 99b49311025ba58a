import { describe, expect, it } from 'vitest';
import { renderReport } from '../render/render-report.js';
import { importDraft } from '../testing/index.js';

const report = (third: string, body: string) =>
  [
    '示例镇2024年法治政府建设年度报告',
    '一、党政主要负责人履行推进法治建设第一责任人职责情况',
    '书记带头学法。',
    '二、主要举措和成效',
    '全年开展普法活动12场。',
    third,
    body,
    '示例镇人民政府',
    '2025年1月20日',
  ].join('\n');

describe('a section that holds the shortcomings and the plans', () => {
  it('becomes the two statutory contents, split where the plans begin, and says so', () => {
    const { report: draft, issues } = importDraft(
      report(
        '三、存在的问题及下一步打算',
        '一是法治意识不强；二是执法力量薄弱。下一步，我镇将计划开展培训5次，力争调解成功率达到98%以上。',
      ),
    );
    expect(draft.sections.map((s) => [s.id, s.kind, s.title, s.paragraphs])).toEqual([
      ['s1', 'duties', '党政主要负责人履行推进法治建设第一责任人职责情况', ['书记带头学法。']],
      ['s2', 'measures', '主要举措和成效', ['全年开展普法活动12场。']],
      ['s3', 'shortcomings', '存在的问题', ['一是法治意识不强；二是执法力量薄弱。']],
      ['s4', 'plans', '下一步打算', ['下一步，我镇将计划开展培训5次，力争调解成功率达到98%以上。']],
    ]);
    // The figures of the plans are targets, in the plans section.
    expect(draft.metrics.slice(1).map((m) => [m.value, m.scope, m.sectionId])).toEqual([
      [5, 'target', 's4'],
      [98, 'target', 's4'],
    ]);
    expect(issues.find((issue) => issue.code === 'import_section_split')).toMatchObject({
      severity: 'info',
      path: ['sections', 2],
    });
  });

  it('splits at a paragraph that opens with the next year, or with 今后', () => {
    const byYear = importDraft(
      report('三、存在的不足和2025年工作安排', '执法力量薄弱。\n2025年，我镇将继续加强法治建设。'),
    ).report;
    expect(byYear.sections.slice(2).map((s) => [s.kind, s.title, s.paragraphs])).toEqual([
      ['shortcomings', '存在的不足', ['执法力量薄弱。']],
      ['plans', '2025年工作安排', ['2025年，我镇将继续加强法治建设。']],
    ]);
    expect(
      importDraft(report('三、问题不足与今后打算', '宣传不够。今后，我们将加强宣传。')).report.sections.map(
        (s) => s.kind,
      ),
    ).toEqual(['duties', 'measures', 'shortcomings', 'plans']);
  });

  it('stays whole where the text has no opening of the plans, or the title names no such pair', () => {
    expect(
      importDraft(report('三、存在的问题及下一步打算', '一是法治意识不强；二是执法力量薄弱。')).report.sections.map(
        (s) => [s.kind, s.title],
      ),
    ).toContainEqual(['shortcomings', '存在的问题及下一步打算']);
    // 2024年 is the year reported on, no opening of the plans.
    expect(
      importDraft(report('三、存在的问题和下一步打算', '2024年，部分干部意识不强。')).report.sections,
    ).toHaveLength(3);
    expect(
      importDraft(report('三、存在问题与建议', '意识不强。下一步，加强学习。')).report.sections.map((s) => s.kind),
    ).toEqual(['duties', 'measures', 'shortcomings']);
  });

  it('reads back the same two sections after rendering', () => {
    const { report: draft } = importDraft(report('三、存在的问题及下一步打算', '意识不强。下一步，加强学习。'));
    for (const format of ['markdown', 'text', 'html'] as const) {
      const again = importDraft(renderReport(draft, { format }) as string).report;
      expect(again.sections.map((s) => [s.kind, s.title, s.paragraphs])).toEqual(
        draft.sections.map((s) => [s.kind, s.title, s.paragraphs]),
      );
    }
  });
});
