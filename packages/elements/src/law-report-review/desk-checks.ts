import {
  chinaDateTime,
  chinaToday,
  daysLate,
  dueDates,
  formatChinaDate,
  formatChinaDateTime,
  formatMessage,
  judgedSubmission,
  LATE_SUBMISSION_CODES,
  resolveDeadlines,
  validateReport,
  withOwnDeadline,
  type Catalog,
  type DeadlineOverrides,
  type JudgedSubmission,
  type Locale,
  type Report,
  type ValidationIssue,
} from '@law-report/core/model';
import { deskMessages } from '@law-report/core/review';
import { stringsOf } from '../internal/strings.js';
import type { ReviewedReport } from '../internal/review-client.js';
import type { CountyRoster } from './county-roster.js';

// What the desk finds in the report opened for review: the 报送日期 it judges lateness by (core's
// judgedSubmission), the county's deadlines, the check for publication and what 公开 today would
// mean. Data and sentences only; the opened report's template shows them.

/** What the desk found in a report opened for review (`parsed`: the report as the unit wrote it). */
export interface DeskChecks {
  /** The 报送日期 lateness is judged by. */
  readonly judged: JudgedSubmission;
  /** The report as shown: the unit's own dates, with the county's publication day once it published it. */
  readonly shown: Report;
  /** The deadlines it is judged by; undefined when the server did not say what the county set. */
  readonly deadlines: { readonly given: DeadlineOverrides | undefined } | undefined;
  /**
   * The check for publication, late_submission said of the date judged by under its own name, and
   * 保密审查 not marked done as the reviewer's to confirm.
   */
  readonly checks: readonly ValidationIssue[];
  /** Which 报送日期 lateness is judged by, and what the unit typed when that is another date. */
  readonly judgedLine: string;
  /**
   * The county's confirmation of 保密审查 for the version open (who, when, at 备案 or 公开), said in
   * place of the check that the report does not mark it done; undefined until the county confirmed it.
   */
  readonly confirmedLine: string | undefined;
  /** Not yet published: what publishing today would mean, said as a condition. */
  readonly ifPublishedToday: string | undefined;
}

/**
 * The desk's checks of a parsed report opened for review, by the county's roster and deadlines, its
 * indicators checked against `catalog` (the desk's: the county's own with the built-in ones).
 *
 * @example deskChecks(open, parsed, roster, 'zh-CN', defaultCatalog).judgedLine // 收到日期（首次报送）：2025年2月3日（是否逾期按这个日期判断）。…
 */
export function deskChecks(
  open: ReviewedReport,
  parsed: Report,
  roster: CountyRoster | undefined,
  locale: Locale,
  catalog: Catalog,
): DeskChecks {
  // Submitted on the 报送日期 core's one rule gives: the county's first receipt (the server's `submittedOn`; a
  // report loaded as 历史导入, the date it gives), never the day its latest version came.
  const judged = judgedSubmission(
    parsed,
    open.submittedOn ? { at: open.submittedOn, loaded: open.history[0]?.action === 'load' } : undefined,
  );
  // Published on the day the county published it, and only then: a date the unit typed, or today, is no
  // publication day of the report's (公开 sets it; a report is not faulted for lacking it before).
  const published = open.status === 'published' ? publicationDay(open, parsed) : undefined;
  // As the unit wrote it, with the county's publication day: the summary shows it beside the day judged.
  const shown = { ...withoutPublication(parsed), ...(published ? { publishedOn: published } : {}) };
  // As the desk checks it: submitted on the day judged.
  const report = { ...shown, submittedOn: judged.on };
  // By the county's deadlines only: where the server does not say them, lateness is not judged at all.
  const deadlines = countyDeadlines(roster, open.unit, report);
  const confirmed = confirmation(open);
  const checks = validateReport(report, {
    profile: 'publish',
    locale,
    catalog,
    ...(deadlines?.given ? { deadlines: deadlines.given } : {}),
  })
    .issues.filter(
      (issue) =>
        issue.severity !== 'info' &&
        // The county's own 公开 gives the publication day: not a fault of a report not yet published.
        !(issue.code === 'publication_date_missing' && !published) &&
        (deadlines !== undefined || (!LATE_SUBMISSION_CODES.has(issue.code) && issue.code !== 'late_publication')) &&
        // Confirmed by the county: said as done (confirmedLine), no longer as the reviewer's to do.
        !(issue.code === 'confidentiality_review_missing' && confirmed),
    )
    .map((issue) =>
      LATE_SUBMISSION_CODES.has(issue.code)
        ? lateAs(issue, judged, locale)
        : // 保密审查 not marked done: the reviewer confirms it at 备案 and 公开 (the server's one rule), never sent back for it.
          issue.code === 'confidentiality_review_missing'
          ? // The reviewer's to do, not a fault of the report: shown as what to heed, never in the red of an error.
            { ...issue, severity: 'warning' as const, message: deskMessages[locale].checksConfirmable }
          : issue,
    );
  return {
    judged,
    shown,
    deadlines,
    checks,
    judgedLine: judgedText(judged, parsed.submittedOn, locale),
    confirmedLine:
      confirmed &&
      formatMessage(deskMessages[locale][confirmed.to === 'published' ? 'confirmedAtPublish' : 'confirmedAtFile'], {
        who: confirmed.by,
        when: formatChinaDateTime(confirmed.at, locale),
      }),
    ifPublishedToday:
      !published && deadlines !== undefined && open.status !== 'returned'
        ? publishTodayText(report, deadlines.given, locale)
        : undefined,
  };
}

