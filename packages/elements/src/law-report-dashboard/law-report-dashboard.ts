import {
  chinaToday,
  defaultCatalog,
  formatMessage,
  type AggregateResult,
  type DeadlineOverrides,
  type RosterEntry,
  type UnitDetail,
} from '@law-report/core/model';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { CountFrom } from '../internal/aggregate-review.js';
import type { CatalogInput } from '../internal/catalog-property.js';
import { localeOf, stringsReady } from '../internal/locale.js';
import { formatParts, reportText } from '../internal/report-text.js';
import { ScrollHintController } from '../internal/scroll-box.js';
import { totalsStringsOf } from '../internal/totals-strings.js';
import { CsvController } from './csv-controller.js';
import { DataController } from './data-controller.js';
import type { FigureColumn, Sort, UnitColumn } from './dashboard-rows.js';
import { renderYear } from './dashboard-year.js';
import { dashboardStyles } from './law-report-dashboard.styles.js';
import { ServerController } from './server-controller.js';
import type { Served } from './served-years.js';
import { UnitDialogController } from './unit-dialog-controller.js';
import { ValuesController } from './values-controller.js';

/**
 * The county office's view of a year (依法治县办): 报送率, 按时报送率 and 公开率; the units
 * to notify (missing, late with days late, not published); each unit's status and which
 * statutory contents its report has; the year's totals per indicator with a small bar chart
 * across units and the change from last year; the year's rates recomputed from the units' counts;
 * running totals and targets apart. Every figure
 * comes from core's aggregator: totals with 余 are lower bounds and say so, rates are
 * recomputed from counts. Tables sort by any column (buttons in the headers, so by keyboard
 * too; a header is named by its text and carries `aria-sort`); each chart's values are also in a
 * table behind a disclosure beside it; the units table exports as the same CSV as
 * `law-report aggregate --format csv`; a unit's name opens its `<law-report-summary>` (headings
 * numbered on from the dialog's), where a figure shows the sentence it came from. The element's
 * language is on its content (`lang`); unit names and measure words are marked `lang="zh-CN"` in
 * an English view.
 *
 * From a collection server (`endpoint`), the dashboard offers the years the server holds in a
 * select (the year being reported first) and compares with the server's own year before, when it
 * holds one; each unit's status says where its report is in the review too (已提交 / 已退回 /
 * 已备案 / 已公开), a returned report being not reported and out of every total, as the server
 * counts; a switch totals only filed and published reports, and a note says which reports the
 * totals count. A unit's dialog shows its review history with the reasons, in China time. With no catalog on the
 * page, the county's own indicators are named as its server keeps them (`serve --catalog`, said at `GET /info`).
 *
 * @tag law-report-dashboard
 * @attr locale - `zh-CN` (default) or `en`
 * @attr year - the year to show; by default the latest year among `reports`, or from a server the year being reported if it holds reports on it, else the newest it holds
 * @prop reports - the year's reports (any values: each is parsed, never trusted)
 * @prop aggregate - an aggregate computed elsewhere (e.g. by `law-report aggregate --format json`), used instead of `reports`
 * @prop roster - the units the county expects; without one, the units that reported
 * @prop deadlines - the county's deadline overrides
 * @prop previous - last year's reports, or last year's aggregate, for the change from last year (from a server, the server's own year before is used instead)
 * @prop catalog - the indicator catalog, e.g. with a town's extensions (default: core's; from `endpoint`, the county's own its server keeps, `serve --catalog`): a `createCatalog` result, or the town's extension catalog JSON itself (the file `law-report --catalog` reads), checked; JSON that is not one is said above the totals and the built-in catalog is used
 * @attr endpoint - the API of a collection server (`law-report serve`, e.g. `/api`): the year's live aggregate is loaded from it when neither `reports` nor `aggregate` is given
 * @prop token - the county reviewer's token for `endpoint` (a property only, never in the markup)
 * @attr count-from - from a server, which reports the rates and totals count: `submitted` (default: every report not returned) or `filed` (only what the county has filed or published)
 * @csspart controls - the year and which reports are counted (from a server)
 * @csspart deadlines - the deadlines the server judged 按时 by (from a server)
 * @csspart tiles - the three rates
 * @csspart notify - the lists of units to notify
 * @csspart units - the table of units
 * @csspart coverage - the statutory-contents matrix
 * @csspart figures - the table of the year's totals
 * @csspart rates - the year's rates, recomputed from the units' counts
 * @csspart apart - running totals, targets and figures in another measure word
 * @csspart dialog - the dialog showing one unit's report
 * @cssprop --law-color-text - text colour
 * @cssprop --law-color-surface - background
 * @cssprop --law-color-border - table rules and frames
 * @cssprop --law-color-primary - bars, buttons and links
 * @cssprop --law-color-focus - the focus outline, next to the control (light, for dark backgrounds)
 * @cssprop --law-color-focus-ring - the ring around the focus outline (dark, for light backgrounds; keep it 9:1 against `--law-color-focus`)
 * @cssprop --law-color-muted - secondary text
 * @cssprop --law-color-ok - text of good marks
 * @cssprop --law-color-error - text of bad marks
 * @cssprop --law-color-warning - edge of the figures to verify
 * @cssprop --law-color-warning-surface - background of the figures to verify
 * @cssprop --law-color-warning-text - text of the 含待核实的数据 mark
 * @cssprop --law-radius - corner radius
 * @cssprop --law-space - spacing unit
 * @cssprop --law-font-family - font stack
 *
 * @example
 * <law-report-dashboard year="2023"></law-report-dashboard>
 * <script type="module">
 *   const dashboard = document.querySelector('law-report-dashboard');
 *   dashboard.roster = roster; // [{ name: '北留镇', level: 'town' }, …]
 *   dashboard.reports = reports;
 * </script>
 */
