import {
  chinaDateTime,
  chinaToday,
  daysLate,
  dueDates,
  formatChinaDate,
  formatChinaDateTime,
  judgedSubmission,
  reportingYear,
  resolveDeadlines,
  type JudgedSubmission,
  formatMessage,
  parseReport,
  validateReport,
  type DeadlineOverrides,
  type Locale,
  type MonthDay,
  type Report,
  type Section,
  type ValidationIssue,
} from '@law-report/core/model';
import { deskMessages, diffReports, type ReportChange } from '@law-report/core/review';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LawReportReviewChangeEvent } from '../events/law-report-review-change-event.js';
import {
  act,
  fetchForReview,
  REVIEW_STATUSES,
  type ReviewAction,
  type ReviewedReport,
  type ReviewStatus,
} from '../internal/review-client.js';
import { localeOf, stringsOf, stringsReady } from '../internal/locale.js';
import { type CountyRoster, fetchRoster } from './county-roster.js';
import { formatParts, reportText } from '../internal/report-text.js';
import '../law-report-summary/define.js';
import { type DeskQueued, listDeskQueue } from './desk-queue.js';
import { type DeskSaid, saidText } from './desk-said.js';
import { reviewStyles } from './law-report-review.styles.js';

const STATUSES = REVIEW_STATUSES;

/**
 * The county's review desk: a year's reports from a collection server (`law-report serve`) in a
 * queue per status (待审核 / 已退回 / 已备案 / 已公开, counts on the tabs), each report with its
 * 收到日期（首次报送）, the 报送日期 lateness is judged by (core's `judgedSubmission`: the county's first
 * receipt, which a return and resubmission does not move). Opening one shows the
 * check for publication (a report not yet published is told what 公开 today would mean, never given a
 * 公开日期 it does not have), the server's warnings on its figures, what changed since the version
 * before, its review history and the report itself (`<law-report-summary>`), with the steps the
 * server allows now: 退回 and 撤销公开 with a reason, 备案, 公开 (with the reviewer's own
 * confirmation that 保密审查 is done, a checkbox the server keeps in the history with who and
 * when). Each step names the version read, so one the unit replaced since is refused, not acted
 * on. Each step's result is said where focus is; a 备案 or 公开 the server refuses for what the
 * report lacks is listed in a message of its own below the buttons, which takes focus; the queue follows. Keyboard only: the tabs move
 * with the arrow keys. Lateness is judged by the deadlines the county set (the server's roster
 * gives them with each unit's own), as its aggregate judges it; the queue is in the roster's order
 * (without one, in pinyin order).
 *
 * @tag law-report-review
 * @attr endpoint - the API of the collection server, e.g. `/api`
 * @attr year - the year whose reports are reviewed (default: core's `reportingYear`, by the day in China, or the newest year the server holds if it holds none of that year); a select offers every year it holds
 * @attr locale - `zh-CN` (default) or `en`
 * @prop token - the county reviewer's token (a property only, never in the markup)
 * @fires law-report-review-change - a report changed status: `event.id`, `event.unit`, `event.status`
 * @csspart tabs - the status tabs
 * @csspart queue - the table of reports in the chosen status
 * @csspart report - the report opened for review
 * @cssprop --law-color-text - text colour
 * @cssprop --law-color-border - borders
 * @cssprop --law-color-primary - the selected tab and main buttons
 * @cssprop --law-color-error - problems found
 * @cssprop --law-color-warning - warnings
 * @cssprop --law-color-focus - the focus outline's light tone
 * @cssprop --law-color-focus-ring - the focus outline's dark ring
 *
 * @example
 * <law-report-review endpoint="/api" year="2024"></law-report-review>
 * <script type="module">document.querySelector('law-report-review').token = reviewerToken;</script>
 */
export class LawReportReviewElement extends LitElement {
  static override styles = reviewStyles;

  static override properties = {
    endpoint: {},
    token: { attribute: false },
    year: { type: Number },
    locale: { reflect: true },
    _queue: { state: true },
    _roster: { state: true },
    _status: { state: true },
    _open: { state: true },
    _said: { state: true },
    _reasonMissing: { state: true },
    _confirmMissing: { state: true },
    _refused: { state: true },
    _busy: { state: true },
  };

