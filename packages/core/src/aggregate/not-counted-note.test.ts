import { describe, expect, it } from 'vitest';
import { makeMetric, makeReport } from '../testing/index.js';
import { aggregate } from './aggregator.js';
import { notCountedNote, notCountedNotes, unclassifiedNote } from './not-counted-note.js';

describe('unclassifiedNote', () => {
  const town = (name: string, unread: number) =>
    makeReport({
      unit: { name, level: 'town' },
      year: 2023,
      issuedOn: '2024-01-10',
      metrics: Array.from({ length: unread }, (_, i) => makeMetric('unclassified', i + 2, { unit: '名' })),
    });
  const roster = [
    { name: '柳林乡', level: 'town' as const },
    { name: '石门镇', level: 'town' as const },
    { name: '东镇', level: 'town' as const },
  ];

  it('names the units whose figures no indicator holds, with how many each, in the roster’s order', () => {
    const result = aggregate([town('石门镇', 2), town('柳林乡', 1), town('东镇', 0)], { year: 2023, roster });
    expect(unclassifiedNote(result, 'zh-CN')).toBe(
      '注：另有 3 个数字未归入任何指标（未归类），不计入任何合计：柳林乡 1 个、石门镇 2 个。如需计入，请在报告中为其选择指标。',
    );
    expect(unclassifiedNote(result, 'en')).toBe(
      'Note: 3 figures are in no indicator (unclassified) and in no total: 柳林乡, 1; 石门镇, 2. To count them, choose an indicator for them in the report.',
    );
  });

  it('says nothing when every figure has an indicator, and never names a unit the totals do not count', () => {
    expect(unclassifiedNote(aggregate([town('东镇', 0)], { year: 2023, roster }), 'zh-CN')).toBeUndefined();
    // Not on the roster: not counted, so none of its figures is in the note.
    const result = aggregate([town('柳林乡', 1), town('外县镇', 2)], { year: 2023, roster });
    expect(unclassifiedNote(result, 'zh-CN')).toBe(
      '注：另有 1 个数字未归入任何指标（未归类），不计入任何合计：柳林乡 1 个。如需计入，请在报告中为其选择指标。',
    );
  });
});

describe('notCountedNotes', () => {
  it('lists each figure beside a larger one of its indicator, then the figures no indicator holds, nothing else', () => {
    const meetings = (value: number, label: string) => makeMetric('leadership.meetings', value, { unit: '次', label });
    const report = makeReport({
      unit: { name: '东镇', level: 'town' },
      year: 2023,
      issuedOn: '2024-01-10',
      metrics: [
        meetings(2, '召开专题会议'),
        meetings(12, '常务会议学法'),
        makeMetric('unclassified', 3, { unit: '名' }),
      ],
    });
    const result = aggregate([report], { year: 2023 });
    const [entry] = result.notCounted ?? [];
    if (!entry) throw new Error('no figure beside a larger one');
    expect(notCountedNotes(result, 'zh-CN')).toEqual([
      notCountedNote(entry, 'zh-CN'),
      unclassifiedNote(result, 'zh-CN'),
    ]);
    expect(notCountedNotes(aggregate([makeReport({ year: 2023 })], { year: 2023 }), 'en')).toEqual([]);
  });
});
