import {
  formatMessage,
  judgedSubmission,
  type Catalog,
  type DeadlineOverrides,
  type JudgedSubmission,
  type Locale,
  type MonthDay,
  type UnitDetail,
} from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { UnitWorkflow } from '../internal/aggregate-review.js';
import { historyStep } from '../internal/history-step.js';
import { stringsOf, type Strings } from '../internal/strings.js';
import type { ReviewedReport } from '../internal/review-client.js';

// Loaded when a unit's name is first clicked: the first render of the dashboard shows no dialog.
// The client that fetches a report from a server is the one the dashboard read the server with.

/** The unit shown in the dialog: its report (if any), the deadlines it is judged by, its review. */
export interface OpenedUnit {
  readonly unit: string;
  readonly report: unknown;
  readonly deadlines?: DeadlineOverrides | undefined;
  /** The date its row judged it by, from a server. */
  readonly judged?: JudgedSubmission | undefined;
  readonly review?: ReviewedReport;
  readonly problem?: string;
}

/** Where to find a unit's report, and how its row judged it. */
export interface OpenContext {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
  readonly locale: Locale;
  /** Where its report is in the county's review (from a server's aggregate). */
  readonly workflow: UnitWorkflow | undefined;
  readonly year: number | undefined;
  /** The unit's row of the aggregate. */
  readonly detail: UnitDetail | undefined;
  readonly deadlines: DeadlineOverrides | undefined;
}

/**
 * A unit's report to show: the one the page gave, or from a server the report with its history
 * (by the id the server's aggregate gave) or the unit's report on the year. Never throws.
 */
export async function openUnit(unit: string, given: unknown, context: OpenContext): Promise<OpenedUnit> {
  const { endpoint, token, locale, workflow, year } = context;
  if (given !== undefined) return { unit, report: given };
  const client = () => import('../internal/collection-client.js');
  if (endpoint && workflow) {
    const review = await client().then(
      ({ fetchForReview }) => fetchForReview(endpoint, token, locale, workflow.id),
      () => ({ error: stringsOf(locale).dashboard.offline }),
    );
    return 'error' in review
      ? { unit, report: undefined, problem: review.error }
      : { unit, ...asJudged(review.report, context, review), review };
  }
  const report =
    endpoint && year !== undefined
      ? await client().then(
          ({ fetchUnitReport }) => fetchUnitReport(endpoint, token, locale, year, unit),
          () => undefined,
        )
      : undefined;
  return { unit, ...asJudged(report, context) };
}

/** The dialog's content under its heading: the review history, then the unit's `<law-report-summary>`. */
export function renderUnitDialog(
  opened: OpenedUnit,
  view: {
    readonly m: Strings;
    readonly locale: Locale;
    readonly catalog: Catalog;
    readonly deadlines: DeadlineOverrides | undefined;
  },
): TemplateResult {
  const { m, locale } = view;
  return html`${opened.review ? history(opened.review, m, locale) : nothing}
    ${opened.problem !== undefined ? html`<p role="alert">${formatMessage(m.reviewHistory.loadFailed, { message: opened.problem })}</p>` : nothing}
    ${
      opened.report === undefined
        ? opened.problem === undefined
          ? html`<p>${m.dashboard.noReport}</p>`
          : nothing
        : html`<law-report-summary .report=${opened.report} .catalog=${view.catalog} .deadlines=${'deadlines' in opened ? opened.deadlines : view.deadlines} .judged=${opened.judged} locale=${locale} heading-level="4"></law-report-summary>`
    }`;
}

// Where the report is in the review and every step taken, with who took it, when (in China) and why
// (a step its status does not name, as the step: 撤销公开（原因：…） → 已备案).
function history(review: ReviewedReport, m: Strings, locale: Locale): TemplateResult {
  return html`<p class="review-status">${formatMessage(m.dashboard.reviewStatus, { status: m.review[review.status], version: review.version })}</p>
    <h4>${m.reviewHistory.title}</h4>
    <ol class="history">
      ${review.history.map((_, at) => html`<li>${historyStep(review.history, at, locale)}</li>`)}
    </ol>`;
}

/**
 * A report from the server as the county judged it: by the day the server first had it (core's
 * judgedSubmission, named 收到日期（首次报送） where the unit wrote another), due on the unit's own
 * deadline, so the summary's badge says what the unit's row says (a report dated 2月22日 is no
 * 按时报送 where the row says 逾期 22 天), a returned report too, which the row does not count.
 *
 * @example asJudged(report, { …context, detail }, review).judged?.on // '2024-02-22'
 */
export function asJudged(
  report: unknown,
  context: OpenContext,
  review?: ReviewedReport,
): { report: unknown; deadlines: DeadlineOverrides | undefined; judged?: JudgedSubmission } {
  const { detail, deadlines } = context;
  const record = (typeof report === 'object' && report !== null ? report : undefined) as
    | { readonly unit?: { readonly level?: unknown }; readonly issuedOn?: unknown; readonly submittedOn?: unknown }
    | undefined;
  const level = record?.unit?.level;
  const issuedOn = record?.issuedOn;
  const submittedOn = record?.submittedOn;
  if (!record || !detail || typeof level !== 'string' || typeof issuedOn !== 'string') return { report, deadlines };
  // The county's deadline for the unit, from its row, whether or not the row counts a report: a
  // returned report is judged by it as much as a counted one (not by the default of its level).
  const due = detail.deadline.slice(5) as MonthDay;
  const judgedBy = { ...deadlines, submit: { ...deadlines?.submit, [level]: due } };
  // The day the county first received it: the row's, or, for a report the row does not count
  // (returned), the one the server gives with its review.
  const at = detail.submittedOn ?? review?.submittedOn;
  if (!at) return { report, deadlines: judgedBy };
  const judged = judgedSubmission(
    { issuedOn, ...(typeof submittedOn === 'string' ? { submittedOn } : {}) },
    { at, loaded: review?.history[0]?.action === 'load' },
  );
  return { report, deadlines: judgedBy, judged };
}
