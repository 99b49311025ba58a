import { encodePathSegment, publicReportPath } from '@law-report/core/model';
import type { UnitReport } from '../internal/unit-client.js';

/**
 * Where the public reads one of the unit's reports once the county has published it: `public-href`
 * with `{year}`, `{unit}` and `{id}` filled in, else the collection server's own public page beside
 * an `endpoint` that ends in `/api` (`law-report serve` serves both, as the dashboard links to it);
 * undefined when the form cannot know it (an `endpoint` of another shape and no `public-href`, an
 * empty `public-href`, or a unit the server does not name).
 *
 * @example publicPageOf(record, '/api', undefined) // '/reports/2024/%E5%8C%97%E7%95%99%E9%95%87.html'
 * @example publicPageOf(record, '/api', 'https://www.example.gov.cn/fzzf/{year}/{unit}.html')
 */
export function publicPageOf(
  record: UnitReport,
  endpoint: string | undefined,
  template: string | undefined,
): string | undefined {
  if (record.status !== 'published') return undefined;
  const unit = record.unit ?? '';
  if (template !== undefined) {
    if (template.trim() === '' || (template.includes('{unit}') && !unit)) return undefined;
    return template
      .replaceAll('{year}', String(record.year))
      .replaceAll('{unit}', encodePathSegment(unit))
      .replaceAll('{id}', encodePathSegment(record.id));
  }
  const base = endpoint?.match(/^(.*)\/api\/?$/)?.[1];
  if (base === undefined || !unit) return undefined;
  return `${base}${publicReportPath(record.year, unit, 'html')}`;
}
