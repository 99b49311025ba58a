import { makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { fillBlanks } from './fill-blanks.js';
import { emptyReport, hasContent, placeInSection, setPath } from './form-model.js';

describe('the form’s model of a draft', () => {
  it('numbers a figure by its place in its section’s table, as the table does, not in the whole report', () => {
    const metrics = [
      makeMetric('disputes.handled', 1, { sectionId: 'a' }),
      makeMetric('disputes.handled', 2, { sectionId: 'b' }),
      makeMetric('disputes.handled', 3, { sectionId: 'a' }),
      makeMetric('disputes.handled', 4),
    ];
    expect(metrics.map((_, index) => placeInSection(metrics, index))).toEqual([1, 1, 2, 1]);
  });

  it('counts only what a person wrote as content, whatever it was given', () => {
    expect(hasContent(emptyReport())).toBe(false);
    expect(hasContent({ ...emptyReport(), title: '  ' })).toBe(false);
    expect(hasContent({ ...emptyReport(), title: 42 } as never)).toBe(false);
    expect(hasContent({ ...emptyReport(), issuer: '示例镇人民政府' })).toBe(true);
  });

  it('fills only what is blank: typed values stay, figures come with their sections and never collide', () => {
    const draft = { ...emptyReport(), title: '我写的标题' };
    const imported = makeReport({
      sections: [
        makeSection('measures', { id: 's1', paragraphs: ['举措。'] }),
        makeSection('shortcomings', { id: 's2', paragraphs: ['不足。'] }),
      ],
      metrics: [makeMetric('disputes.handled', 7, { sectionId: 's1' })],
    });
    const { report, metrics, fields } = fillBlanks(draft, imported);
    expect(report.title).toBe('我写的标题');
    expect(report.unit.name).toBe('示例镇');
    expect(fields).toContain('f-unit-name');
    expect(fields).not.toContain('f-title');
    const measures = report.sections.find((section) => section.kind === 'measures');
    expect(measures?.paragraphs).toEqual(['举措。']);
    const [copy] = [...metrics.values()];
    expect(copy?.sectionId).toBe(measures?.id);
    expect(new Set(report.sections.map((section) => section.id)).size).toBe(report.sections.length);
    // The draft it was given is untouched.
    expect(draft.unit.name).toBe('');
  });

  it('takes the imported heading over a title the blank form gave, never over one a person typed', () => {
    const draft = emptyReport();
    const typed = draft.sections.find((section) => section.kind === 'shortcomings');
    if (typed) typed.title = '我们自己的不足';
    const imported = makeReport({
      sections: [
        makeSection('measures', { id: 'm', title: '2024年推进法治政府建设的主要举措和成效', paragraphs: ['举措。'] }),
        makeSection('shortcomings', { id: 's', title: '存在的问题', paragraphs: ['不足。'] }),
        makeSection('plans', { id: 'p', title: '2024年工作安排', paragraphs: ['安排。'] }),
      ],
    });
    const { report } = fillBlanks(draft, imported);
    const title = (kind: string) => report.sections.find((section) => section.kind === kind)?.title;
    // The headings the town wrote come in (a wrong year in one is then said), the clerk's own title stays.
    expect(title('measures')).toBe('2024年推进法治政府建设的主要举措和成效');
    expect(title('plans')).toBe('2024年工作安排');
    expect(title('shortcomings')).toBe('我们自己的不足');
    expect(report.sections.find((section) => section.kind === 'shortcomings')?.paragraphs).toEqual(['不足。']);
  });

  it('puts what the draft lacks where the imported report has it, not after the last section', () => {
    const draft = { ...emptyReport(), title: '我写的标题' };
    const imported = makeReport({
      sections: [
        makeSection('preamble', { id: 'p' }),
        makeSection('measures', { id: 'm1', title: '举措一' }),
        makeSection('measures', { id: 'm2', title: '举措二' }),
        makeSection('shortcomings', { id: 's' }),
      ],
    });
    const { report } = fillBlanks(draft, imported);
    const kinds = report.sections.map((section) => section.kind);
    expect(kinds.indexOf('preamble')).toBe(0);
    expect(kinds.filter((kind) => kind === 'measures')).toHaveLength(2);
    // The second 举措 follows the first, before the 不足.
    expect(kinds.lastIndexOf('measures')).toBe(kinds.indexOf('measures') + 1);
  });

  it('never fills a section with sub-sections or figures of a person’s, even without text of its own', () => {
    const draft = emptyReport();
    const measures = draft.sections.find((section) => section.kind === 'measures');
    measures?.sections.push({ id: 'mine', kind: 'measures', title: '我加的小节', paragraphs: [], sections: [] });
    draft.metrics.push(makeMetric('disputes.handled', 3, { sectionId: 'mine' }));
    const { report } = fillBlanks(
      draft,
      makeReport({ sections: [makeSection('measures', { id: 'x', paragraphs: ['导入的举措。'] })] }),
    );
    const own = report.sections.find((section) => section.id === measures?.id);
    expect(own?.sections.map((section) => section.title)).toEqual(['我加的小节']);
    expect(report.metrics.find((metric) => metric.value === 3)?.sectionId).toBe('mine');
    // The person's 举措 stays the only one: 只填空白项 adds no content a person has written.
    expect(report.sections.filter((section) => section.kind === 'measures')).toHaveLength(1);
  });

  it('adds no second 举措 over a person’s, puts an imported 导语 first, and takes the year while it is the blank form’s', () => {
    const draft = emptyReport();
    const measures = draft.sections.find((section) => section.kind === 'measures');
    if (measures) measures.paragraphs = ['我写的一段举措。'];
    const imported = makeReport({
      year: 2023,
      sections: [
        makeSection('preamble', { id: 'p', paragraphs: ['导语。'] }),
        makeSection('measures', { id: 'm', paragraphs: ['导入的举措。'] }),
        makeSection('duties', { id: 'd', paragraphs: ['职责。'] }),
      ],
    });
    const { report, fields } = fillBlanks(draft, imported);
    expect(report.sections[0]?.kind).toBe('preamble');
    expect(
      report.sections.filter((section) => section.kind === 'measures').map((section) => section.paragraphs),
    ).toEqual([['我写的一段举措。']]);
    expect(report.sections.find((section) => section.kind === 'duties')?.paragraphs).toEqual(['职责。']);
    expect(report.year).toBe(2023);
    expect(fields).toContain('f-year');
    // A year a person changed stays.
    expect(fillBlanks({ ...draft, year: 2022 }, imported).report.year).toBe(2022);
  });

  it('takes no value of another year or another unit than the person wrote, and lists each left out', () => {
    const imported = makeReport({
      title: '北留镇2023年法治政府建设工作情况的报告',
      year: 2023,
      unit: { name: '北留镇', level: 'town', code: '140522100', parent: { name: '阳城县' } },
      issuer: '北留镇人民政府',
      issuedOn: '2024-01-25',
    });
    // A year typed: the imported report's dates are of another year; its title names both another year and unit.
    const typed = fillBlanks({ ...emptyReport(), year: 2022, unit: { name: '柳林乡', level: 'town' } }, imported);
    expect(typed.report).toMatchObject({ year: 2022, title: '', issuer: '', issuedOn: '', unit: { name: '柳林乡' } });
    expect(typed.report.unit.code).toBeUndefined();
    expect(typed.report.unit.parent).toBeUndefined();
    expect(typed.fields).toEqual([]);
    expect(typed.notTaken).toEqual({
      otherYear: { imported: 2023, own: 2022, paths: [['title'], ['issuedOn']] },
      otherUnit: {
        imported: '北留镇',
        own: '柳林乡',
        paths: [['unit', 'code'], ['unit', 'parent', 'name'], ['issuer']],
      },
    });
    // The blank form's year, and a title naming the imported year and the form's unit: nothing contradicts.
    const own = fillBlanks(
      { ...emptyReport(), title: '北留镇2023年报告（初稿）', unit: { name: '阳城县北留镇', level: 'town' } },
      imported,
    );
    expect(own.report).toMatchObject({ year: 2023, issuer: '北留镇人民政府', issuedOn: '2024-01-25' });
    expect(own.notTaken).toEqual({});
    // A 落款 that names the form's unit is the form's, whichever report it came from.
    const signed = fillBlanks(
      { ...emptyReport(), unit: { name: '柳林乡', level: 'town' } },
      { ...imported, issuer: '中共柳林乡委员会' },
    );
    expect(signed.report.issuer).toBe('中共柳林乡委员会');
  });

  it('never writes through __proto__ or constructor', () => {
    const target = {};
    setPath(target, ['__proto__', 'polluted'], 'yes');
    setPath(target, ['constructor', 'prototype', 'polluted'], 'yes');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
