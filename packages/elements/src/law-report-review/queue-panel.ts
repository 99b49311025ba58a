import { formatChinaDate, formatChinaDateTime, formatMessage, type Locale } from '@law-report/core/model';
import { deskMessages } from '@law-report/core/review';
import { html, nothing, type TemplateResult } from 'lit';
import { stringsOf } from '../internal/strings.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../internal/review-client.js';
import { reportText } from '../internal/report-text.js';
import type { CountyRoster } from './county-roster.js';
import type { DeskQueued } from './desk-queue.js';

// The desk's queue: the year's heading, the year to review, the status tabs and the table of the
// chosen status's reports. A template of the desk's state; its controller keeps it (queue-controller.ts).

/** What the queue shows and calls. */
export interface QueueView {
  readonly locale: Locale;
  readonly year: number;
  /** Every unit's latest report on every year, or the server's message why not (undefined before it answers). */
  readonly queue: readonly DeskQueued[] | { readonly error: string } | undefined;
  readonly roster: CountyRoster | undefined;
  readonly status: ReviewStatus;
  /** The report open for review, marked in the queue wherever its steps take it. */
  readonly openId: string | undefined;
  readonly chooseYear: (year: number) => void;
  readonly choose: (status: ReviewStatus) => void;
  /** Arrow keys, Home and End on the tabs. */
  readonly onTabKey: (event: KeyboardEvent) => void;
  readonly open: (id: string) => void;
}

/** The heading, the year's select, the status tabs (counts on them) and the chosen status's table. */
export function renderQueuePanel(view: QueueView): TemplateResult {
  const { locale, year, status } = view;
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  // Until the list is here (or where it could not be read) nothing is counted: no 已提交（0）, no 没有…的报告.
  const known = Array.isArray(view.queue);
  const queue = known ? (view.queue as readonly DeskQueued[]) : [];
  const ofYear = queue.filter((report) => report.year === year);
  const shown = inRosterOrder(
    ofYear.filter((report) => report.status === status),
    view.roster,
  );
  // The years the server holds, newest first, and the one shown; each with how many of its reports wait for review,
  // so a year of work is not missed behind the year the desk opens on.
  const years = [...new Set([year, ...queue.map((report) => report.year)])].sort((a, b) => b - a);
  const waiting = new Map<number, number>();
  for (const report of queue)
    if (report.status === 'submitted') waiting.set(report.year, (waiting.get(report.year) ?? 0) + 1);
  const elsewhere = waiting.has(year) ? [] : years.filter((other) => waiting.has(other));
  return html`<h2>${formatMessage(d.heading, { year })}</h2>
      ${view.queue && !Array.isArray(view.queue) ? html`<p class="problem">${formatMessage(m.reviewHistory.loadFailed, { message: (view.queue as { error: string }).error })}</p>` : nothing}
      <p class="year"><label for="year">${d.year}</label>
        <select id="year" @change=${(event: Event) => view.chooseYear(Number((event.target as HTMLSelectElement).value))}>
          ${years.map((option) => html`<option value=${option} ?selected=${option === year}>${formatMessage(waiting.has(option) ? d.yearOptionWaiting : d.yearOption, { year: option, count: waiting.get(option) ?? 0 })}</option>`)}
        </select></p>
      ${
        elsewhere.length > 0
          ? html`<div class="waiting-elsewhere" part="waiting-elsewhere"><p>${formatMessage(d.waitingElsewhere, { year })}</p>${elsewhere.map(
              (other) =>
                html`<button type="button" @click=${() => {
                  view.chooseYear(other);
                  // Where the work is: that year's 已提交, focused.
                  view.choose('submitted');
                }}>${formatMessage(d.goToYear, { year: other, count: waiting.get(other) ?? 0 })}</button>`,
            )}</div>`
          : nothing
      }
      <div role="tablist" aria-label=${d.byStatus} part="tabs" @keydown=${view.onTabKey}>
        ${REVIEW_STATUSES.map(
          (
            tab,
          ) => html`<button type="button" role="tab" id=${`tab-${tab}`} aria-controls="queue" aria-selected=${tab === status ? 'true' : 'false'}
            tabindex=${tab === status ? 0 : -1} @click=${() => view.choose(tab)}>${known ? formatMessage(d.tab, { status: m.review[tab], count: ofYear.filter((report) => report.status === tab).length }) : m.review[tab]}</button>`,
        )}
      </div>
      <div role="tabpanel" id="queue" aria-labelledby=${`tab-${status}`} tabindex="0" part="queue">
        ${
          !known
            ? view.queue === undefined
              ? html`<p role="status">${d.reading}</p>`
              : nothing
            : shown.length === 0
              ? html`<p>${formatMessage(d.none, { status: m.review[status] })}</p>`
              : // Narrow, each row is stacked, the date with its column's name (the styles); the roles keep it a
                // table for screen readers whatever its display. Wider, a table too wide scrolls in its panel.
                html`<table role="table">
              <caption>${formatMessage(d.queue, { status: m.review[status] })}</caption>
              <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${d.unit}</th><th scope="col" role="columnheader">${d.version}</th><th scope="col" role="columnheader">${m.ui.receivedOn}</th><th scope="col" role="columnheader">${d.updated}</th><th scope="col" role="columnheader">${d.attention}</th><td role="cell"></td></tr></thead>
              <tbody role="rowgroup">${shown.map(
                (report) => html`<tr role="row" aria-current=${report.id === view.openId ? 'true' : nothing}>
                  <th scope="row" role="rowheader">${reportText(report.unit, locale)}</th>
                  <td role="cell">${formatMessage(m.form.versionNumber, { version: report.version })}</td>
                  <td role="cell">${report.received ? html`<span class="label" aria-hidden="true">${m.ui.receivedOn}</span>${formatChinaDate(report.received.on, locale)}${report.received.kind === 'loaded' ? d.loadedNote : ''}` : ''}</td>
                  <td role="cell">${report.updatedAt ? html`<span class="label" aria-hidden="true">${d.updated}</span>${formatChinaDateTime(report.updatedAt, locale)}` : ''}</td>
                  <td role="cell">${attention(report, d)}</td>
                  <td role="cell"><button type="button" class="open" data-id=${report.id} @click=${() => view.open(report.id)}>${formatMessage(report.status === 'published' ? d.view : d.open, { unit: report.unit })}</button></td>
                </tr>`,
              )}</tbody>
            </table>`
        }
      </div>`;
}

// What to look at first in a report of the queue, before it is opened: how late it came, its warnings.
function attention(report: DeskQueued, d: (typeof deskMessages)[Locale]): TemplateResult | string {
  const said = [
    ...(report.daysLate ? [formatMessage(d.queueLate, { days: report.daysLate })] : []),
    ...(report.warnings ? [formatMessage(d.queueWarnings, { count: report.warnings })] : []),
  ];
  return said.length === 0
    ? ''
    : html`<span class="label" aria-hidden="true">${d.attention}</span><span class="attention">${said.join(' · ')}</span>`;
}

/**
 * The queue in the roster's order, as the dashboard lists units; units not on it (or every unit,
 * without a roster) after, in pinyin order, as the public list is.
 */
function inRosterOrder(reports: readonly DeskQueued[], roster: CountyRoster | undefined): DeskQueued[] {
  const rank = new Map((roster?.units ?? []).map((unit, at) => [unit.name, at]));
  const place = (report: DeskQueued) => rank.get(report.unit) ?? rank.size;
  return [...reports].sort((a, b) => place(a) - place(b) || pinyin.compare(a.unit, b.unit));
}

const pinyin = new Intl.Collator('zh-CN');
