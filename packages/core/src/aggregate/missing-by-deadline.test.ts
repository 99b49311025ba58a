import { describe, expect, it } from 'vitest';
import { makeReport } from '../testing/index.js';
import { aggregate } from './aggregator.js';
import { missingByDeadline } from './missing-by-deadline.js';

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
