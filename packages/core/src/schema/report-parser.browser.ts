import { ReportSchema, type ReportParseResult } from './report.js';

/**
 * Parses with {@link ReportSchema}. The browser build of `#report-parser`: same results as
 * the server build, without its compiled fast path (see report-parser.ts).
 *
 * @example const result = parseReport(JSON.parse(text)); if (result.success) use(result.data)
 */
export function parseReport(input: unknown, options?: { reportInput?: boolean }): ReportParseResult {
  return ReportSchema.safeParse(input, options);
}
