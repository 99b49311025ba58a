import * as z from 'zod/mini';
import { ReportSchema, reportShape, type ReportParseResult } from './report.js';
import { sectionSchemaToDepth } from './section.js';
import { tooDeep, tooDeepExtensions } from './nesting-depth.js';

// The server build (`default` of the `#report-parser` import). The browser build,
// report-parser.browser.ts, skips z.compile: ~9 kB gzip the embed file cannot afford,
// for speed one report in a form does not need.

let compiled: typeof ReportSchema | undefined;

/**
 * Parses like {@link ReportSchema}, fast: a compiled copy whose sections are unrolled eight
 * levels deep (real reports use four) runs first; input it rejects is parsed again by
 * `ReportSchema`, which gives the real issues (or accepts a deeper tree). Same results,
 * about fifteen times the speed on valid reports.
 *
 * @example const result = parseReport(JSON.parse(text)); if (result.success) use(result.data)
 */
export function parseReport(input: unknown, options?: { reportInput?: boolean }): ReportParseResult {
  // Unrolling keeps the type; only the recursion depth differs, and the fallback covers it.
  compiled ??= z.compile(z.strictObject(reportShape(sectionSchemaToDepth(8)))) as typeof ReportSchema;
  const fast = compiled.safeParse(input);
  if (fast.success) {
    // Extension data is open to any shape, so even a report the schema accepts is checked.
    const deep = tooDeepExtensions(input);
    return deep ? { success: false, error: { issues: [deep] } } : fast;
  }
  // Only what the unrolled copy rejects can nest sections deeper than eight levels: sections
  // nested past any real report are refused here, before the recursive schema follows them.
  const deep = tooDeep(input);
  return deep ? { success: false, error: { issues: [deep] } } : ReportSchema.safeParse(input, options);
}
