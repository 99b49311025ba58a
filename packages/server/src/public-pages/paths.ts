import { publicReportPath, type PublicFormat } from '@law-report/core';

export type { PublicFormat };

/**
 * Where a published report is read: core's `publicReportPath` (the one address scheme, which a
 * dashboard links to as well).
 *
 * @example reportPath(2023, '北留镇', 'html') // '/reports/2023/%E5%8C%97%E7%95%99%E9%95%87.html'
 */
export function reportPath(year: number, unit: string, format: PublicFormat): string {
  return publicReportPath(year, unit, format);
}
