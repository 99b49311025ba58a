import {
  createIssue,
  dueDates,
  judgedSubmission,
  LATE_SUBMISSION_CODES,
  jumpWarnings,
  lateSubmission,
  resolveDeadlines,
  validateReport,
  withOwnDeadline,
  type Catalog,
  type DeadlineOverrides,
  type Locale,
  type Report,
  type ValidationIssue,
} from '@law-report/core';
import { say } from './messages.js';

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
  /** The county's catalog with its own indicators (`serve --catalog`): known to validation, ranged by its `plausible`. */
  readonly catalog?: Catalog;
  /** The unit's own submission deadline from the roster (an ISO date), overriding its level's. */
  readonly ownDeadline?: string | undefined;
}

/**
 * Checks a submission with core's `validateReport` (profile `submit`): errors refuse it (a
 * fractional count, a figure no unit could write); every other issue (core's warnings, a figure
 * implausible for the unit's level among them, and notes) comes back as `warnings`, with core's
 * `jumpWarnings` against the unit's report on the year before, and a 保密审查 not yet marked done
 * (said as what the county checks before publication: its reviewer confirms it at 备案 and 公开).
 * Lateness is judged by the day the county first received the report, not by a date typed in it, by
 * core's `lateSubmission` (its deadlines rule, given that day as `judged`), which names that date as
 * such (`late_receipt`, `late_receipt_typed`) when it is not the one typed.
 *
 * @example const check = await checkSubmission(body, { locale: 'zh-CN', now, receivedOn: async () => '2025-02-01' })
 */
export async function checkSubmission(body: unknown, context: SubmissionContext): Promise<SubmissionCheck> {
  const { locale, now, deadlines, catalog } = context;
  const result = validateReport(body, {
    profile: 'submit',
    locale,
    now,
    ...(deadlines ? { deadlines } : {}),
    ...(catalog ? { catalog } : {}),
  });
  if (!result.ok || !result.report) return { ok: false, issues: result.issues };
  const report = result.report;
  // Lateness is judged below by the county's receipt: not also by a date typed in the report (or its 落款).
  const warnings = result.issues.filter(
    (issue) => issue.severity !== 'error' && !LATE_SUBMISSION_CODES.has(issue.code),
  );
  // 公开 needs the 保密审查 done, which the county's reviewer confirms itself at 备案 and 公开: told to
  // the town as what the county will check, not as something it must mend and send again.
  if (report.confidentialityReviewed !== true) {
    const messages = { 'zh-CN': say('zh-CN', 'confidentialityAtCounty'), en: say('en', 'confidentialityAtCounty') };
    warnings.push({
      ...createIssue('confidentiality_review_missing', 'warning', ['confidentialityReviewed'], locale),
      message: messages[locale],
      messages,
    });
  }
  const receivedOn = await context.receivedOn(report);
  // A roster's own deadline is a date: it holds for the reports due in its year (core's one rule, as the desk and the form judge).
  const judgedBy = withOwnDeadline(deadlines, report.unit.level, report.year, context.ownDeadline);
  const deadline = dueDates(report.year, report.unit.level, resolveDeadlines(judgedBy)).submitBy;
  // The date judged is the county's receipt: core's deadlines rule names it so, beside the date the unit
  // typed when it is another (the same words the desk and the summary use).
  const late = lateSubmission(report, deadline, judgedSubmission(report, { at: receivedOn, loaded: false }));
  if (late) warnings.push(createIssue(late.code, 'warning', late.path, locale, late.params));
  // A figure more than ten times (or under a tenth of) the unit's own last year.
  const previous = await context.previous?.(report);
  if (previous) warnings.push(...jumpWarnings(previous, report, { locale, ...(catalog ? { catalog } : {}) }));
  return { ok: true, report, warnings };
}
