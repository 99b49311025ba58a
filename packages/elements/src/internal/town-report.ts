import type { Report } from '@law-report/core/model';
import { makeReport } from '@law-report/core/testing';

/**
 * For tests: a town's report on `year` as the county would hold it, named and signed by the town,
 * issued on 20 January after the year; override any field.
 *
 * @example townReport('东城镇', 2021).title // '东城镇2021年法治政府建设工作情况的报告'
 */
export function townReport(unit: string, year: number, overrides: Partial<Report> = {}): Report {
  return makeReport({
    year,
    title: `${unit}${year}年法治政府建设工作情况的报告`,
    unit: { name: unit, level: 'town' },
    issuer: `${unit}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    ...overrides,
  });
}
