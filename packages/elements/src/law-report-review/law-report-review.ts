import { defaultCatalog, reportingYear, type Catalog } from '@law-report/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LawReportReviewChangeEvent } from '../events/law-report-review-change-event.js';
import { catalogInUse, type CatalogInput } from '../internal/catalog-property.js';
import { localeOf, stringsOf, stringsReady } from '../internal/locale.js';
import {
  act,
  fetchForReview,
  REVIEW_STATUSES,
  type ReviewAction,
  type ReviewedReport,
  type ReviewStatus,
} from '../internal/review-client.js';
import { fetchInfo } from '../internal/unit-client.js';
import { type CountyRoster, fetchRoster } from './county-roster.js';
import { type DeskQueued, listDeskQueue } from './desk-queue.js';
import type { DeskSaid } from './desk-said.js';
import { reviewStyles } from './law-report-review.styles.js';
import { renderOpenedReport } from './opened-report.js';
import { renderQueuePanel } from './queue-panel.js';
import { CONFIRMING, type Refused } from './review-steps.js';

const STATUSES = REVIEW_STATUSES;

// The element keeps the desk's state and takes its steps; its parts are templates of that state:
// the queue (queue-panel.ts), the report opened (opened-report.ts, with what the desk finds in it,
// desk-checks.ts, what changed, change-text.ts, the steps, review-steps.ts, and its text, full-text.ts).

