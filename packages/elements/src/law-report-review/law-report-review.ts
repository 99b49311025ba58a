import { defaultCatalog, reportingYear } from '@law-report/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LawReportReviewChangeEvent } from '../events/law-report-review-change-event.js';
import type { CatalogInput } from '../internal/catalog-property.js';
import { localeOf, stringsReady } from '../internal/locale.js';
import type { ReviewedReport, ReviewStatus } from '../internal/review-client.js';
import { CatalogController } from './catalog-controller.js';
import { reviewStyles } from './law-report-review.styles.js';
import { renderOpenedReport } from './opened-report.js';
import { QueueController } from './queue-controller.js';
import { renderQueuePanel } from './queue-panel.js';
import { StepsController } from './steps-controller.js';

// The element holds the desk's properties and composes its concerns, each a controller: the catalog in
// use (catalog-controller.ts), the queue with its year and status tabs (queue-controller.ts) and the
// report opened with its steps (steps-controller.ts). Its parts are templates of their state: the queue
// (queue-panel.ts), the report opened (opened-report.ts, with what the desk finds in it, desk-checks.ts,
// what changed, change-text.ts, the steps, review-steps.ts, and its text, full-text.ts).

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
  };

  declare endpoint: string | undefined;
  declare token: string | undefined;
  declare year: number;
  declare locale: string;
  declare catalog: CatalogInput;
  readonly #catalog = new CatalogController(this);
  readonly #queue = new QueueController(this);
  readonly #steps = new StepsController(this, this.#queue, (report, status) => this.#moved(report, status));

  constructor() {
    super();
    this.endpoint = undefined;
    this.token = undefined;
    this.year = reportingYear();
    this.locale = 'zh-CN';
    this.catalog = defaultCatalog;
  }

  // Shown in English, the desk waits for the English strings of the elements' screens before it
  // updates (it shows the form's version wording), so its first render is in English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('year')) this.#steps.closeOtherYear(this.year);
  }

  /** Reads the year's queue again from the server. */
  refresh(): Promise<void> {
    return this.#queue.refresh();
  }

  // Fired by the element itself, not by the steps' controller, so its manifest names the event's class.
  #moved(report: ReviewedReport, status: ReviewStatus): void {
    this.dispatchEvent(new LawReportReviewChangeEvent(report.id, report.unit, status));
  }

  protected override render(): TemplateResult {
    const locale = localeOf(this.locale);
    const queue = this.#queue;
    const steps = this.#steps;
    const { open } = steps.state;
    return html`<div class="root" lang=${locale}>
      ${this.#catalog.problem ? html`<p class="problem" role="alert">${this.#catalog.problem}</p>` : nothing}
      ${renderQueuePanel({
        locale,
        year: this.year,
        queue: queue.reports,
        roster: queue.roster,
        status: queue.status,
        // The report open for review is marked in the queue, wherever its steps take it.
        openId: open && !('error' in open) ? open.id : undefined,
        chooseYear: queue.chooseYear,
        choose: queue.choose,
        onTabKey: queue.onTabKey,
        open: (id) => void steps.openReport(id),
      })}
      ${
        open
          ? renderOpenedReport({
              ...steps.state,
              locale,
              open,
              roster: queue.roster,
              catalog: this.#catalog.catalog,
              act: (report, action) => void steps.act(report, action),
              confirmed: steps.confirmed,
            })
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-review': LawReportReviewElement;
  }
}
