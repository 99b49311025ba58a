import { formatChinaDate, formatChinaDateTime, formatMessage, type Locale } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { stringsOf } from '../internal/strings.js';
import type { UnitReport } from '../internal/unit-client.js';
import type { FormView } from './form-view.js';
import { heldText } from './held-text.js';
import { sentences } from './import-note.js';
import { stepBackText } from './step-back.js';
import { withoutEndStop } from './without-end-stop.js';
import type { SubmissionController } from './submission-controller.js';

/**
 * What the county did with the unit's reports: at the top, the reason when it returned the
 * year the form shows (with the returned version to load, and what 提交 would make of the form's
 * own, when the form holds something else); below the form, a table of the unit's reports by
 * year with status, version and date, each openable in the form.
 */
export function renderReturned(view: FormView, server: SubmissionController): TemplateResult | typeof nothing {
  const returned = server.returned;
  if (!returned) return nothing;
  const { m } = view;
  const record = server.reports?.find((report) => report.id === returned.id);
  const loaded = server.loaded?.id === returned.id;
  // Beside a draft offered back, the question about the two says it (see notices.ts).
  if (server.choosing) return nothing;
  return html`<div class="returned" part="returned" role="status" id="returned" tabindex="-1">
    <p>${formatMessage(m.form.returnedByCounty, { reason: returned.reason })}</p>
    ${loaded ? html`<p>${formatMessage(m.form.returnedLoaded, { version: returned.version })}</p>` : nothing}
    ${!loaded && record && !server.pristine ? html`<p>${heldText(view.locale, record)}</p>` : nothing}
    ${!loaded && record && !view.readonly ? html`<button part="button" type="button" @click=${() => void server.open(record)}>${formatMessage(m.form.loadReturned, { version: returned.version })}</button>` : nothing}
  </div>`;
}

/**
 * The county already holds the unit's report on the year shown, with a button to open it: in an
 * empty form, so the year is not started again; over what is typed or imported, so the person knows
 * 提交 makes a new version the county goes by (or, for a year it has filed, cannot be sent at all).
 * Opening it over a person's changes asks first (see {@link SubmissionController.open}). A report
 * the county has filed or published, opened in the form, says from the start that it cannot be sent
 * again and how to have it back (focused when it opens, see {@link SubmissionController.open}), and,
 * where the county unpublished it, when and why.
 */
export function renderHeld(view: FormView, server: SubmissionController): TemplateResult | typeof nothing {
  if (view.readonly) return nothing;
  // While a draft of another year is offered back, the year shown is not yet the one worked on.
  const offered = server.offered;
  if (offered !== undefined && offered !== view.draft.year) return nothing;
  const held = server.heldOn(view.draft.year);
  const filed = held ? undefined : server.filedOn(view.draft.year);
  const record = held ?? filed;
  if (!record) return nothing;
  const { m, locale } = view;
  const back = server.stepBack(record);
  const text =
    held && server.pristine
      ? sentences(
          locale,
          formatMessage(m.form.heldByCounty, { year: held.year, version: held.version, status: m.review[held.status] }),
          back && stepBackText(locale, back),
        )
      : heldText(locale, record, back);
  return html`<div class="held" id="held" role="status" tabindex="-1">
    <p>${text}</p>
    ${held ? html`<button part="button" type="button" ?disabled=${view.inert} @click=${() => void server.open(held)}>${formatMessage(m.form.openHeld, { year: held.year })}</button>` : nothing}
  </div>`;
}

/**
 * The unit's reports by year, each with its status and the day in China the county took that step
 * (已公开 2025年3月2日), under it the county's reason where that step sent it back (县里已撤销公开
 * （2025年3月2日），原因：…。, see {@link SubmissionController.stepBack}), for a report sent again on a later
 * day, the day the county judges it on time by ({@link firstDayNote}), for one in review the notes the server gave
 * when it came ({@link SubmissionController.notes}, folded), its version, a button to open it
 * and, once published, a link to its public page when the form knows where that is (see
 * {@link SubmissionController.publicPage}).
 */
