import {
  createIssue,
  daysLate,
  jumpWarnings,
  resolveDeadlines,
  submissionDelay,
  validateReport,
  type DeadlineOverrides,
  type Locale,
  type Report,
  type ValidationIssue,
} from '@law-report/core';

/** What a submission was found to be. */
export type SubmissionCheck =
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] }
  | { readonly ok: true; readonly report: Report; readonly warnings: ValidationIssue[] };

/** What the check of a submission judges by. */
export interface SubmissionContext {
  readonly locale: Locale;
  /** The server's clock: "today" in validation is its day in China. */
  readonly now: Date;
  /** The day in China the county first received this unit's report on the report's year (today for a first submission). */
  readonly receivedOn: (report: Report) => Promise<string>;
  /** The unit's report on the year before, to compare figures with. */
  readonly previous?: (report: Report) => Promise<Report | undefined>;
  readonly deadlines?: DeadlineOverrides;
  /** The unit's own submission deadline from the roster (an ISO date), overriding its level's. */
  readonly ownDeadline?: string | undefined;
}

/**
 * Checks a submission with core's `validateReport` (profile `submit`): errors refuse it (a
 * fractional count, a figure no unit could write); every other issue (core's warnings, a figure
 * implausible for the unit's level among them, and notes) comes back as `warnings`, with core's
 * `jumpWarnings` against the unit's report on the year before, and a 保密审查 not yet marked done
 * (the county can neither file nor publish the report without it). Lateness is judged by the day the
 * county received the report, not by a date typed in it.
 *
 * @example const check = await checkSubmission(body, { locale: 'zh-CN', now, receivedOn: async () => '2025-02-01' })
 */
export async function checkSubmission(body: unknown, context: SubmissionContext): Promise<SubmissionCheck> {
  const { locale, now, deadlines } = context;
  const result = validateReport(body, { profile: 'submit', locale, now, ...(deadlines ? { deadlines } : {}) });
  if (!result.ok || !result.report) return { ok: false, issues: result.issues };
  const report = result.report;
  const warnings = result.issues.filter((issue) => issue.severity !== 'error' && issue.code !== 'late_submission');
  // 备案 and 公开 need the 保密审查 done: told to the town now, not when the county cannot file the report.
  if (report.confidentialityReviewed !== true)
    warnings.push(createIssue('confidentiality_review_missing', 'warning', ['confidentialityReviewed'], locale));
  const receivedOn = await context.receivedOn(report);
  // A roster's own deadline is a date: it holds for the reports due in its year.
  const own = context.ownDeadline?.startsWith(`${report.year + 1}-`) ? context.ownDeadline : undefined;
  const delay = own
    ? { date: receivedOn, deadline: own, days: daysLate(receivedOn, own) }
    : submissionDelay({ ...report, submittedOn: receivedOn }, resolveDeadlines(deadlines));
  if (delay.days > 0) warnings.push(createIssue('late_submission', 'warning', ['submittedOn'], locale, delay));
  // A figure more than ten times (or under a tenth of) the unit's own last year.
  const previous = await context.previous?.(report);
  if (previous) warnings.push(...jumpWarnings(previous, report, { locale }));
  return { ok: true, report, warnings };
}
