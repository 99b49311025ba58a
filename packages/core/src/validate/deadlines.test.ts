import { describe, expect, it } from 'vitest';
import { daysLate, dueDates, resolveDeadlines, submissionDelay } from './deadlines.js';

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
    expect(() => resolveDeadlines({ submit: 5 } as never)).toThrow(/"submit" must map/);
    expect(() => resolveDeadlines({ submit: { village: '01-31' } } as never)).toThrow(/"village" is not a unit level/);
    expect(() => resolveDeadlines({ publish: 401 } as never)).toThrow(TypeError);
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