export function renderUnitReports(view: FormView, server: SubmissionController): TemplateResult | typeof nothing {
  if (!server.connected) return nothing;
  const { m, locale } = view;
  const reports = server.reports;
  return html`<section class="unit-reports" aria-labelledby="unit-reports-title">
    <h2 id="unit-reports-title">${m.form.myReports}</h2>
    ${server.listError ? html`<p class="warning">${formatMessage(m.form.myReportsFailed, { message: withoutEndStop(server.listError) })}</p>` : nothing}
    ${reports && reports.length === 0 ? html`<p>${m.form.myReportsNone}</p>` : nothing}
    ${
      reports && reports.length > 0
        ? html`<table class="unit-reports-table" role="table" aria-labelledby="unit-reports-title">
          <thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">${m.form.myReportsYear}</th><th role="columnheader" scope="col">${m.form.myReportsStatus}</th><th role="columnheader" scope="col">${m.form.myReportsVersion}</th><td role="cell"></td></tr></thead>
          <tbody role="rowgroup">${reports.map(
            (report) => html`<tr role="row">
              <th role="rowheader" scope="row">${report.year}</th>
              <td role="cell" class="when"><span class=${`status status-${report.status}`}>${formatMessage(m.form.myReportsStatusOn, { status: m.review[report.status], date: statusDay(report, locale) }).trim()}</span>${stepBackLine(view, server, report)}${firstDayLine(view, report)}${notesLine(view, server, report)}</td>
              <td role="cell">${formatMessage(m.form.versionNumber, { version: report.version })}</td>
              <td role="cell" class="row-actions"><button part="button" type="button" ?disabled=${view.inert} aria-label=${formatMessage(m.form.openReport, { year: report.year })} @click=${() => void server.open(report)}>${m.form.openRow}</button>${publicLink(view, server.publicPage(report), report.year)}</td>
            </tr>`,
          )}</tbody>
        </table>`
        : nothing
    }
    ${server.opening ? renderOpenAsk(view, server, server.opening) : nothing}
  </section>`;
}

// Why the county sent the report back, under its status, while that is where it stands.
function stepBackLine(
  view: FormView,
  server: SubmissionController,
  report: UnitReport,
): TemplateResult | typeof nothing {
  const back = server.stepBack(report);
  // The status above gives the step's day already (已退回 2025年3月2日): said once.
  return back
    ? html`<span class="step-back">${stepBackText(view.locale, back, statusDay(report, view.locale))}</span>`
    : nothing;
}

// What the server asked the unit to look at when the version in review came: said beside 提交 then, here after a
// reload too; folded, so the table stays a table.
function notesLine(view: FormView, server: SubmissionController, report: UnitReport): TemplateResult | typeof nothing {
  const notes = server.notes(report);
  if (notes.length === 0) return nothing;
  const { m, locale } = view;
  return html`<details class="sent-notes"><summary>${formatMessage(m.form.myReportsNotes, { count: notes.length })}</summary><ul>${notes.map((issue) => html`<li>${issue.messages?.[locale] ?? issue.message}</li>`)}</ul></details>`;
}

// A report sent again on a later day: its date above is the latest step's, and the county judges it
// on time by the day it first came, which a clerk who resubmitted after the deadline would not guess.
function firstDayLine(view: FormView, report: UnitReport): TemplateResult | typeof nothing {
  const note = firstDayNote(report, view.locale);
  return note ? html`<span class="first-day">${note}</span>` : nothing;
}

/**
 * For a report sent more than once, the sentence saying the county judges it on time by the day it
 * first received it, when that day is not the one its status shows; undefined otherwise.
 *
 * @example firstDayNote({ version: 2, submittedOn: '2025-01-20', updatedAt: '2025-02-03T02:00:00Z', … }, 'zh-CN')
 * // '县里按首次报送的日期（2025年1月20日）判断是否按时，重新报送不影响。'
 */
export function firstDayNote(report: UnitReport, locale: Locale): string | undefined {
  if (report.version < 2 || !report.submittedOn) return undefined;
  const first = formatChinaDate(report.submittedOn, locale);
  if (first === statusDay(report, locale)) return undefined;
  return formatMessage(stringsOf(locale).form.myReportsFirstDay, { date: first });
}

// A published report as the public reads it, named by its year (the visible words first, for speech input).
function publicLink(view: FormView, href: string | undefined, year: number): TemplateResult | typeof nothing {
  if (!href) return nothing;
  const { m } = view;
  return html` <a class="public-page" href=${href} aria-label=${formatMessage(m.form.publicPageOf, { year })}>${m.form.publicPageLink}</a>`;
}

// Opening a report over a person's changes replaces them: asked first.
function renderOpenAsk(view: FormView, server: SubmissionController, record: UnitReport): TemplateResult {
  const { m } = view;
  return html`<div class="import-ask" role="group" aria-labelledby="open-ask" id="open-choice" tabindex="-1">
    <p id="open-ask">${formatMessage(m.form.openAsk, { year: record.year })}</p>
    <button part="button" type="button" @click=${() => void server.open(record, true)}>${m.form.importReplace}</button>
    <button part="button" type="button" @click=${() => server.keep()}>${m.form.importCancel}</button>
  </div>`;
}

/**
 * The day, in China, the county took the report's latest step: the day it published it (as the
 * public list gives it), else the day it was submitted, returned or filed.
 *
 * @example statusDay({ status: 'filed', updatedAt: '2025-02-09T17:30:00Z', … }, 'zh-CN') // '2025年2月10日'
 */
export function statusDay(record: UnitReport, locale: Locale): string {
  if (record.status === 'published' && record.publishedOn) return formatChinaDate(record.publishedOn, locale);
  return record.updatedAt ? formatChinaDateTime(record.updatedAt, locale, { time: false }) : '';
}