  declare endpoint: string | undefined;
  declare token: string | undefined;
  declare year: number;
  declare locale: string;
  declare private _queue: readonly DeskQueued[] | { readonly error: string } | undefined;
  // The county's roster and deadlines, read with the queue; undefined when the server gives none.
  declare private _roster: CountyRoster | undefined;
  declare private _status: ReviewStatus;
  declare private _open: ReviewedReport | { readonly error: string } | undefined;
  // Kept as a key and its parts, so a change of `locale` says it again in the new language.
  declare private _said: DeskSaid | undefined;
  // The step pressed without the reason it needs.
  declare private _reasonMissing: ReviewAction | undefined;
  declare private _confirmMissing: boolean;
  // A step the server refused for what the report lacks (备案, 公开), with the problems it named.
  declare private _refused: { readonly action: ReviewAction; readonly issues: readonly ValidationIssue[] } | undefined;
  declare private _busy: boolean;
  // The person chose a year: it is never replaced by another.
  #yearChosen = false;

  constructor() {
    super();
    this.endpoint = undefined;
    this.token = undefined;
    this.year = reportingYear();
    this.locale = 'zh-CN';
    this._queue = undefined;
    this._roster = undefined;
    this._status = 'submitted';
    this._open = undefined;
    this._said = undefined;
    this._reasonMissing = undefined;
    this._confirmMissing = false;
    this._refused = undefined;
    this._busy = false;
  }