/**
 * The county's review desk: a year's reports from a collection server (`law-report serve`) in a
 * queue per status (待审核 / 已退回 / 已备案 / 已公开, counts on the tabs), each report with its
 * 收到日期（首次报送）, the 报送日期 lateness is judged by (core's `judgedSubmission`: the county's first
 * receipt, which a return and resubmission does not move). Opening one shows the
 * check for publication (a report not yet published is told what 公开 today would mean, never given a
 * 公开日期 it does not have), the server's warnings on its figures, what changed since the version
 * before, its review history, the report's summary (`<law-report-summary>`) and its full text to
 * read (报告全文: its title, its sections under headings numbered as the Word file numbers them,
 * their paragraphs, the 落款), after the steps, with a link to it at the top and one back to the
 * steps at its end; with the steps the server allows now: 退回 and 撤销公开 with a reason, 备案, 公开 (with the reviewer's own
 * confirmation that 保密审查 is done, a checkbox the server keeps in the history with who and
 * when; 备案 takes it too, for a report the unit did not mark 保密审查 done, which is then filed
 * rather than sent back for what the county confirms itself; once confirmed for the version open, the
 * check for publication says who confirmed it and when, in place of the reminder). Each step names the version read, so one the unit replaced since is refused, not acted
 * on. Each step's result is said where focus is; a 备案 or 公开 the server refuses for what the
 * report lacks is listed in a message of its own below the buttons, which takes focus; the queue follows. Keyboard only: the tabs move
 * with the arrow keys. Lateness is judged by the deadlines the county set (the server's roster
 * gives them with each unit's own), as its aggregate judges it; the queue is in the roster's order
 * (without one, in pinyin order). Indicators are named (in the report's summary, in what changed) and checked by
 * the county's catalog: the page's `catalog`, else the county's own indicators its server keeps (`serve --catalog`,
 * said at `GET {endpoint}/info`), so a town's figure of the county's own indicator reads by the county's name for it.
 *
 * @tag law-report-review
 * @attr endpoint - the API of the collection server, e.g. `/api`
 * @attr year - the year whose reports are reviewed (default: core's `reportingYear`, by the day in China, or the newest year the server holds if it holds none of that year); a select offers every year it holds
 * @attr locale - `zh-CN` (default) or `en`
 * @prop token - the county reviewer's token (a property only, never in the markup)
 * @prop catalog - the indicator catalog, e.g. with the county's extensions: a `createCatalog` result, or the county's
 *   extension catalog JSON itself (the file `law-report --catalog` reads), checked; JSON that is not one is said above
 *   the queue and the built-in catalog is used. Without it, the county's own catalog its server says (`serve
 *   --catalog`), once it has said it; else the built-in one
 * @fires law-report-review-change - a report changed status: `event.id`, `event.unit`, `event.status`
 * @csspart waiting-elsewhere - the line naming other years with reports waiting for review, when the year shown has none
 * @csspart tabs - the status tabs
 * @csspart queue - the table of reports in the chosen status
 * @csspart report - the report opened for review
 * @cssprop --law-color-text - text colour
 * @cssprop --law-color-border - borders
 * @cssprop --law-color-primary - the selected tab and main buttons
 * @cssprop --law-color-error - problems found
 * @cssprop --law-color-warning - warnings
 * @cssprop --law-color-link - the links to the report's text and back to the steps
 * @cssprop --law-color-focus - the focus outline's light tone
 * @cssprop --law-color-focus-ring - the focus outline's dark ring
 * @cssprop --law-color-button - background of the other buttons and the file choosers
 * @cssprop --law-color-input-border - borders of inputs and buttons
 * @cssprop --law-color-muted - secondary text: hints and notes
 * @cssprop --law-color-on-primary - text on the main buttons
 * @cssprop --law-color-surface - background
 * @cssprop --law-color-warning-surface - background of warnings
 * @cssprop --law-color-warning-text - text of warnings
 * @cssprop --law-font-family - font stack
 * @cssprop --law-radius - corner radius
 * @cssprop --law-radius-control - corner radius of inputs and buttons (default: `--law-radius`)
 * @cssprop --law-space - spacing unit
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
    catalog: { attribute: false },
    _queue: { state: true },
    _roster: { state: true },
    _status: { state: true },
    _open: { state: true },
    _said: { state: true },
    _reasonMissing: { state: true },
    _confirmMissing: { state: true },
    _refused: { state: true },
    _busy: { state: true },
    _countyCatalog: { state: true },
  };

  declare endpoint: string | undefined;
  declare token: string | undefined;
  declare year: number;
  declare locale: string;
  declare catalog: CatalogInput;
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
  declare private _refused: Refused | undefined;
  declare private _busy: boolean;
  // The county's own indicators, as its server said them (`GET /info`); undefined before, or when it keeps none.
  declare private _countyCatalog: Catalog | undefined;
  // The person chose a year: it is never replaced by another.
  #yearChosen = false;
  // The server (and token) last asked for the county's catalog: asked once each, an older answer not taken.
  #catalogAsked: string | undefined;
  // The catalog in use (see catalogInUse), and why the page's `catalog` is not.
  #catalog: Catalog = defaultCatalog;
  #catalogProblem = '';

  constructor() {
    super();
    this.endpoint = undefined;
    this.token = undefined;
    this.year = reportingYear();
    this.locale = 'zh-CN';
    this.catalog = defaultCatalog;
    this._queue = undefined;
    this._roster = undefined;
    this._status = 'submitted';
    this._open = undefined;
    this._said = undefined;
    this._reasonMissing = undefined;
    this._confirmMissing = false;
    this._refused = undefined;
    this._busy = false;
    this._countyCatalog = undefined;
  }

  // Shown in English, the desk waits for the English strings of the elements' screens before it
  // updates (it shows the form's version wording), so its first render is in English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  // Untyped: the county's catalog is private state, which `PropertyValues<this>` does not name.
  protected override willUpdate(changed: PropertyValues): void {
    // Asked here, not once updated: another server's catalog is forgotten in this update, not in one more.
    if (changed.has('endpoint') || changed.has('token')) this.#askCatalog();
    if (changed.has('catalog') || changed.has('locale') || changed.has('_countyCatalog')) {
      const locale = localeOf(this.locale);
      const { catalog, problem } = catalogInUse(
        this.catalog,
        this._countyCatalog,
        locale,
        stringsOf(locale).ui.badCatalog,
      );
      this.#catalog = catalog;
      this.#catalogProblem = problem;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('token') || changed.has('year')) void this.refresh();
  }

  // The county's own indicators, asked of its server once per server and token (the form asks the same `/info`);
  // another server's are not this one's: none until it says.
  #askCatalog(): void {
    const endpoint = this.endpoint;
    const asked = endpoint ? `${endpoint}\n${this.token ?? ''}` : undefined;
    if (asked === this.#catalogAsked) return;
    this.#catalogAsked = asked;
    this._countyCatalog = undefined;
    if (!endpoint || asked === undefined) return;
    void fetchInfo(endpoint, this.token, localeOf(this.locale)).then(({ catalog }) => {
      if (this.#catalogAsked === asked) this._countyCatalog = catalog;
    });
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
    const open = this._open;
    return html`<div class="root" lang=${locale}>
      ${this.#catalogProblem ? html`<p class="problem" role="alert">${this.#catalogProblem}</p>` : nothing}
      ${renderQueuePanel({
        locale,
        year: this.year,
        queue: this._queue,
        roster: this._roster,
        status: this._status,
        // The report open for review is marked in the queue, wherever its steps take it.
        openId: open && !('error' in open) ? open.id : undefined,
        chooseYear: (year) => {
          this.#yearChosen = true;
          this.year = year;
        },
        choose: (status) => this.#choose(status),
        onTabKey: this.#onTabKey,
        open: (id) => void this.#openReport(id),
      })}
      ${
        open
          ? renderOpenedReport({
              locale,
              open,
              roster: this._roster,
              catalog: this.#catalog,
              said: this._said,
              reasonMissing: this._reasonMissing,
              confirmMissing: this._confirmMissing,
              refused: this._refused,
              busy: this._busy,
              act: (report, action) => void this.#act(report, action),
              confirmed: () => {
                this._confirmMissing = false;
              },
            })
          : nothing
      }
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
    const confirmed = CONFIRMING.includes(action) && confirmation?.checked === true;
    const details = { version: open.version, ...(confirmed ? { confidentialityReviewed: true } : {}) };
    const done = await act(this.endpoint ?? '', this.token, locale, open.id, action, reason, details).finally(
      () => (this._busy = false),
    );
    if (!done.ok) {
      const errors = done.issues.filter((issue) => issue.severity === 'error');
      // 保密审查 not marked done is the reviewer's to confirm in this step, never the unit's to mend.
      const answers = (issue: { readonly code: string }) =>
        CONFIRMING.includes(action) && issue.code === 'confidentiality_review_missing';
      const issues = errors.filter((issue) => !answers(issue));
      const confirmable = errors.some(answers);
      if (confirmable) this._confirmMissing = true;
      if (confirmable && issues.length === 0) {
        await this.#say({ key: 'confirmNeeded', action });
        confirmation?.focus();
        return;
      }
      if (issues.length > 0) {
        // Refused for what the report lacks: said in a message of its own by the buttons, focus moved to it;
        // nothing of it is said by the reason box, whose own error is only for a step without its reason.
        this._said = undefined;
        this._refused = { action, issues, confirmable };
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
    const told = action === 'return' || action === 'unpublish' ? reason : '';
    await this.#say({ key: 'done', action, unit: open.unit, status: done.status, ...(told ? { reason: told } : {}) });
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

declare global {
  interface HTMLElementTagNameMap {
    'law-report-review': LawReportReviewElement;
  }
}
