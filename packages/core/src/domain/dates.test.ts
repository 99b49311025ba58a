import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chinaDateTime,
  chinaToday,
  dateAt,
  formatChinaDate,
  formatChinaDateTime,
  isoDate,
  reportingYear,
  yearIn,
  yearsIn,
} from './dates.js';

describe('dates as reports write them', () => {
  it('reads every year a text names, in Arabic or Chinese numerals, with or without a space', () => {
    expect(yearsIn('二〇二三年工作总结和2024 年计划，12023年不是年份')).toEqual([2023, 2024]);
    expect(yearIn('关于二〇二三年度法治政府建设情况的报告')).toBe(2023);
  });

  it('reads a 落款 date written the short way, 2025.01.20, 2024/1/16 or 2024-1-16, and no mixed or longer run', () => {
    expect(['2025.01.20', '2024/1/16', '2024-1-16'].map((text) => dateAt(text)?.date)).toEqual([
      '2025-01-20',
      '2024-01-16',
      '2024-01-16',
    ]);
    expect(['2024.1/16', '2024.13.01', '2024.1.161', '2024.02.30'].map((text) => dateAt(text))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a 落款 date and refuses days that do not exist', () => {
    expect(dateAt('二〇二四年一月二十五日')).toEqual({ date: '2024-01-25', length: 11 });
    expect(dateAt('2024年2月30日')).toBeUndefined();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  });

  it('reads an instant as the day and time in China, whatever the machine’s time zone', () => {
    // 23:30 UTC on 31 January is already 1 February in China: a town's deadline day is China's.
    expect(chinaDateTime('2025-01-31T23:30:00Z')).toEqual({ date: '2025-02-01', time: '07:30' });
    expect(chinaDateTime(new Date(Date.UTC(2025, 0, 20, 2, 32)))).toEqual({ date: '2025-01-20', time: '10:32' });
    expect(chinaDateTime('not a time')).toBeUndefined();
    expect(formatChinaDateTime('2025-01-20T02:32:00Z', 'zh-CN')).toBe('2025年1月20日 10:32');
    expect(formatChinaDateTime('2025-01-20T02:32:00Z', 'zh-CN', { time: false })).toBe('2025年1月20日');
    expect(formatChinaDateTime('2025-01-20T02:32:00Z', 'en')).toBe('2025-01-20 10:32 (China time)');
  });

  it('writes a calendar day as a person reads it, the same day whatever the machine’s time zone', () => {
    expect(formatChinaDate('2024-01-25', 'zh-CN')).toBe('2024年1月25日');
    expect(formatChinaDate('2024-01-25', 'en')).toBe('2024-01-25');
    expect(formatChinaDate('2024-12-31', 'zh-CN')).toBe('2024年12月31日');
    // Not a day: shown as it is, never blank.
    expect(formatChinaDate('2024年1月', 'zh-CN')).toBe('2024年1月');
  });
});

describe('chinaToday', () => {
  it('is the day in China: 23:30 UTC on 31 January is 1 February, 16:00 UTC starts the next day', () => {
    expect(chinaToday(new Date('2025-01-31T23:30:00Z'))).toBe('2025-02-01');
    expect(chinaToday(new Date('2025-02-01T15:59:59Z'))).toBe('2025-02-01');
    expect(chinaToday(new Date('2025-02-01T16:00:00Z'))).toBe('2025-02-02');
    expect(chinaToday(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
  });

  it('refuses a date that is no instant, naming it', () => {
    expect(() => chinaToday(new Date('not a date'))).toThrow(/chinaToday: Invalid Date/);
  });
});

// The machine's own zone must never show: each check runs in a fresh Node process with TZ set.
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const probe = `
const { validateReport } = await import(${JSON.stringify(here('../validate/validate-report.ts'))});
const { importReport } = await import(${JSON.stringify(here('../import/import-report.ts'))});
const { chinaToday } = await import(${JSON.stringify(here('./dates.ts'))});
const { makeReport } = await import(${JSON.stringify(here('../testing/index.ts'))});
// 07:30 on 1 February 2025 in China; 31 January in UTC and in Los Angeles.
const now = new Date('2025-01-31T23:30:00Z');
const published = makeReport({ year: 2024, issuedOn: '2025-01-20', submittedOn: '2025-02-01', publishedOn: '2025-02-01' });
const future = validateReport(published, { now }).issues.filter((issue) => issue.code === 'issued_in_future').map((issue) => issue.path.join('.'));
// 00:30 on 1 January 2025 in China: a text naming no year is last year's, 2024.
const { report } = importReport('全年开展普法活动12场。', { now: new Date('2024-12-31T16:30:00Z') });
console.log(JSON.stringify({ today: chinaToday(now), future, importedYear: report?.year, localDay: now.getDate() }));
`;

function inZone(tz: string): { today: string; future: string[]; importedYear: number; localDay: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@law-report/source', '--input-type=module', '-e', probe],
    {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as { today: string; future: string[]; importedYear: number; localDay: number };
}

describe('the day in China, whatever the machine’s time zone', () => {
  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai'])(
    'judges "today" and the inferred year by China’s day with TZ=%s',
    (tz) => {
      const seen = inZone(tz);
      expect(seen).toMatchObject({ today: '2025-02-01', future: [], importedYear: 2024 });
      // The probe really ran in that zone: the local day is 31 January outside China.
      expect(seen.localDay).toBe(tz === 'Asia/Shanghai' ? 1 : 31);
    },
    30_000,
  );

  it('takes the reporting year from October in China, the year before until then', () => {
    expect(reportingYear(new Date('2026-12-04T02:00:00Z'))).toBe(2026);
    expect(reportingYear(new Date('2026-09-30T15:59:00Z'))).toBe(2025);
    // 16:30 UTC on 30 September is already 1 October in China.
    expect(reportingYear(new Date('2026-09-30T16:30:00Z'))).toBe(2026);
    expect(reportingYear(new Date('2027-01-20T02:00:00Z'))).toBe(2026);
  });
});

describe('dates written with the circle Word types for 〇', () => {
  it('reads 二○二三年一月六日 as 二〇二三年一月六日', () => {
    expect(dateAt('二○二三年一月六日')).toEqual({ date: '2023-01-06', length: 9 });
    expect(yearIn('二○二三年工作总结')).toBe(2023);
  });
});