/**
 * The step that confirmed 保密审查 for the version open: the last one that did since that version
 * came (a version sent since a confirmation is not confirmed by it: the server asks again).
 */
function confirmation(open: ReviewedReport): ReviewedReport['history'][number] | undefined {
  let found: ReviewedReport['history'][number] | undefined;
  for (const step of open.history) {
    if (step.to === 'submitted') found = undefined;
    else if (step.confidentialityReviewed) found = step;
  }
  return found;
}

// A report without the publication day it gave: the county's 公开 gives that day.
function withoutPublication(report: Report): Report {
  const { publishedOn: _typed, ...rest } = report;
  return rest;
}

/** The day the county published the report (its last 公开 in the history); a loaded one, the day it gave. */
function publicationDay(open: ReviewedReport, report: Report): string | undefined {
  // The last step to 公开 (no findLast: portals' projects may type against ES2022).
  const step = [...open.history].reverse().find((entry) => entry.to === 'published');
  if (!step || step.action === 'load') return report.publishedOn;
  return chinaDateTime(step.at)?.date ?? report.publishedOn;
}

// The name of the 报送日期 judged by, in core's words as the summary names it: what the unit typed is
// 报送日期; another date is named for what it is.
function judgedLabel(judged: JudgedSubmission, locale: Locale): string {
  const { ui } = stringsOf(locale);
  if (!judged.differsFromTyped) return ui.submittedOn;
  return { received: ui.receivedOn, loaded: ui.loadedOn, typed: ui.submittedOn, issued: ui.issuedOn }[judged.kind];
}

/** The check's late_submission said of the date judged by, under its own name (收到日期（首次报送）…). */
function lateAs(issue: ValidationIssue, judged: JudgedSubmission, locale: Locale): ValidationIssue {
  const { deadline, days } = issue.params ?? {};
  if (!judged.differsFromTyped || deadline === undefined || days === undefined) return issue;
  const message = formatMessage(deskMessages[locale].lateAs, {
    label: judgedLabel(judged, locale),
    date: formatChinaDate(judged.on, locale),
    deadline: formatChinaDate(String(deadline), locale),
    days,
  });
  return { ...issue, message };
}

/** Which 报送日期 lateness is judged by, and what the unit typed when that is another date. */
function judgedText(judged: JudgedSubmission, typed: string | undefined, locale: Locale): string {
  const d = deskMessages[locale];
  const line = formatMessage(d.judgedLine, {
    label: judgedLabel(judged, locale),
    date: formatChinaDate(judged.on, locale),
  });
  if (!judged.differsFromTyped) return line;
  return `${line}${typed ? formatMessage(d.typedBesides, { date: formatChinaDate(typed, locale) }) : d.typedNone}`;
}

/** What publishing today would mean for a report not yet published, in conditional words. */
function publishTodayText(report: Report, deadlines: DeadlineOverrides | undefined, locale: Locale): string {
  const d = deskMessages[locale];
  const deadline = dueDates(report.year, report.unit.level, resolveDeadlines(deadlines)).publishBy;
  const days = daysLate(chinaToday(), deadline);
  return formatMessage(days > 0 ? d.publishTodayLate : d.publishTodayOnTime, {
    deadline: formatChinaDate(deadline, locale),
    days,
  });
}

/**
 * The deadlines a report is judged by: the county's overrides (`given`, none for the statutory
 * defaults the county left), with the unit's own day from the roster for the reports due in its
 * year, as the server judges; undefined when the server did not say what the county set.
 */
function countyDeadlines(
  roster: CountyRoster | undefined,
  unit: string,
  report: Report,
): { readonly given: DeadlineOverrides | undefined } | undefined {
  if (!roster || roster.deadlines === undefined) return undefined;
  const own = roster.units.find((entry) => entry.name === unit)?.deadline;
  return { given: withOwnDeadline(roster.deadlines ?? undefined, report.unit.level, report.year, own ?? undefined) };
}
