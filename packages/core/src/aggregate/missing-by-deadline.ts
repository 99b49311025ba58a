import { daysLate } from '../validate/deadlines.js';
import type { AggregateResult, UnitDetail } from './aggregate-result.js';

/** A unit with nothing counted whose deadline has not come: no one to notify yet. */
export interface NotYetDue {
  readonly name: string;
  /** Its deadline, an ISO date (in China). */
  readonly deadline: string;
}

/**
 * Whether a deadline (an ISO day in China) has not passed on `today`: the day itself is not late.
 *
 * @example notYetDue('2025-01-31', '2025-01-31') // true
 */
export function notYetDue(deadline: string, today: string): boolean {
  return deadline >= today;
}

/**
 * The units with no report counted (`units.missing`), split by their deadline against `today` (an
 * ISO day in China, as `chinaToday()` gives it): those past it are to notify (未报送), those whose
 * deadline is today or later are not late yet (尚未报送，截止日期未到), each with its day. A unit
 * whose deadline the result does not give counts as past it.
 *
 * @example missingByDeadline(result, '2026-12-06') // { overdue: ['北山镇'], notYetDue: [{ name: '石门镇', deadline: '2027-01-31' }] }
 */
export function missingByDeadline(
  result: AggregateResult,
  today: string,
): { readonly overdue: readonly string[]; readonly notYetDue: readonly NotYetDue[] } {
  const deadlines = new Map(result.unitsDetail.map((unit) => [unit.name, unit.deadline]));
  const overdue: string[] = [];
  const pending: NotYetDue[] = [];
  for (const name of result.units.missing) {
    const deadline = deadlines.get(name);
    if (deadline !== undefined && notYetDue(deadline, today)) pending.push({ name, deadline });
    else overdue.push(name);
  }
  return { overdue, notYetDue: pending };
}

/** A unit whose report was published after the publication deadline, and by how many days. */
export interface PublishedLate {
  readonly name: string;
  /** Days after the deadline (1 for the day after it). */
  readonly days: number;
}

/**
 * The units whose report was published after `publishBy` (the year's publication deadline, an ISO
 * day in China): 逾期公开, each with its days, in the result's order. A report published is counted
 * as published either way (公开率); this says which were late, which the count does not.
 *
 * @example publishedLate(result, '2025-04-01') // [{ name: '北山镇', days: 12 }]
 */
export function publishedLate(result: AggregateResult, publishBy: string): readonly PublishedLate[] {
  const late: PublishedLate[] = [];
  for (const unit of result.unitsDetail) {
    // A unit not on the roster is counted nowhere, 公开率 included: nor is it listed here.
    if (unit.status === 'unlisted') continue;
    const days = daysPublishedLate(unit, publishBy);
    if (days > 0) late.push({ name: unit.name, days });
  }
  return late;
}

/**
 * Days a unit's report was published after `publishBy`: 0 when on time, not published, or with no
 * deadline to judge by.
 *
 * @example daysPublishedLate({ publishedOn: '2025-04-13' }, '2025-04-01') // 12
 */
export function daysPublishedLate(unit: Pick<UnitDetail, 'publishedOn'>, publishBy: string | undefined): number {
  return unit.publishedOn && publishBy ? Math.max(0, daysLate(unit.publishedOn, publishBy)) : 0;
}
