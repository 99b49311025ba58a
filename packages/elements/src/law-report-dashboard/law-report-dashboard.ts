import {
  chinaToday,
  defaultCatalog,
  publicationDeadline,
  resolveDeadlines,
  formatMessage,
  type AggregateComparison,
  type AggregateResult,
  type Catalog,
  type DeadlineOverrides,
  type Report,
  type RosterEntry,
  type UnitDetail,
} from '@law-report/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { AggregateReview, CountFrom } from '../internal/aggregate-review.js';
import { catalogInUse, type CatalogInput } from '../internal/catalog-property.js';
import { localeOf, stringsOf, stringsReady } from '../internal/locale.js';
import { totalsStringsOf } from '../internal/totals-strings.js';
import { formatParts, reportText } from '../internal/report-text.js';
import type { CsvSource } from './dashboard-csv.js';
import { dashboardData } from './dashboard-data.js';
import { renderApart, renderFigures } from './dashboard-figures.js';
import { renderRates } from './dashboard-rates.js';
import {
  sortRows,
  unitRows,
  type FigureColumn,
  type FigureRow,
  type Sort,
  type UnitColumn,
  type UnitRow,
} from './dashboard-rows.js';
import { renderCoverage, renderNotify, renderTiles, renderUnits, type UnitsView } from './dashboard-units.js';
import { dashboardStyles } from './law-report-dashboard.styles.js';
import { ScrollHintController } from '../internal/scroll-box.js';
import type { Served } from './served-years.js';
import { UnitDialogController } from './unit-dialog-controller.js';

