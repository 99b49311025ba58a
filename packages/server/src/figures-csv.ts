import { unitsCsv, type UnitsCsvOptions } from '@law-report/core';
import type { CountyAggregate } from './county-aggregate.js';

/** Options of {@link figuresCsv}: core's, but the review status, which comes from the aggregate. */
export type FiguresCsvOptions = Omit<UnitsCsvOptions, 'workflow'>;

/**
 * The county's figures as a sheet Excel can total: core's `unitsCsv` (plain numbers, qualifiers
 * in their own column, a 合计 row) with the review's status of each unit (审核状态) from the
 * county's aggregate, so the server's CSV is the one the CLI and the dashboard write.
 *
 * @example reply.send(figuresCsv(await countyAggregate(store, { year: 2024 }), { locale: 'zh-CN' }))
 */
export function figuresCsv(result: CountyAggregate, options: FiguresCsvOptions = {}): string {
  return unitsCsv(result, { ...options, workflow: result.workflow });
}
