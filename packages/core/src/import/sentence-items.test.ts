import { describe, expect, it } from 'vitest';
import type { Section } from '../schema/section.js';
import { renderReport } from '../render/render-report.js';
import { importDraft, makeReport, makeSection } from '../testing/index.js';
import { validateReport } from '../validate/validate-report.js';
import { plainListItems, titleNeedsEscape } from './literal-lines.js';

// A report with the four other statutory contents written out, and the plans section as given.
const report = (...plans: string[]) =>
  [
    '示例镇2026年法治政府建设工作情况的报告',
    '一、2026年推进法治政府建设的主要举措和成效',
    '全年开展普法活动12场。',
    '二、存在的不足和原因',
    '基层法治力量薄弱。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '镇党委书记带头学法4次。',
    ...plans,
    '五、其他需要报告的情况',
    '无。',
    '示例镇人民政府',
    '2027年1月10日',
  ].join('\n');

const plansOf = (text: string): Section => {
  const plans = importDraft(text, { now: new Date('2027-02-01') }).report.sections.find((s) => s.kind === 'plans');
  if (!plans) throw new Error('no plans section');
  return plans;
};

describe('numbered sentences with nothing under them', () => {
  const text = report(
    '四、2027年工作安排',
    '（一）加强法治培训，提升干部法治素养。',
    '（二）深化矛盾纠纷排查化解，力争调解成功率达到95%以上。',
    '（三）推进基层依法治理，创建市级民主法治示范村1个。',
  );

  it('are the plans section’s paragraphs, each with its enumerator as the report wrote it', () => {
    expect(plansOf(text)).toMatchObject({
      title: '2027年工作安排',
      paragraphs: [
        '（一）加强法治培训，提升干部法治素养。',
        '（二）深化矛盾纠纷排查化解，力争调解成功率达到95%以上。',
        '（三）推进基层依法治理，创建市级民主法治示范村1个。',
      ],
      sections: [],
    });
  });

  it('give the plans section text, so submitting is not refused for an empty section', () => {
    const { report: draft } = importDraft(text, { now: new Date('2027-02-01') });
    expect(validateReport(draft).issues.filter((issue) => issue.code === 'empty_section')).toEqual([]);
  });

  it('still give their figures as the plans’ targets, each pointing at its own words', () => {
    const { report: draft } = importDraft(text, { now: new Date('2027-02-01') });
    const plans = draft.sections.find((s) => s.kind === 'plans');
    const targets = draft.metrics.filter((m) => m.sectionId === plans?.id);
    expect(targets.map((m) => [m.indicator, m.value, m.unit, m.qualifier, m.scope])).toEqual([
      ['disputes.successRate', 95, '%', 'over', 'target'],
      ['modelVillages.municipal', 1, '个', 'exact', 'target'],
    ]);
    expect(targets.map((m) => text.slice(m.source?.start, m.source?.end))).toEqual(['95%以上', '1个']);
  });

  it.each(['text', 'markdown', 'html'] as const)('come back from %s as the paragraphs they were', (format) => {
    const { report: draft } = importDraft(text, { now: new Date('2027-02-01') });
    const back = importDraft(renderReport(draft, { format }), { now: new Date('2027-02-01') }).report;
    expect(back.sections).toEqual(draft.sections);
  });

  it.each(['text', 'markdown', 'html'] as const)(
    'are written in %s as the report wrote them, with no escape mark',
    (format) => {
      const { report: draft } = importDraft(text, { now: new Date('2027-02-01') });
      const written = renderReport(draft, { format });
      expect(written).toContain('（一）加强法治培训，提升干部法治素养。');
      expect(written).not.toMatch(/\\（一）/);
    },
  );

  it('read a 1./2./3. list of sentences ending in ；as paragraphs too', () => {
    const plans = plansOf(
      report(
        '四、下一步工作打算',
        '1.加强学法用法，组织集体学法不少于10次；',
        '2.深化普法宣传；',
        '3.推进依法行政，规范执法行为。',
      ),
    );
    expect([plans.paragraphs, plans.sections]).toEqual([
      ['1.加强学法用法，组织集体学法不少于10次；', '2.深化普法宣传；', '3.推进依法行政，规范执法行为。'],
      [],
    ]);
  });

  it('name their figures without the enumerator', () => {
    const { report: draft } = importDraft(
      report('四、2027年工作安排', '1.组织集体学法不少于10次；', '2.开展普法活动15场。'),
      { now: new Date('2027-02-01') },
    );
    expect(draft.metrics.filter((m) => m.scope === 'target').map((m) => m.label)).toEqual([
      '组织集体学法',
      '开展普法活动',
    ]);
  });
});

