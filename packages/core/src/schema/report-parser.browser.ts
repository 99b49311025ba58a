import type { Report, ReportParseResult } from './report.js';
import { tooDeep } from './nesting-depth.js';
import { checkShape } from './shape/check-shape.js';
import { reportNode } from './shape/report-shapes.js';

/**
 * Parses like {@link ReportSchema}, without zod: the browser build of `#report-parser` checks
 * with the shape generated from the schema (shape/report-shapes.ts), same issues and output,
 * so the embed file does not carry zod (see docs/decisions/2026-11-30-embed-size.md). Input
 * nested deeper than any report (nesting-depth.ts) is refused first, as on a server.
 *
 * @example const result = parseReport(JSON.parse(text)); if (result.success) use(result.data)
 */
export function parseReport(input: unknown, _options?: { reportInput?: boolean }): ReportParseResult {
  const deep = tooDeep(input);
  if (deep) return { success: false, error: { issues: [deep] } };
  return checkShape<Report>(reportNode, input);
}