  // Shown in English, the desk waits for the English strings of the elements' screens before it
  // updates (it shows the form's version wording), so its first render is in English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('token') || changed.has('year')) void this.refresh();
  }

  /** Reads the year's queue again from the server. */
  async refresh(): Promise<void> {
    if (!this.endpoint || !this.token) return;
    const locale = localeOf(this.locale);
    const [queue, roster] = await Promise.all([
      listDeskQueue(this.endpoint, this.token, locale),
      fetchRoster(this.endpoint, this.token, locale),
    ]);
    this._roster = roster;
    // With no year asked for, the year being reported if the server holds it, else the newest it holds.
    if (
      Array.isArray(queue) &&
      !this.hasAttribute('year') &&
      !this.#yearChosen &&
      !queue.some((report) => report.year === this.year)
    ) {
      const newest = queue.reduce((year, report) => Math.max(year, report.year), Number.NEGATIVE_INFINITY);
      if (Number.isFinite(newest)) this.year = newest;
    }
    this._queue = queue;
  }

  protected override render(): TemplateResult {
    const locale = localeOf(this.locale);
    const m = stringsOf(locale);
    const d = deskMessages[locale];
    const queue = Array.isArray(this._queue) ? (this._queue as readonly DeskQueued[]) : [];
    const ofYear = queue.filter((report) => report.year === this.year);
    const shown = inRosterOrder(
      ofYear.filter((report) => report.status === this._status),
      this._roster,
    );
    // The years the server holds, newest first, and the one shown.
    const years = [...new Set([this.year, ...queue.map((report) => report.year)])].sort((a, b) => b - a);
    // The report open for review is marked in the queue, wherever its steps take it.
    const openId = this._open && !('error' in this._open) ? this._open.id : undefined;
    return html`<div class="root" lang=${locale}>
      <h2>${formatMessage(d.heading, { year: this.year })}</h2>
      ${this._queue && !Array.isArray(this._queue) ? html`<p class="problem">${formatMessage(m.reviewHistory.loadFailed, { message: (this._queue as { error: string }).error })}</p>` : nothing}
      <p class="year"><label for="year">${d.year}</label>
        <select id="year" @change=${(event: Event) => {
          this.#yearChosen = true;
          this.year = Number((event.target as HTMLSelectElement).value);
        }}>
          ${years.map((year) => html`<option value=${year} ?selected=${year === this.year}>${formatMessage(d.yearOption, { year })}</option>`)}
        </select></p>
      <div role="tablist" aria-label=${d.byStatus} part="tabs" @keydown=${this.#onTabKey}>
        ${STATUSES.map(
          (
            status,
          ) => html`<button type="button" role="tab" id=${`tab-${status}`} aria-controls="queue" aria-selected=${status === this._status ? 'true' : 'false'}
            tabindex=${status === this._status ? 0 : -1} @click=${() => this.#choose(status)}>${formatMessage(d.tab, { status: m.review[status], count: ofYear.filter((report) => report.status === status).length })}</button>`,
        )}
      </div>
      <div role="tabpanel" id="queue" aria-labelledby=${`tab-${this._status}`} tabindex="0" part="queue">
        ${
          shown.length === 0
            ? html`<p>${formatMessage(d.none, { status: m.review[this._status] })}</p>`
            : // Narrow, each row is stacked, the date with its column's name (the styles); the roles keep it a
              // table for screen readers whatever its display. Wider, a table too wide scrolls in its panel.
              html`<table role="table">
              <caption>${formatMessage(d.queue, { status: m.review[this._status] })}</caption>
              <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${d.unit}</th><th scope="col" role="columnheader">${d.version}</th><th scope="col" role="columnheader">${m.ui.receivedOn}</th><th scope="col" role="columnheader">${d.updated}</th><td role="cell"></td></tr></thead>
              <tbody role="rowgroup">${shown.map(
                (report) => html`<tr role="row" aria-current=${report.id === openId ? 'true' : nothing}>
                  <th scope="row" role="rowheader">${reportText(report.unit, locale)}</th>
                  <td role="cell">${formatMessage(m.form.versionNumber, { version: report.version })}</td>
                  <td role="cell">${report.received ? html`<span class="label" aria-hidden="true">${m.ui.receivedOn}</span>${formatChinaDate(report.received.on, locale)}${report.received.kind === 'loaded' ? d.loadedNote : ''}` : ''}</td>
                  <td role="cell">${report.updatedAt ? html`<span class="label" aria-hidden="true">${d.updated}</span>${formatChinaDateTime(report.updatedAt, locale)}` : ''}</td>
                  <td role="cell"><button type="button" class="open" data-id=${report.id} @click=${() => void this.#openReport(report.id)}>${formatMessage(report.status === 'published' ? d.view : d.open, { unit: report.unit })}</button></td>
                </tr>`,
              )}</tbody>
            </table>`
        }
      </div>
      ${this.#renderOpen(locale)}
    </div>`;
  }

  #renderOpen(locale: Locale): TemplateResult | typeof nothing {
    const open = this._open;
    if (!open) return nothing;
    const m = stringsOf(locale);
    const d = deskMessages[locale];
    if ('error' in open)
      return html`<p class="problem" id="opened" tabindex="-1">${formatMessage(m.reviewHistory.loadFailed, { message: open.error })}</p>`;
    const parsed = parseReport(open.report).data;
    // Submitted on the 报送日期 core's one rule gives: the county's first receipt (the server's `submittedOn`; a
    // report loaded as 历史导入, the date it gives), never the day its latest version came.
    const judged = parsed
      ? judgedSubmission(
          parsed,
          open.submittedOn ? { at: open.submittedOn, loaded: open.history[0]?.action === 'load' } : undefined,
        )
      : undefined;
    // Published on the day the county published it, and only then: a date the unit typed, or today, is no
    // publication day of the report's (公开 sets it; a report is not faulted for lacking it before).
    const published = parsed && open.status === 'published' ? publicationDay(open, parsed) : undefined;
    // As the unit wrote it, with the county's publication day: the summary shows it beside the day judged.
    const shown = parsed && { ...withoutPublication(parsed), ...(published ? { publishedOn: published } : {}) };
    // As the desk checks it: submitted on the day judged.
    const report = shown && { ...shown, ...(judged ? { submittedOn: judged.on } : {}) };
    // By the county's deadlines only: where the server does not say them, lateness is not judged at all.
    const deadlines = report ? countyDeadlines(this._roster, open.unit, report) : undefined;
    const checks = report
      ? validateReport(report, {
          profile: 'publish',
          locale,
          ...(deadlines?.given ? { deadlines: deadlines.given } : {}),
        })
          .issues.filter(
            (issue) =>
              issue.severity !== 'info' &&
              // The county's own 公开 gives the publication day: not a fault of a report not yet published.
              !(issue.code === 'publication_date_missing' && !published) &&
              (deadlines !== undefined || (issue.code !== 'late_submission' && issue.code !== 'late_publication')),
          )
          .map((issue) => (issue.code === 'late_submission' && judged ? lateAs(issue, judged, locale) : issue))
      : [];
    // Not yet published: what publishing today would mean, said as a condition.
    const ifPublishedToday =
      report && !published && deadlines !== undefined && open.status !== 'returned'
        ? publishTodayText(report, deadlines.given, locale)
        : undefined;
    // What the server said at submission and the desk's own checks find again is listed once, with the checks.
    const seen = new Set(checks.map((issue) => `${issue.code} ${issue.path.join('.')}`));
    const warnings = open.warnings.filter(
      (issue) => !seen.has(`${issue.code} ${Array.isArray(issue.path) ? issue.path.join('.') : ''}`),
    );
    const previous = open.previous === undefined ? undefined : parseReport(open.previous).data;
    const changes = parsed && previous ? diffReports(previous, parsed) : undefined;
    return html`<section class="opened" part="report" aria-labelledby="opened">
      <h3 id="opened" tabindex="-1">${formatParts(d.opened, { unit: reportText(open.unit, locale), year: open.year, version: open.version, status: m.review[open.status] })}</h3>
      <p class="said" id="said" role="status" tabindex="-1">${this._said ? saidText(this._said, locale) : nothing}</p>
      ${keyed(`${open.id}-${open.version}-${open.status}`, this.#renderActions(open, locale))}
      <h4>${d.checks}</h4>
      ${checks.length === 0 ? html`<p>${d.checksOk}</p>` : html`<ul class="issues">${checks.map((issue) => html`<li class=${issue.severity}>${issue.message}</li>`)}</ul>`}
      ${ifPublishedToday ? html`<p class="if-published">${ifPublishedToday}</p>` : nothing}
      ${judged && parsed ? html`<p class="judged">${judgedText(judged, parsed.submittedOn, locale)}</p>` : nothing}
      ${warnings.length > 0 ? html`<h4>${d.warnings}</h4><ul class="issues">${warnings.map((issue) => html`<li class="warning">${issue.messages?.[locale] ?? issue.message}</li>`)}</ul>` : nothing}
      <h4>${d.changes}</h4>
      ${changes === undefined ? html`<p>${d.noPrevious}</p>` : changes.length === 0 ? html`<p>${d.noChanges}</p>` : html`<ul>${changes.map((change) => html`<li>${changeText(change, locale, previous?.sections ?? [], parsed?.sections ?? [])}</li>`)}</ul>`}
      <h4>${m.reviewHistory.title}</h4>
      <ol class="history">${open.history.map(
        (step) =>
          html`<li>${formatMessage(m.reviewHistory.step, { when: formatChinaDateTime(step.at, locale), who: step.by, action: m.review[step.to] })}${step.confidentialityReviewed ? d.historyConfirmed : ''}${step.reason ? formatMessage(m.reviewHistory.stepReason, { reason: step.reason }) : ''}</li>`,
      )}</ol>
      ${shown ? html`<law-report-summary .report=${shown} .judged=${judged} .deadlines=${deadlines?.given} locale=${locale} profile="submit" heading-level="4"></law-report-summary>` : nothing}
    </section>`;
  }

  // The steps the server allows now, from its table of transitions; a reason box where one may be given.
  #renderActions(open: ReviewedReport, locale: Locale): TemplateResult | typeof nothing {
    if (open.actions.length === 0) return nothing;
    const m = stringsOf(locale);
    const d = deskMessages[locale];
    const needsReason = open.actions.some((action) => action === 'return' || action === 'unpublish');
    return html`<div class="actions" role="group" aria-label=${d.actions}>
      ${
        needsReason
          ? html`<label for="reason">${d.reason}</label>
            <p class="help" id="reason-help">${d.reasonHelp}</p>
            ${this._reasonMissing ? html`<p class="problem" id="reason-error">${formatMessage(d.reasonMissing, { action: m.reviewActions[this._reasonMissing] })}</p>` : nothing}
            <textarea id="reason" rows="3" aria-describedby=${this._reasonMissing ? 'reason-help reason-error' : 'reason-help'} aria-invalid=${this._reasonMissing ? 'true' : 'false'}></textarea>`
          : nothing
      }
      ${
        open.actions.includes('publish')
          ? html`<div class="confirm">
            <input type="checkbox" id="confidentiality" aria-describedby=${this._confirmMissing ? 'confidentiality-help confidentiality-error' : 'confidentiality-help'} aria-invalid=${this._confirmMissing ? 'true' : 'false'}
              @change=${(event: Event) => {
                if ((event.target as HTMLInputElement).checked) this._confirmMissing = false;
              }} />
            <label for="confidentiality">${d.confirmConfidentiality}</label>
            <p class="help" id="confidentiality-help">${d.confirmConfidentialityHelp}</p>
            ${this._confirmMissing ? html`<p class="problem" id="confidentiality-error">${d.confirmConfidentialityMissing}</p>` : nothing}
          </div>`
          : nothing
      }
      ${
        // Busy, the buttons say so but stay focusable: a disabled button would drop focus to the page's <body>.
        html`<div class="buttons">${open.actions.map((action) => html`<button type="button" class=${`act-${action}`} aria-disabled=${this._busy ? 'true' : 'false'} @click=${() => void this.#act(open, action)}>${m.reviewActions[action]}</button>`)}</div>`
      }
    </div>
    ${this.#renderRefused(locale)}`;
  }

  // A step refused for what the report lacks, as an error summary of its own below the buttons: named by its
  // first sentence, focused, each problem in words.
  #renderRefused(locale: Locale): TemplateResult | typeof nothing {
    const refused = this._refused;
    if (!refused) return nothing;
    const m = stringsOf(locale);
    const d = deskMessages[locale];
    return html`<div class="refused" id="refused" role="alert" tabindex="-1" aria-labelledby="refused-heading">
      <p id="refused-heading">${formatMessage(d.refusedHeading, { action: m.reviewActions[refused.action], count: refused.issues.length })}</p>
      <ul class="issues">${refused.issues.map((issue) => html`<li class="error">${issue.messages?.[locale] ?? issue.message}</li>`)}</ul>
    </div>`;
  }

  #choose(status: ReviewStatus): void {
    this._status = status;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${status}`)?.focus());
  }

  // Arrow keys, Home and End move between the tabs (the tab pattern of ARIA's practices).
  readonly #onTabKey = (event: KeyboardEvent): void => {
    const at = STATUSES.indexOf(this._status);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: STATUSES.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#choose(STATUSES[(next + STATUSES.length) % STATUSES.length] ?? 'submitted');
  };

  async #openReport(id: string): Promise<void> {
    if (!this.endpoint) return;
    this._said = undefined;
    this._reasonMissing = undefined;
    this._confirmMissing = false;
    this._refused = undefined;
    this._open = await fetchForReview(this.endpoint, this.token, localeOf(this.locale), id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#opened')?.focus();
  }

  async #act(open: ReviewedReport, action: ReviewAction): Promise<void> {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#reason');
    const reason = box?.value.trim() ?? '';
    // One step at a time: a second press while the first is on its way does nothing.
    if (this._busy) return;
    // A refusal said for an earlier press is not left standing beside what this one says.
    this._refused = undefined;
    if ((action === 'return' || action === 'unpublish') && !reason) {
      // Said in the status as well as by the box, so a screen reader hears why nothing happened.
      this._reasonMissing = action;
      await this.#say({ key: 'reasonNeeded', action });
      box?.focus();
      return;
    }
    this._reasonMissing = undefined;
    // 公开 is the county's confirmation of 保密审查: asked for here, kept by the server with who and when.
    const confirmation = this.renderRoot.querySelector<HTMLInputElement>('#confidentiality');
    if (action === 'publish' && !confirmation?.checked) {
      this._confirmMissing = true;
      await this.#say({ key: 'confirmNeeded', action });
      confirmation?.focus();
      return;
    }
    this._confirmMissing = false;
    this._busy = true;
    const locale = localeOf(this.locale);
    // The version read: a newer one sent since is refused by the server (409), never acted on unread.
    const details = { version: open.version, ...(action === 'publish' ? { confidentialityReviewed: true } : {}) };
    const done = await act(this.endpoint ?? '', this.token, locale, open.id, action, reason, details).finally(
      () => (this._busy = false),
    );
    if (!done.ok) {
      const issues = done.issues.filter((issue) => issue.severity === 'error');
      if (issues.length > 0) {
        // Refused for what the report lacks: said in a message of its own by the buttons, focus moved to it;
        // nothing of it is said by the reason box, whose own error is only for a step without its reason.
        this._said = undefined;
        this._refused = { action, issues };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#refused')?.focus();
        return;
      }
      await this.#say({ key: 'failed', action, message: done.message });
      this.#focusSaid();
      return;
    }
    // The queue follows the report to its new status, where it stays marked as the one open.
    this._status = done.status;
    await this.#say({ key: 'done', action, unit: open.unit, status: done.status });
    // Focus moves to what was said before the steps of the old status are replaced.
    this.#focusSaid();
    this.dispatchEvent(new LawReportReviewChangeEvent(open.id, open.unit, done.status));
    await this.refresh();
    this._open = await fetchForReview(this.endpoint ?? '', this.token, localeOf(this.locale), open.id);
    await this.updateComplete;
    // Read again, the report may not load: focus goes to the sentence saying so, never to the page's <body>.
    if (!this.renderRoot.querySelector('#said')) this.#focusSaid();
  }

  // A sentence said again is emptied first, so the status region announces it a second time.
  async #say(said: DeskSaid): Promise<void> {
    if (this._said) {
      this._said = undefined;
      await this.updateComplete;
    }
    this._said = said;
    await this.updateComplete;
  }

  #focusSaid(): void {
    (
      this.renderRoot.querySelector<HTMLElement>('#said') ?? this.renderRoot.querySelector<HTMLElement>('#opened')
    )?.focus();
  }
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

// A report without the publication day it gave: the county's 公开 gives that day.
function withoutPublication(report: Report): Report {
  const { publishedOn: _typed, ...rest } = report;
  return rest;
}

/** The day the county published the report (its last 公开 in the history); a loaded one, the day it gave. */
function publicationDay(open: ReviewedReport, report: Report): string | undefined {
  const step = open.history.findLast((entry) => entry.to === 'published');
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
    date: judged.on,
    deadline,
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
  return formatMessage(days > 0 ? d.publishTodayLate : d.publishTodayOnTime, { deadline, days });
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
  const county = roster.deadlines ?? undefined;
  const own = roster.units.find((entry) => entry.name === unit)?.deadline;
  if (!own?.startsWith(`${report.year + 1}-`)) return { given: county };
  return {
    given: { ...county, submit: { ...county?.submit, [report.unit.level]: own.slice(5) as MonthDay } },
  };
}

// A section as a change names it: its title, or, untitled (a 导语 has none), its kind, as the form
// names it; never an empty “”.
function sectionName(
  title: string,
  sections: readonly Section[],
  locale: Locale,
): { readonly titled: boolean; readonly name: string } {
  if (title.trim()) return { titled: true, name: title };
  const m = stringsOf(locale);
  const kinds = new Set<Section['kind']>();
  const walk = (list: readonly Section[]): void => {
    for (const section of list) {
      if (!section.title.trim()) kinds.add(section.kind);
      walk(section.sections);
    }
  };
  walk(sections);
  const [kind] = kinds;
  return { titled: false, name: kinds.size === 1 && kind ? m.kinds[kind] : m.form.untitled };
}

// One change as a sentence (the report's own words inside); `before` and `after` are the versions' sections.
function changeText(
  change: ReportChange,
  locale: Locale,
  before: readonly Section[],
  after: readonly Section[],
): string {
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  switch (change.kind) {
    case 'field': {
      // A yes/no field reads 是/否, not true/false.
      const word = (value: string) =>
        change.field === 'confidentialityReviewed' ? (value === 'true' ? d.yes : d.no) : value;
      return formatMessage(d.changedField, {
        field: m.fields[change.field],
        before: word(change.before),
        after: word(change.after),
      });
    }
    case 'section-added':
    case 'section-removed':
    case 'section-changed': {
      const { titled, name } = sectionName(change.title, change.kind === 'section-removed' ? before : after, locale);
      const key = {
        'section-added': titled ? 'addedSection' : 'addedUntitledSection',
        'section-removed': titled ? 'removedSection' : 'removedUntitledSection',
        'section-changed': titled ? 'changedSection' : 'changedUntitledSection',
      } as const;
      return formatMessage(d[key[change.kind]], { title: name });
    }
    case 'metric-added':
      return formatMessage(d.addedMetric, { label: change.label, value: change.value });
    case 'metric-removed':
      return formatMessage(d.removedMetric, { label: change.label, value: change.value });
    case 'metric-changed':
      return formatMessage(d.changedMetric, { label: change.label, before: change.before, after: change.after });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-review': LawReportReviewElement;
  }
}
