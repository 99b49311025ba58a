import { chinaToday } from '@law-report/core';

/**
 * The calendar day in China (Asia/Shanghai) of an instant the server recorded, `YYYY-MM-DD`:
 * every day the server keeps or judges by (a submission's, a publication's, "today") is read
 * through core's `domain/dates` (`chinaToday`), never as the UTC day of `toISOString()`.
 *
 * @throws TypeError for a value that is no instant (the server only passes its own records)
 * @example chinaDay('2025-01-31T23:30:00Z') // '2025-02-01'
 */
export function chinaDay(instant: Date | string): string {
  return chinaToday(typeof instant === 'string' ? new Date(instant) : instant);
}
