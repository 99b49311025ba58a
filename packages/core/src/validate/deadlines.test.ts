import { describe, expect, it } from 'vitest';
import {
  daysLate,
  dueDates,
  parseDeadlines,
  publicationDeadline,
  resolveDeadlines,
  submissionDelay,
  withOwnDeadline,
} from './deadlines.js';

describe('dueDates', () => {
  it('defaults to 3月1日 and 4月1日 of the next year', () => {
    expect(dueDates(2023, 'department')).toEqual({ submitBy: '2024-03-01', publishBy: '2024-04-01' });
  });

  it('takes a county’s own deadline for towns', () => {
    const config = resolveDeadlines({ submit: { town: '01-31' } });
    expect(dueDates(2023, 'town', config)).toEqual({ submitBy: '2024-01-31', publishBy: '2024-04-01' });
    expect(dueDates(2023, 'department', config).submitBy).toBe('2024-03-01');
  });

  it('uses the first quarter for reports on 2018 and before', () => {
    expect(dueDates(2018, 'county')).toEqual({ submitBy: '2019-03-31', publishBy: '2019-03-31' });
    expect(dueDates(2019, 'county').submitBy).toBe('2020-03-01');
  });

  it('moves 02-29 to 02-28 in years without it', () => {
    const config = resolveDeadlines({ submit: { town: '02-29' } });
    expect(dueDates(2023, 'town', config).submitBy).toBe('2024-02-29');
    expect(dueDates(2024, 'town', config).submitBy).toBe('2025-02-28');
  });

  it('rejects days that do not exist', () => {
    expect(() => resolveDeadlines({ publish: '04-31' })).toThrow(TypeError);
    expect(() => resolveDeadlines({ submit: { town: '1-31' as never } })).toThrow(TypeError);
  });

  it('rejects overrides of the wrong shape, as a county JSON file may have', () => {
    expect(() => resolveDeadlines({ submit: 5 } as never)).toThrow(/^deadlines: submit: /);
    expect(() => resolveDeadlines({ submit: { village: '01-31' } } as never)).toThrow(
      /submit\.village: Unknown field “village”/,
    );
    expect(() => resolveDeadlines({ publish: 401 } as never)).toThrow(/publish: /);
    expect(() => resolveDeadlines({ firstReportYearOfCurrentRule: '2019' } as never)).toThrow(
      /firstReportYearOfCurrentRule/,
    );
  });

  it('checks a county’s file like any other input, each problem naming its field in the clerk’s language', () => {
    const parsed = parseDeadlines({
      submit: { town: '1-31', city: '02-30' },
      publish: '04-01',
      firstReportYearOfCurrentRule: 1800,
      extra: true,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['submit.city', '市级报送截止日的格式不对：应为“月-日”，如 01-31。'],
      ['submit.town', '乡镇报送截止日的格式不对：应为“月-日”，如 01-31。'],
      ['firstReportYearOfCurrentRule', expect.stringContaining('适用现行规定的首个报告年度')],
      ['extra', expect.stringContaining('extra')],
    ]);
    // A value of the wrong type is named as such, not as a missing one.
    expect(parseDeadlines({ publish: 401 }, 'en')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_type', message: 'Publication deadline should be text.' }],
    });
    expect(parseDeadlines({ submit: { town: '01-31' } })).toEqual({ ok: true, value: { submit: { town: '01-31' } } });
    expect(parseDeadlines(JSON.parse('{"__proto__": {"x": 1}}'), 'en')).toMatchObject({
      ok: false,
      issues: [{ code: 'forbidden_key' }],
    });
  });
});

describe('daysLate', () => {
  it('counts calendar days across a month end', () => {
    expect(daysLate('2024-03-05', '2024-02-28')).toBe(6);
    expect(daysLate('2024-02-20', '2024-03-01')).toBe(-10);
  });
});

describe('submissionDelay', () => {
  it('counts from submittedOn, else from the 落款', () => {
    const report = { year: 2023, unit: { level: 'town' as const }, issuedOn: '2024-03-05' };
    expect(submissionDelay(report)).toEqual({ date: '2024-03-05', deadline: '2024-03-01', days: 4 });
    expect(submissionDelay({ ...report, submittedOn: '2024-02-20' }).days).toBe(-10);
  });
});

describe('publicationDeadline', () => {
  it('is the year’s one publication day for every level, as the county sets it', () => {
    expect(publicationDeadline(2023)).toBe('2024-04-01');
    expect(publicationDeadline(2023, resolveDeadlines({ publish: '03-15' }))).toBe('2024-03-15');
    // Before 2019: the first quarter.
    expect(publicationDeadline(2017)).toBe('2018-03-31');
  });
});

describe('withOwnDeadline', () => {
  it('puts a unit’s own day for its year over its level’s, keeping the rest of the county’s', () => {
    const county = { submit: { town: '01-31' as const, department: '02-20' as const }, publish: '03-20' as const };
    expect(withOwnDeadline(county, 'town', 2023, '2024-02-15')).toEqual({
      submit: { town: '02-15', department: '02-20' },
      publish: '03-20',
    });
    expect(withOwnDeadline(undefined, 'town', 2023, '2024-02-15')).toEqual({ submit: { town: '02-15' } });
  });

  it('keeps the county’s deadlines for a day of another year, or none, or one that is no date', () => {
    const county = { submit: { town: '01-31' as const } };
    expect(withOwnDeadline(county, 'town', 2024, '2024-02-15')).toBe(county);
    expect(withOwnDeadline(county, 'town', 2023, undefined)).toBe(county);
    expect(withOwnDeadline(county, 'town', 2023, '2024-2-15')).toBe(county);
  });
});