describe('a numbered line with body text under it', () => {
  it('stays a heading, and keeps its numbered siblings headings, in a mixed section', () => {
    const plans = plansOf(
      report(
        '四、2027年工作安排',
        '（一）依法决策',
        '重大行政决策全部经过合法性审查。',
        '（二）加强法治培训，提升干部法治素养。',
      ),
    );
    expect(plans.paragraphs).toEqual([]);
    expect(plans.sections.map((s) => [s.title, s.paragraphs])).toEqual([
      ['依法决策', ['重大行政决策全部经过合法性审查。']],
      ['加强法治培训，提升干部法治素养', []],
    ]);
  });

  it('stays a heading when its title ends with a full stop', () => {
    const plans = plansOf(
      report(
        '四、2027年工作安排',
        '（一）加强法治培训。',
        '全年组织干部法治培训不少于4次。',
        '（二）深化矛盾纠纷化解。',
        '力争调解成功率达到95%以上。',
      ),
    );
    expect(plans.paragraphs).toEqual([]);
    expect(plans.sections.map((s) => [s.title, s.paragraphs])).toEqual([
      ['加强法治培训', ['全年组织干部法治培训不少于4次。']],
      ['深化矛盾纠纷化解', ['力争调解成功率达到95%以上。']],
    ]);
  });

  it('is a heading whose own sentence items are its paragraphs', () => {
    const plans = plansOf(
      report(
        '四、2027年工作安排',
        '（一）依法决策',
        '1.健全重大行政决策程序，落实合法性审查；',
        '2.推行法律顾问制度，实现村（社区）全覆盖。',
        '（二）普法宣传',
        '全年开展普法活动不少于15场。',
      ),
    );
    expect(plans.sections.map((s) => [s.title, s.paragraphs, s.sections.length])).toEqual([
      ['依法决策', ['1.健全重大行政决策程序，落实合法性审查；', '2.推行法律顾问制度，实现村（社区）全覆盖。'], 0],
      ['普法宣传', ['全年开展普法活动不少于15场。'], 0],
    ]);
  });
});

describe('plainListItems', () => {
  const items = [
    '（一）加强法治培训，提升干部法治素养。',
    '（二）力争调解成功率达到95%以上；',
    '（三）推进基层依法治理',
  ];

  it('lets a list of numbered sentences that ends a section be written as it stands', () => {
    expect(plainListItems(['下一年度重点做好三项工作。', ...items.slice(0, 2)], '四、2027年工作安排', false)).toEqual(
      new Set([1, 2]),
    );
  });

  it('keeps the \\ of a numbered line that is a title, is followed by text, is as shallow as the heading, or stands above sub-sections', () => {
    expect(plainListItems(items, '四、2027年工作安排', false)).toEqual(new Set());
    expect(plainListItems([items[0] ?? '', '全年组织培训4次。'], '四、2027年工作安排', false)).toEqual(new Set());
    expect(plainListItems(['一、加强法治培训，提升干部法治素养。'], '四、2027年工作安排', false)).toEqual(new Set());
    expect(plainListItems([items[0] ?? ''], '四、2027年工作安排', true)).toEqual(new Set());
    expect(plainListItems(['（一）加强培训。全年组织培训4次。'], '四、2027年工作安排', false)).toEqual(new Set());
  });

  it.each(['text', 'markdown', 'html'] as const)(
    'names only lines that come back from %s as the paragraphs they were, written without the \\',
    (format) => {
      const plans = [
        '下一年度重点做好三项工作。',
        '（一）加强法治培训，提升干部法治素养。',
        '（二）力争调解成功率达到95%以上；',
        '（三）创建市级民主法治示范村1个。',
      ];
      const draft = makeReport({
        sections: [
          makeSection('measures', { paragraphs: ['全年开展普法活动12场。'] }),
          makeSection('duties'),
          makeSection('shortcomings'),
          makeSection('plans', { title: '2027年工作安排', paragraphs: plans }),
        ],
      });
      const plain = plainListItems(plans, '四、2027年工作安排', false);
      expect(plain.size).toBe(3);
      let rendered = renderReport(draft, { format });
      for (const index of plain) rendered = rendered.replace(`\\${plans[index]}`, plans[index] ?? '');
      expect(rendered).not.toContain('\\（');
      const back = importDraft(rendered).report;
      expect(back.sections.map((s) => [s.title, s.paragraphs, s.sections])).toEqual(
        draft.sections.map((s) => [s.title, s.paragraphs, s.sections]),
      );
    },
  );
});

describe('titleNeedsEscape for a section with nothing under it', () => {
  const heading = '（一）加强法治培训，提升干部法治素养';
  const title = '加强法治培训，提升干部法治素养';

  it('escapes a title that reads as a numbered sentence only when the section is bare', () => {
    expect([titleNeedsEscape(heading, title, true), titleNeedsEscape(heading, title, false)]).toEqual([true, false]);
    expect(titleNeedsEscape('（一）依法决策', '依法决策', true)).toBe(false);
  });

  it('keeps bare sections titled as sentences sections when their titles are written escaped', () => {
    const text = (first: string) =>
      report('四、2027年工作安排', first, '（二）深化矛盾纠纷排查化解工作，提升调解成功率');
    expect(plansOf(text(heading)).sections).toEqual([]);
    expect(plansOf(text(`（一）\\${title}`)).sections.map((s) => [s.title, s.paragraphs])).toEqual([
      [title, []],
      ['深化矛盾纠纷排查化解工作，提升调解成功率', []],
    ]);
  });
});