export class LawReportDashboardElement extends LitElement {
  static override styles = dashboardStyles;

  static override properties = {
    reports: { attribute: false },
    aggregate: { attribute: false },
    roster: { attribute: false },
    deadlines: { attribute: false },
    previous: { attribute: false },
    catalog: { attribute: false },
    year: { type: Number, reflect: true },
    locale: { reflect: true },
    endpoint: {},
    token: { attribute: false },
    countFrom: { attribute: 'count-from', reflect: true },
    unitSort: { state: true },
    figureSort: { state: true },
  };

  declare reports: readonly unknown[] | undefined;
  declare aggregate: AggregateResult | undefined;
  declare roster: readonly RosterEntry[] | undefined;
  declare deadlines: DeadlineOverrides | undefined;
  declare previous: readonly unknown[] | AggregateResult | undefined;
  declare catalog: CatalogInput;
  declare year: number | undefined;
  declare locale: string;
  declare endpoint: string | undefined;
  declare token: string | undefined;
  declare countFrom: CountFrom;
  declare protected unitSort: Sort<UnitColumn>;
  declare protected figureSort: Sort<FigureColumn>;

  // A controller per concern, in the order they update: the year is made from what the server served in the same update.
  readonly #server = new ServerController(this);
  readonly #data = new DataController(this, () => ({
    locale: localeOf(this.locale),
    reports: this.reports,
    aggregate: this.aggregate,
    roster: this.roster,
    deadlines: this.deadlines,
    previous: this.previous,
    catalog: this.catalog,
    year: this.year,
    served: this.#server.served,
  }));
  readonly #dialog = new UnitDialogController(this);
  readonly #values = new ValuesController(this);
  readonly #csv = new CsvController(this, () => {
    const result = this.#data.result;
    const served = this.#server.years;
    return result
      ? {
          result,
          locale: localeOf(this.locale),
          catalog: this.#data.catalog,
          units: this.#data.unitRows(this.unitSort).map((row) => row.unit),
          review: this.#data.review,
          county: served?.county,
          // As the server counted what is on screen (a switch of counting shows the old until the new arrives).
          countFrom: served?.countFrom,
        }
      : undefined;
  });

  constructor() {
    super();
    // A table wider than its box says so over it (左右滑动查看全部列), only while it is: the controller hooks itself in.
    new ScrollHintController(this);
    this.reports = undefined;
    this.aggregate = undefined;
    this.roster = undefined;
    this.deadlines = undefined;
    this.previous = undefined;
    this.catalog = defaultCatalog;
    this.year = undefined;
    this.locale = 'zh-CN';
    this.endpoint = undefined;
    this.token = undefined;
    this.countFrom = 'submitted';
    this.unitSort = { column: 'roster', descending: false };
    this.figureSort = { column: 'roster', descending: false };
  }

  /** The aggregate on screen (computed from `reports`, or the `aggregate` given). */
  get result(): AggregateResult | undefined {
    return this.#data.result;
  }

  /**
   * The units table as a sheet Excel can total, in the order on screen: what the export button
   * downloads. Core's `unitsCsv`, as the CLI and the collection server write it: plain numbers,
   * qualifiers in their own column, a 合计 row; with a server's data, each unit's 审核状态 too.
   * Its code loads with the first call, hence a promise.
   */
  toCsv(): Promise<string> {
    return this.#csv.toCsv();
  }

  // Shown in English, an element waits for the English strings of its screens before it updates,
  // so its first render is in English and `updateComplete` covers the wait.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(): void {
    // A year set from script as text ('2023', from a select or a URL) is that year, as the attribute's is.
    const year: unknown = this.year;
    if (typeof year === 'string' && /^\s*\d{4}\s*$/.test(year)) this.year = Number(year);
  }

  protected override render(): TemplateResult {
    const locale = localeOf(this.locale);
    const m = totalsStringsOf(locale);
    const data = this.#data;
    const result = data.result;
    const served = this.#server.years;
    const year = result?.year ?? served?.year;
    // One shape whatever is shown, so the year and the switch keep their focus while a year loads or fails.
    return html`<div class="dashboard" lang=${locale}>
      ${year === undefined ? nothing : html`<h2>${served?.county ? formatParts(m.dashboard.headingOfCounty, { county: reportText(served.county, locale), year }) : formatMessage(m.dashboard.heading, { year })}</h2>`}
      ${this.#server.renderControls({
        m,
        locale,
        review: data.review,
        setYear: (chosen) => (this.year = chosen),
        setCountFrom: (from) => (this.countFrom = from),
      })}
      ${this.#values.failed || this.#csv.failed ? html`<p role="alert" class="note">${m.dashboard.loadFailed}</p>` : nothing}
      ${data.catalogProblem ? html`<p role="alert" class="note">${data.catalogProblem}</p>` : nothing}
      ${
        data.problem !== undefined
          ? html`<p role="alert">${data.problem}</p>`
          : result
            ? this.#year(result, served)
            : // Nothing yet from the server is no county without reports: said as what it is.
              this.#server.fromServer && (this.#server.loading || this.#server.served === undefined)
              ? html`<p role="status">${m.dashboard.reading}</p>`
              : html`<p>${m.dashboard.empty}</p>`
      }
      <dialog part="dialog" aria-labelledby="dialog-heading" @close=${this.#dialog.closed}>${this.#dialog.render({ m, locale, catalog: data.catalog, deadlines: this.deadlines })}</dialog>
    </div>`;
  }

  // The year's tiles, lists, tables and what is set aside.
  #year(result: AggregateResult, served: Served | undefined): TemplateResult {
    const locale = localeOf(this.locale);
    const m = totalsStringsOf(locale);
    const data = this.#data;
    const reportOf = (unit: UnitDetail) => data.reportOf(unit);
    return renderYear({
      m,
      locale,
      result,
      review: data.review,
      endpoint: this.endpoint,
      served: served !== undefined,
      publishBy: data.publishBy,
      today: chinaToday(),
      rows: data.unitRows(this.unitSort),
      sort: this.unitSort,
      setSort: (sort) => (this.unitSort = sort),
      download: () => void this.#csv.download(),
      reportOf,
      open: (event, unit, given) => void this.#open(event, unit, given),
      figures: {
        catalog: data.catalog,
        comparison: data.comparison,
        noPrevious: served !== undefined && !served.previous,
        sort: this.figureSort,
        setSort: (sort) => (this.figureSort = sort),
        valuesOpen: this.#values.open,
        toggleValues: (key, open) => void this.#values.toggle(key, open),
        valuesTable: this.#values.table({ m, locale, catalog: data.catalog, reportOf }, m.dashboard.loadFailed),
      },
    });
  }

  #open(event: Event, unit: string, given: unknown): Promise<void> {
    const result = this.#data.result;
    return this.#dialog.open(event, unit, given, {
      endpoint: this.endpoint,
      token: this.token,
      locale: localeOf(this.locale),
      workflow: this.#data.review?.workflow[unit],
      year: result?.year,
      detail: result?.unitsDetail.find((one) => one.name === unit),
      deadlines: this.deadlines,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-dashboard': LawReportDashboardElement;
  }
}