// What the dashboard loads on use, each the first time it is needed: reading a server (with its
// controls), a unit's dialog, the tables of a chart's values, the CSV.
type ServedPart = typeof import('./served-years.js');
type ValuesPart = typeof import('./values-table.js');

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
    served: { state: true },
    loading: { state: true },
    unitSort: { state: true },
    figureSort: { state: true },
    valuesOpen: { state: true },
    partFailed: { state: true },
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
  declare protected served: Served | { readonly error: string | undefined } | undefined;
  declare protected loading: boolean;
  declare protected unitSort: Sort<UnitColumn>;
  declare protected figureSort: Sort<FigureColumn>;
  // Which indicators' tables of unit values are open: their sentences are read only then.
  declare protected valuesOpen: ReadonlySet<string>;
  // A part loaded on use could not be loaded (network down, file missing).
  declare protected partFailed: boolean;

  #result: AggregateResult | undefined;
  #review: AggregateReview | undefined;
  #comparison: AggregateComparison | undefined;
  #problem: string | undefined;
  // The catalog in use (see catalogInUse: the page's, else the county's its server said), and why `catalog` is not.
  #catalog: Catalog = defaultCatalog;
  #catalogProblem = '';
  // Each load numbered, so a slower answer to an earlier choice never replaces a later one.
  #loads = 0;
  // The reports read for the sentences of an open table of unit values.
  #parsed = new WeakMap<object, Report | null>();
  #servedPart: ServedPart | undefined;
  #dialog = new UnitDialogController(this);
  #valuesPart: ValuesPart | undefined;

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
    this.served = undefined;
    this.loading = false;
    this.unitSort = { column: 'roster', descending: false };
    this.figureSort = { column: 'roster', descending: false };
    this.valuesOpen = new Set();
    this.partFailed = false;
  }

  /** The aggregate on screen (computed from `reports`, or the `aggregate` given). */
  get result(): AggregateResult | undefined {
    return this.#result;
  }

  /**
   * The units table as a sheet Excel can total, in the order on screen: what the export button
   * downloads. Core's `unitsCsv`, as the CLI and the collection server write it: plain numbers,
   * qualifiers in their own column, a 合计 row; with a server's data, each unit's 审核状态 too.
   * Its code loads with the first call, hence a promise.
   */
  async toCsv(): Promise<string> {
    const source = this.#csvSource();
    return source ? (await import('./dashboard-csv.js')).csvOf(source) : '';
  }

  // Shown in English, an element waits for the English strings of its screens before it updates,
  // so its first render is in English and `updateComplete` covers the wait.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A year set from script as text ('2023', from a select or a URL) is that year, as the attribute's is.
    const year: unknown = this.year;
    if (typeof year === 'string' && /^\s*\d{4}\s*$/.test(year)) this.year = Number(year);
    const inputs = ['reports', 'aggregate', 'roster', 'deadlines', 'previous', 'catalog', 'year', 'locale', 'served'];
    if (inputs.some((key) => changed.has(key))) this.#compute();
    // Started here, not after the update, so 正在读取 is in this very render.
    if (['endpoint', 'token', 'year', 'locale', 'countFrom', 'reports', 'aggregate'].some((key) => changed.has(key)))
      void this.#load();
  }

  // The data comes from the server when the page gives none of its own.
  #fromServer(): boolean {
    return this.endpoint !== undefined && this.endpoint !== '' && !this.reports && !this.aggregate;
  }

  // The live aggregate, its years and the year before from the collection server.
  async #load(): Promise<void> {
    if (!this.#fromServer() || !this.endpoint) return;
    const load = ++this.#loads;
    this.loading = true;
    // What reads a server is loaded with the first read: a page with reports of its own never needs it.
    const served = await import('./served-years.js').then(
      (part) => {
        this.#servedPart = part;
        return part.loadServed(
          this.endpoint ?? '',
          this.token,
          localeOf(this.locale),
          this.year,
          this.countFrom === 'filed' ? 'filed' : 'submitted',
        );
      },
      () => ({ error: undefined }),
    );
    if (load !== this.#loads) return;
    this.loading = false;
    // A year that could not be read (the network gone since the last) keeps the years and the switch on the page,
    // with the year asked for and why it is not shown: the person's focus on the year stays where it was.
    const before = this.#servedYears();
    this.served =
      'years' in served || !before
        ? served
        : { ...before, year: this.year ?? before.year, aggregate: served, previous: undefined, judgedBy: undefined };
  }

  #compute(): void {
    const locale = localeOf(this.locale);
    // The page's catalog, else (from a server) the county's own its server keeps (`serve --catalog`), else the built-in one.
    const { catalog, problem } = catalogInUse(
      this.catalog,
      this.#fromServer() ? this.#servedYears()?.catalog : undefined,
      locale,
      stringsOf(locale).ui.badCatalog,
    );
    this.#catalog = catalog;
    this.#catalogProblem = problem;
    const data = dashboardData({
      locale: localeOf(this.locale),
      reports: this.reports,
      aggregate: this.aggregate,
      roster: this.roster,
      deadlines: this.deadlines,
      previous: this.previous,
      catalog,
      year: this.year,
      served: this.#fromServer() ? this.served : undefined,
    });
    this.#result = data.result;
    this.#review = data.review;
    this.#comparison = data.comparison;
    this.#problem = data.problem;
  }

  protected override render(): TemplateResult {
    const locale = localeOf(this.locale);
    const m = totalsStringsOf(locale);
    const result = this.#result;
    const served = this.#servedYears();
    const part = this.#servedPart;
    const year = result?.year ?? served?.year;
    // One shape whatever is shown, so the year and the switch keep their focus while a year loads or fails.
    return html`<div class="dashboard" lang=${locale}>
      ${year === undefined ? nothing : html`<h2>${served?.county ? formatParts(m.dashboard.headingOfCounty, { county: reportText(served.county, locale), year }) : formatMessage(m.dashboard.heading, { year })}</h2>`}
      ${
        served && part
          ? part.renderControls({
              m,
              locale,
              served,
              review: this.#review,
              loading: this.loading,
              year: this.year,
              countFrom: this.countFrom,
              setYear: (chosen) => (this.year = chosen),
              setCountFrom: (from) => (this.countFrom = from),
            })
          : nothing
      }
      ${served?.judgedBy && part ? part.renderJudgedBy(served.judgedBy, m, locale) : nothing}
      ${this.partFailed ? html`<p role="alert" class="note">${m.dashboard.loadFailed}</p>` : nothing}
      ${this.#catalogProblem ? html`<p role="alert" class="note">${this.#catalogProblem}</p>` : nothing}
      ${
        this.#problem !== undefined
          ? html`<p role="alert">${this.#problem}</p>`
          : result
            ? this.#year(result, served)
            : // Nothing yet from the server is no county without reports: said as what it is.
              this.#fromServer() && (this.loading || this.served === undefined)
              ? html`<p role="status">${m.dashboard.reading}</p>`
              : html`<p>${m.dashboard.empty}</p>`
      }
      <dialog part="dialog" aria-labelledby="dialog-heading" @close=${this.#dialog.closed}>${this.#dialog.render({ m, locale, catalog: this.#catalog, deadlines: this.deadlines })}</dialog>
    </div>`;
  }

  // The year's tiles, lists, tables and what is set aside.
  #year(result: AggregateResult, served: Served | undefined): TemplateResult {
    const locale = localeOf(this.locale);
    const m = totalsStringsOf(locale);
    const units: UnitsView = {
      m,
      locale,
      result,
      review: this.#review,
      endpoint: this.endpoint,
      served: served !== undefined,
      publishBy: this.#publishBy(result, served),
      today: chinaToday(),
      rows: this.#sortedUnits(result),
      sort: this.unitSort,
      setSort: (sort) => (this.unitSort = sort),
      download: () => void this.#download(),
      reportOf: (unit) => this.#reportOf(unit),
      open: (event, unit, given) => void this.#open(event, unit, given),
    };
    const values = this.#valuesPart;
    return html`${renderTiles(result, m)} ${renderNotify(units)} ${renderUnits(units)} ${renderCoverage(units)}
      ${renderFigures({
        m,
        locale,
        result,
        catalog: this.#catalog,
        comparison: this.#comparison,
        noPrevious: served !== undefined && !served.previous,
        sort: this.figureSort,
        setSort: (sort) => (this.figureSort = sort),
        valuesOpen: this.valuesOpen,
        toggleValues: (key, open) => void this.#toggleValues(key, open),
        valuesTable: values
          ? (row: FigureRow, shown: readonly UnitDetail[]) =>
              values.renderValuesTable(
                { m, locale, catalog: this.#catalog, reportOf: (unit) => this.#reportOf(unit), parsed: this.#parsed },
                row,
                shown,
              )
          : this.partFailed
            ? () => html`<p role="alert">${m.dashboard.loadFailed}</p>`
            : undefined,
      })}
      ${renderRates({ m, locale, result, catalog: this.#catalog })}
      ${renderApart({ m, locale, result, catalog: this.#catalog })}
      ${
        result.superseded.length + result.skipped.length > 0
          ? html`<p class="note">${formatMessage(m.dashboard.setAside, { superseded: result.superseded.length, skipped: result.skipped.length })}</p>`
          : nothing
      }`;
  }

  // The year's publication deadline: the one the server judged by, else the county's (or the national default).
  #publishBy(result: AggregateResult, served: Served | undefined): string | undefined {
    if (served?.judgedBy?.publishBy) return served.judgedBy.publishBy;
    try {
      return publicationDeadline(result.year, resolveDeadlines(this.deadlines));
    } catch {
      return undefined;
    }
  }

  // What the server served, when the dashboard shows the server's data.
  #servedYears(): Served | undefined {
    return this.#fromServer() && this.served && 'years' in this.served ? this.served : undefined;
  }

  #sortedUnits(result: AggregateResult): UnitRow[] {
    return sortRows(unitRows(result.unitsDetail, this.#review), this.unitSort, localeOf(this.locale));
  }

  // The counted report of a unit: `aggregate` numbers its inputs from 1 in `source.line`.
  #reportOf(unit: UnitDetail): unknown {
    if (this.aggregate || !this.reports || !unit.source?.line) return undefined;
    return this.reports[unit.source.line - 1];
  }

  async #toggleValues(key: string, open: boolean): Promise<void> {
    if (open === this.valuesOpen.has(key)) return;
    this.valuesOpen = open
      ? new Set([...this.valuesOpen, key])
      : new Set([...this.valuesOpen].filter((one) => one !== key));
    if (open && !this.#valuesPart) {
      this.#valuesPart = await import('./values-table.js').catch(() => undefined);
      if (this.#valuesPart) this.requestUpdate();
      else this.partFailed = true;
    }
  }

  #csvSource(): CsvSource | undefined {
    const result = this.#result;
    if (!result) return undefined;
    return {
      result,
      locale: localeOf(this.locale),
      catalog: this.#catalog,
      units: this.#sortedUnits(result).map((row) => row.unit),
      review: this.#review,
      county: this.#servedYears()?.county,
      // As the server counted what is on screen (a switch of counting shows the old until the new arrives).
      countFrom: this.#servedYears()?.countFrom,
    };
  }

  async #download(): Promise<void> {
    const source = this.#csvSource();
    if (!source) return;
    const part = await import('./dashboard-csv.js').catch(() => undefined);
    if (part) part.downloadCsv(source);
    else this.partFailed = true;
  }

  #open(event: Event, unit: string, given: unknown): Promise<void> {
    return this.#dialog.open(event, unit, given, {
      endpoint: this.endpoint,
      token: this.token,
      locale: localeOf(this.locale),
      workflow: this.#review?.workflow[unit],
      year: this.#result?.year,
      detail: this.#result?.unitsDetail.find((one) => one.name === unit),
      deadlines: this.deadlines,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-dashboard': LawReportDashboardElement;
  }
}
