import { createHash } from 'node:crypto';
import type { Report } from '@law-report/core';

// JSON with every object's keys in order: two files holding one report written with their keys in
// another order (a hand-made JSON, an exported one) have one hash.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The hash (SHA-256, hex) of a report's content, as 历史导入 tells reports apart: the report as
 * JSON with its keys in order, without where each figure was read in its file (`metrics[].source`):
 * the same report read from its Word file and from its text is one content when all else agrees.
 *
 * @example contentHash(report) === contentHash(JSON.parse(JSON.stringify(report))) // true
 */
export function contentHash(report: Report): string {
  const { metrics, ...rest } = report;
  const figures = metrics.map(({ source: _source, ...figure }) => figure);
  return createHash('sha256')
    .update(canonical({ ...rest, metrics: figures }))
    .digest('hex');
}
