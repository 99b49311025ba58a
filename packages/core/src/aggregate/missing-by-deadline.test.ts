import { describe, expect, it } from 'vitest';
import { makeReport } from '../testing/index.js';
import { aggregate } from './aggregator.js';
import { daysPublishedLate, missingByDeadline, publishedLate } from './missing-by-deadline.js';

describe('missingByDeadline', () => {
  // 北镇 is due by 31 January, 南镇 (a county's own deadline for it) by 10 January; 东镇 reported.
  const result = aggregate(
    [makeReport({ unit: { name: '东镇', level: 'town' }, year: 2024, issuedOn: '2025-01-05' })],
    {
      year: 2024,
      roster: [
        { name: '东镇', level: 'town' },
        { name: '北镇', level: 'town', deadline: '2025-01-31' },
        { name: '南镇', level: 'town', deadline: '2025-01-10' },
      ],
    },
  );

  it('keeps a unit whose deadline has not come apart from those to notify, with its day', () => {
    expect(missingByDeadline(result, '2025-01-20')).toEqual({
      overdue: ['南镇'],
      notYetDue: [{ name: '北镇', deadline: '2025-01-31' }],
    });
  });

  it('counts the deadline day itself as not yet late, and the day after as late', () => {
    expect(missingByDeadline(result, '2025-01-31').notYetDue.map((unit) => unit.name)).toEqual(['北镇']);
    expect(missingByDeadline(result, '2025-02-01')).toEqual({ overdue: ['北镇', '南镇'], notYetDue: [] });
  });
});

describe('publishedLate', () => {
  const town = (name: string, publishedOn?: string) =>
    makeReport({
      unit: { name, level: 'town' },
      year: 2024,
      issuedOn: '2025-01-05',
      ...(publishedOn === undefined ? {} : { publishedOn }),
    });
  const result = aggregate([town('东镇', '2025-04-01'), town('西镇', '2025-04-02'), town('北镇')], { year: 2024 });

  it('lists the reports published after the deadline with their days, the deadline day itself on time', () => {
    expect(publishedLate(result, '2025-04-01')).toEqual([{ name: '西镇', days: 1 }]);
    expect(publishedLate(result, '2025-03-31').map((unit) => unit.name)).toEqual(['东镇', '西镇']);
  });

  it('lists no unit the roster does not have: it is counted nowhere', () => {
    const listed = aggregate([town('东镇', '2025-04-20'), town('外县镇', '2025-05-01')], {
      year: 2024,
      roster: [{ name: '东镇', level: 'town' }],
    });
    expect(publishedLate(listed, '2025-04-01')).toEqual([{ name: '东镇', days: 19 }]);
  });

  it('counts no days for a report not published, or with no deadline to judge by', () => {
    expect(daysPublishedLate({}, '2025-04-01')).toBe(0);
    expect(daysPublishedLate({ publishedOn: '2025-05-01' }, undefined)).toBe(0);
    expect(daysPublishedLate({ publishedOn: '2025-05-01' }, '2025-04-01')).toBe(30);
  });
});
