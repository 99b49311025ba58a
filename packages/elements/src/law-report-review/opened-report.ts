import { formatMessage, LATE_SUBMISSION_CODES, parseReport, type Catalog } from '@law-report/core/model';
import { deskMessages, diffReports } from '@law-report/core/review';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { historyStep } from '../internal/history-step.js';
import { stringsOf } from '../internal/strings.js';
import { formatParts, reportText } from '../internal/report-text.js';
import type { ReviewedReport } from '../internal/review-client.js';
import '../law-report-summary/define.js';
import { changeText } from './change-text.js';
import type { CountyRoster } from './county-roster.js';
import { deskChecks } from './desk-checks.js';
import { joinMovedFigures } from './figure-moves.js';
import { type DeskSaid, saidText } from './desk-said.js';
import { renderFullText, renderToFullText } from './full-text.js';
import { renderSteps, type StepsView } from './review-steps.js';

// The report opened for review: its heading, what the desk said, a link to its text, the steps,
// the check for publication, the server's warnings, what changed, the history, the report's
// summary (`<law-report-summary>`) and its full text, last, so the steps come before it. A template of the desk's state; its controllers keep it (steps-controller.ts, catalog-controller.ts).

/** What the opened report shows and calls: the report with its steps' state, the roster, the catalog, what was said. */
export interface OpenedView extends Omit<StepsView, 'open'> {
  /** The report from the server, or its message why it could not be read. */
  readonly open: ReviewedReport | { readonly error: string };
  readonly roster: CountyRoster | undefined;
  /** The catalog the desk names indicators by and checks them against: the page's, else the county's own. */
  readonly catalog: Catalog;
  readonly said: DeskSaid | undefined;
}

/** The report opened for review, or the sentence saying why it could not be read. */
export function renderOpenedReport(view: OpenedView): TemplateResult {
  const { locale, open, catalog } = view;
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  if ('error' in open)
    return html`<p class="problem" id="opened" tabindex="-1">${formatMessage(m.reviewHistory.loadFailed, { message: open.error })}</p>`;
  const parsed = parseReport(open.report).data;
  const found = parsed ? deskChecks(open, parsed, view.roster, locale, catalog) : undefined;
  const checks = found?.checks ?? [];
  // What the server said at submission and the desk's own checks find again is listed once, with the checks
  // (lateness is one finding whichever date it was judged by and named at: the checks say it of the county's receipt).
  const keyOf = (issue: { readonly code: string; readonly path?: unknown }) =>
    LATE_SUBMISSION_CODES.has(issue.code)
      ? 'late'
      : `${issue.code} ${Array.isArray(issue.path) ? issue.path.join('.') : ''}`;
  const seen = new Set(checks.map(keyOf));
  const warnings = open.warnings.filter(
    (issue) =>
      // Once the county confirmed 保密审查, the server's note at submission that the report does not say so is answered.
      !(found?.confirmedLine && issue.code === 'confidentiality_review_missing') && !seen.has(keyOf(issue)),
  );
  const previous = open.previous === undefined ? undefined : parseReport(open.previous).data;
  // A figure reclassified (or reworded) is one change, not a figure removed and one added that read alike.
  const changes = parsed && previous ? joinMovedFigures(diffReports(previous, parsed), previous, parsed) : undefined;
  // Sent again after the county returned it: what changed since the version the county returned.
  const since = open.compared?.kind === 'returned' ? { version: open.compared.version } : undefined;
  return html`<section class="opened" part="report" aria-labelledby="opened">
      <h3 id="opened" tabindex="-1">${formatParts(d.opened, { unit: reportText(open.unit, locale), year: open.year, version: open.version, status: m.review[open.status] })}</h3>
      <p class="said" id="said" role="status" tabindex="-1">${view.said ? saidText(view.said, locale) : nothing}</p>
      ${parsed ? renderToFullText(locale) : nothing}
      ${keyed(`${open.id}-${open.version}-${open.status}`, renderSteps({ ...view, open }))}
      <h4>${d.checks}</h4>
      ${checks.length === 0 ? html`<p>${d.checksOk}</p>` : html`<ul class="issues">${checks.map((issue) => html`<li class=${issue.severity}>${issue.message}</li>`)}</ul>`}
      ${found?.confirmedLine ? html`<p class="confirmed">${found.confirmedLine}</p>` : nothing}
      ${found?.ifPublishedToday ? html`<p class="if-published">${found.ifPublishedToday}</p>` : nothing}
      ${found ? html`<p class="judged">${found.judgedLine}</p>` : nothing}
      ${warnings.length > 0 ? html`<h4>${d.warnings}</h4><ul class="issues">${warnings.map((issue) => html`<li class="warning">${issue.messages?.[locale] ?? issue.message}</li>`)}</ul>` : nothing}
      <h4>${since ? formatMessage(d.changesSinceReturned, since) : d.changes}</h4>
      ${changes === undefined ? html`<p>${d.noPrevious}</p>` : changes.length === 0 ? html`<p>${since ? formatMessage(d.noChangesSinceReturned, since) : d.noChanges}</p>` : html`<ul>${changes.map((change) => html`<li>${changeText(change, locale, previous?.sections ?? [], parsed?.sections ?? [], catalog)}</li>`)}</ul>`}
      <h4>${m.reviewHistory.title}</h4>
      <ol class="history">${open.history.map((_, at) => html`<li>${historyStep(open.history, at, locale)}</li>`)}</ol>
      ${found ? html`<law-report-summary .report=${found.shown} .judged=${found.judged} .deadlines=${found.deadlines?.given} .catalog=${catalog} locale=${locale} profile="submit" heading-level="4"></law-report-summary>` : nothing}
      ${parsed ? renderFullText(parsed, locale, open.actions.length > 0) : nothing}
    </section>`;
}
