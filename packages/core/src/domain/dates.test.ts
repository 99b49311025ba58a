import { describe, expect, it } from 'vitest';
import { chinaDateTime, dateAt, formatChinaDateTime, isoDate, yearIn, yearsIn } from './dates.js';

describe('dates as reports write them', () => {
  it('reads every year a text names, in Arabic or Chinese numerals, with or without a space', () => {
    expect(yearsIn('二〇二三年工作总结和2024 年计划，12023年不是年份')).toEqual([2023, 2024]);
    expect(yearIn('关于二〇二三年度法治政府建设情况的报告')).toBe(2023);
  });

  it('reads a 落款 date written the short way, 2025.01.20, 2024/1/16 or 2024-1-16, and no mixed or longer run', () => {
    expect(['2025.01.20', '2024/1/16', '2024-1-16'].map((text) => dateAt(text)?.date)).toEqual(['2025-01-20', '2024-01-16', '2024-01-16']);
    expect(['2024.1/16', '2024.13.01', '2024.1.161', '2024.02.30'].map((text) => dateAt(text))).toEqual([undefined, undefined, undefined, undefined]);
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
});
