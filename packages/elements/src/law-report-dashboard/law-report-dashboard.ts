import {
  aggregate,
  compareAggregates,
  coverageOf,
  defaultCatalog,
  formatChinaDate,
  formatChinaDateTime,
  publicReportPath,
  reportingYear,
  formatMessage,
  formatFigure,
  formatQualified,
  STATUTORY_CONTENTS,
  writtenFigure,
  type QualifiedFigure,
  unitsCsv,
  type AggregateComparison,
  type AggregateResult,
  type Catalog,
  countedFigures,
  parseReport,
  type Report,
  type DeadlineOverrides,
  type IndicatorTotal,
  type Locale,
  type MonthDay,
  type RosterEntry,
  type UnitDetail,
} from '@law-report/core/model';
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { reviewOf, type AggregateReview, type CountFrom, type JudgedBy } from '../internal/aggregate-review.js';
import type { ReviewedReport } from '../internal/review-client.js';
import { downloadFile } from '../internal/download.js';
import { localeOf, stringsOf, stringsReady, type Strings } from '../internal/locale.js';
import { totalFigure } from '../internal/figure-markup.js';
import { formatParts, type Parts, reportLang, reportText } from '../internal/report-text.js';
import { dashboardStyles } from './law-report-dashboard.styles.js';
import {
  figureRows,
  sortRows,
  unitRows,
  type FigureColumn,
  type FigureRow,
  type Sort,
  type UnitColumn,
  type UnitRow,
} from './dashboard-rows.js';
import type { Served } from './served-years.js';

/**
 * The county office's view of a year (依法治县办): 报送率, 按时报送率 and 公开率; the units
 * to notify (missing, late with days late, not published); each unit's status and which
 * statutory contents its report has; the year's totals per indicator with a small bar chart
 * across units and the change from last year; running totals and targets apart. Every figure
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
 * totals count. A unit's dialog shows its review history with the reasons, in China time.
 *
 * @tag law-report-dashboard
 * @attr locale - `zh-CN` (default) or `en`
 * @attr year - the year to show; by default the latest year among `reports`, or from a server the year being reported if it holds reports on it, else the newest it holds
 * @prop reports - the year's reports (any values: each is parsed, never trusted)
 * @prop aggregate - an aggregate computed elsewhere (e.g. by `law-report aggregate --format json`), used instead of `reports`
 * @prop roster - the units the county expects; without one, the units that reported
 * @prop deadlines - the county's deadline overrides
 * @prop previous - last year's reports, or last year's aggregate, for the change from last year (from a server, the server's own year before is used instead)
 * @prop catalog - the indicator catalog, e.g. with a town's extensions
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
    opened: { state: true },
    valuesOpen: { state: true },
  };

  declare reports: readonly unknown[] | undefined;
  declare aggregate: AggregateResult | undefined;
  declare roster: readonly RosterEntry[] | undefined;
  declare deadlines: DeadlineOverrides | undefined;
  declare previous: readonly unknown[] | AggregateResult | undefined;
  declare catalog: Catalog;
  declare year: number | undefined;
  declare locale: string;
  declare endpoint: string | undefined;
  declare token: string | undefined;
  declare countFrom: CountFrom;
  declare protected served: Served | { readonly error: string | undefined } | undefined;
  declare protected loading: boolean;
  declare protected unitSort: Sort<UnitColumn>;
  declare protected figureSort: Sort<FigureColumn>;
  declare protected opened:
    | {
        unit: string;
        report: unknown;
        deadlines?: DeadlineOverrides | undefined;
        review?: ReviewedReport;
        problem?: string;
      }
    | undefined;
  // Which indicators' tables of unit values are open: their sentences are read only then.
  declare protected valuesOpen: ReadonlySet<string>;

  #result: AggregateResult | undefined;
  #review: AggregateReview | undefined;
  #comparison: AggregateComparison | undefined;
  #problem: string | undefined;
  #opener: HTMLElement | undefined;
  // Each load numbered, so a slower answer to an earlier choice never replaces a later one.
  #loads = 0;
  // The reports read for the sentences of an open table of unit values.
  #parsed = new WeakMap<object, Report | null>();

  constructor() {
    super();
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
    this.opened = undefined;
    this.valuesOpen = new Set();
  }

  /** The aggregate on screen (computed from `reports`, or the `aggregate` given). */
  get result(): AggregateResult | undefined {
    return this.#result;
  }

  /**
   * The units table as a sheet Excel can total, in the order on screen: what the export button
   * downloads. Core's `unitsCsv`, as the CLI and the collection server write it: plain numbers,
   * qualifiers in their own column, a 合计 row; with a server's data, each unit's 审核状态 too.
   */
  toCsv(): string {
    const result = this.#result;
    if (!result) return '';
    const review = this.#review;
    return unitsCsv(result, {
      locale: localeOf(this.locale),
      catalog: this.catalog,
      units: this.#sortedUnits(result).map((row) => row.unit),
      ...(review ? { workflow: review.workflow } : {}),
    });
  }

  // Shown in English, an element waits for the English strings of its screens before it updates,
  // so its first render is in English and `updateComplete` covers the wait.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
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
      ({ loadServed }) =>
        loadServed(
          this.endpoint ?? '',
          this.token,
          localeOf(this.locale),
          this.year,
          this.countFrom === 'filed' ? 'filed' : 'submitted',
        ),
      () => ({ error: undefined }),
    );
    if (load !== this.#loads) return;
    this.loading = false;
    this.served = served;
  }

  #compute(): void {
    this.#problem = undefined;
    this.#comparison = undefined;
    const locale = localeOf(this.locale);
    const served = this.#fromServer() && this.served ? this.served : undefined;
    try {
      if (this.aggregate) {
        this.#result = this.aggregate;
      } else if (this.reports) {
        const year = this.year ?? latestYear(this.reports) ?? reportingYear();
        this.#result = aggregate(this.reports, { ...this.#options(year), locale, unitValues: true });
      } else if (served) {
        const answer = 'years' in served ? served.aggregate : served;
        this.#result = 'error' in answer ? undefined : answer;
        if ('error' in answer) this.#problem = answer.error ?? stringsOf(locale).dashboard.offline;
      } else {
        this.#result = undefined;
      }
      const result = this.#result;
      this.#review = reviewOf(result);
      // From a server, its own year before (none when it holds none); else what the page gave.
      const given = served ? ('years' in served ? served.previous : undefined) : this.previous;
      if (result && given) {
        const previous = Array.isArray(given)
          ? aggregate(given, { ...this.#options(result.year - 1), locale, unitValues: true })
          : (given as AggregateResult);
        // An aggregate given without unit values has nothing to compare like for like.
        if (result.unitsDetail.some((unit) => unit.values) && previous.unitsDetail.some((unit) => unit.values)) {
          this.#comparison = compareAggregates(previous, result);
        }
      }
    } catch (error) {
      // Bad deadline overrides or a malformed aggregate: say so rather than break the page.
      this.#result = undefined;
      this.#problem = error instanceof Error ? error.message : String(error);
    }
  }

  #options(year: number) {
    return {
      year,
      catalog: this.catalog,
      ...(this.roster ? { roster: this.roster } : {}),
      ...(this.deadlines ? { deadlines: this.deadlines } : {}),
    };
  }

  protected override render(): TemplateResult {
    const locale = localeOf(this.locale);
    const m = stringsOf(locale);
    const result = this.#result;
    const served = this.#servedYears();
    const year = result?.year ?? served?.year;
    // One shape whatever is shown, so the year and the switch keep their focus while a year loads or fails.
    return html`<div class="dashboard" lang=${locale}>
      ${year === undefined ? nothing : html`<h2>${served?.county ? formatParts(m.dashboard.headingOfCounty, { county: reportText(served.county, locale), year }) : formatMessage(m.dashboard.heading, { year })}</h2>`}
      ${served ? this.#controls(served, m, locale) : nothing}
      ${served?.judgedBy ? this.#judgedBy(served.judgedBy, m, locale) : nothing}
      ${
        this.#problem !== undefined
          ? html`<p role="alert">${this.#problem}</p>`
          : result
            ? html`${this.#tiles(result, m)} ${this.#notify(result, m, locale)} ${this.#units(result, m, locale)} ${this.#coverage(result, m, locale)}
            ${this.#figures(result, m, locale, served)} ${this.#apart(result, m, locale)}
            ${
              result.superseded.length + result.skipped.length > 0
                ? html`<p class="note">${formatMessage(m.dashboard.setAside, { superseded: result.superseded.length, skipped: result.skipped.length })}</p>`
                : nothing
            }`
            : html`<p>${m.dashboard.empty}</p>`
      }
      <dialog part="dialog" aria-labelledby="dialog-heading" @close=${this.#closed}>${this.#dialog(m, locale)}</dialog>
    </div>`;
  }

  // The deadlines the server judged 按时 by: the towns' and departments', and publication.
  #judgedBy(judged: JudgedBy, m: Strings, locale: Locale): TemplateResult {
    const levels = (['town', 'department'] as const)
      .filter((level) => judged.submitBy[level])
      .map((level) =>
        formatMessage(m.dashboard.deadlineOf, {
          level: m.levels[level],
          date: formatChinaDate(judged.submitBy[level] ?? '', locale),
        }),
      );
    return html`<p class="note" part="deadlines">${formatMessage(m.dashboard.judgedBy, { deadlines: levels.join(m.dashboard.listSeparator), publish: judged.publishBy ? formatChinaDate(judged.publishBy, locale) : '—', source: judged.source === 'default' ? m.dashboard.bySource.default : m.dashboard.bySource.county })}</p>`;
  }

  // What the server served, when the dashboard shows the server's data.
  #servedYears(): Served | undefined {
    return this.#fromServer() && this.served && 'years' in this.served ? this.served : undefined;
  }

  // The year (the years the server holds) and which reports count, with a note saying which do:
  // a live region, so a person who changes either hears what is now shown.
  #controls(served: Served, m: Strings, locale: Locale): TemplateResult {
    const review = this.#review;
    const statuses = review
      ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(review.counted.map((status) => m.review[status]))
      : '';
    const note = this.loading
      ? formatMessage(m.dashboard.loading, { year: this.year ?? served.year })
      : review
        ? formatMessage(m.dashboard.counted, { year: served.year, statuses })
        : '';
    const counts: readonly [CountFrom, string][] = [
      ['submitted', m.dashboard.countSubmitted],
      ['filed', m.dashboard.countFiled],
    ];
    return html`<div part="controls" class="controls">
        <label class="year"
          >${m.dashboard.year}
          <select @change=${(event: Event) => (this.year = Number((event.target as HTMLSelectElement).value))}>
            ${served.years.map((year) => html`<option value=${year} .selected=${year === served.year}>${formatMessage(m.dashboard.yearOption, { year })}</option>`)}
          </select>
        </label>
        <fieldset>
          <legend>${m.dashboard.counting}</legend>
          ${counts.map(
            ([from, label]) =>
              html`<label><input type="radio" name="count-from" value=${from} .checked=${this.countFrom === from} @change=${() => (this.countFrom = from)} />${label}</label>`,
          )}
        </fieldset>
      </div>
      <p class="note counted" role="status">${note}</p>`;
  }

  #dialog(m: Strings, locale: Locale): TemplateResult | typeof nothing {
    const opened = this.opened;
    if (!opened) return nothing;
    return html`<div class="dialog-bar">
        <h3 id="dialog-heading" tabindex="-1">${reportText(opened.unit, locale)}</h3>
        <button type="button" @click=${this.#close}>${m.dashboard.close}</button>
      </div>
      ${opened.review ? this.#history(opened.review, m, locale) : nothing}
      ${opened.problem !== undefined ? html`<p role="alert">${formatMessage(m.reviewHistory.loadFailed, { message: opened.problem })}</p>` : nothing}
      ${
        opened.report === undefined
          ? opened.problem === undefined
            ? html`<p>${m.dashboard.noReport}</p>`
            : nothing
          : html`<law-report-summary .report=${opened.report} .catalog=${this.catalog} .deadlines=${'deadlines' in opened ? opened.deadlines : this.deadlines} locale=${locale} heading-level="4"></law-report-summary>`
      }`;
  }

  // Where the report is in the review and every step taken, with who took it, when (in China) and why.
  #history(review: ReviewedReport, m: Strings, locale: Locale): TemplateResult {
    return html`<p class="review-status">${formatMessage(m.dashboard.reviewStatus, { status: m.review[review.status], version: review.version })}</p>
      <h4>${m.reviewHistory.title}</h4>
      <ol class="history">
        ${review.history.map(
          (step) =>
            html`<li>
              ${formatParts(m.reviewHistory.step, { when: formatChinaDateTime(step.at, locale), who: reportText(step.by, locale), action: m.review[step.to] })}${
                step.reason
                  ? formatParts(m.reviewHistory.stepReason, { reason: reportText(step.reason, locale) })
                  : nothing
              }
            </li>`,
        )}
      </ol>`;
  }

  #tiles(result: AggregateResult, m: Strings): TemplateResult {
    const coverage = coverageOf(result);
    const tile = (label: string, rate: number | null, part: number) => html`<div>
      <dt>${label}</dt>
      <dd><strong>${rate === null ? '—' : `${rate.toFixed(1)}%`}</strong> <span>${formatMessage(m.dashboard.ofUnits, { part, whole: coverage.expected })}</span></dd>
    </div>`;
    return html`<dl part="tiles" class="tiles">
      ${tile(m.dashboard.reportedRate, coverage.reportedRate, coverage.reported)} ${tile(m.dashboard.onTimeRate, coverage.onTimeRate, coverage.onTime)}
      ${tile(m.dashboard.publishedRate, coverage.publishedRate, coverage.published)}
    </dl>`;
  }

  #notify(result: AggregateResult, m: Strings, locale: Locale): TemplateResult {
    const late = result.unitsDetail.filter((unit) => unit.status === 'late');
    const list = (heading: string, items: readonly unknown[]) => html`<section aria-label=${heading}>
      <h4>${heading}（${items.length}）</h4>
      ${items.length === 0 ? html`<p>${m.dashboard.none}</p>` : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`}
    </section>`;
    const names = (units: readonly string[]) => units.map((name) => reportText(name, locale));
    // A unit that sent a report not counted (returned, or not yet filed when only filed ones count) says so.
    const missing = result.units.missing.map((name) => {
      const workflow = this.#review?.workflow[name];
      return workflow
        ? formatParts(m.dashboard.withStatus, { unit: reportText(name, locale), status: m.review[workflow.status] })
        : reportText(name, locale);
    });
    return html`<section part="notify" class="notify" aria-labelledby="notify-heading">
      <h3 id="notify-heading">${m.dashboard.toNotify}</h3>
      <div class="lists">
        ${list(m.dashboard.missing, missing)}
        ${list(
          m.dashboard.late,
          late.map((unit) =>
            formatParts(m.dashboard.daysLate, { unit: reportText(unit.name, locale), days: unit.daysLate ?? 0 }),
          ),
        )}
        ${list(m.dashboard.unpublished, names(result.units.unpublished))}
        ${result.units.unlisted.length > 0 ? list(m.dashboard.unlisted, names(result.units.unlisted)) : nothing}
      </div>
    </section>`;
  }

  #sortedUnits(result: AggregateResult): UnitRow[] {
    return sortRows(unitRows(result.unitsDetail, this.#review), this.unitSort, localeOf(this.locale));
  }

  #units(result: AggregateResult, m: Strings, locale: Locale): TemplateResult {
    const columns: readonly [UnitColumn, string][] = [
      ['name', m.aggregate.columns.unit],
      ['status', m.aggregate.columns.status],
      ['submittedOn', m.aggregate.columns.submittedOn],
      ['deadline', m.aggregate.columns.deadline],
      ['daysLate', m.aggregate.columns.daysLate],
      ['completeness', m.aggregate.columns.completeness],
    ];
    const units = this.#sortedUnits(result);
    return html`<section part="units" aria-labelledby="units-heading">
      <div class="section-bar">
        <h3 id="units-heading">${m.dashboard.units}</h3>
        <button type="button" @click=${this.#download}>${m.dashboard.exportCsv}</button>
      </div>
      <span id="open-hint" hidden>${m.dashboard.open}</span>
      <div class="scroll" tabindex="0" role="group" aria-labelledby="units-caption">
        <table class="units">
          <caption id="units-caption" class="visually-hidden">${m.dashboard.unitsCaption}</caption>
          <thead>
            <tr>${columns.map(([column, label]) => this.#header(column, label, this.unitSort, (sort) => (this.unitSort = sort)))}</tr>
          </thead>
          <tbody>
            ${units.map(
              ({ unit, workflow }) => html`<tr>
                <th scope="row" lang=${ifDefined(reportLang(locale))}>${this.#unitName(unit)}</th>
                <td>${this.#status(unit, workflow, m)}</td>
                <td>${unit.submittedOn ?? '—'}</td>
                <td>${unit.deadline}</td>
                <td class="number">${unit.daysLate ?? '—'}</td>
                <td class="number">${formatPercent(unit.completeness * 100, locale)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  // The aggregate's status (已报送, 逾期, 未公开, 未报送) and, from a server, the review's: a report
  // the totals leave out (returned, or not filed when only filed ones count) says 未计入 instead.
  #status(unit: UnitDetail, workflow: UnitRow['workflow'], m: Strings): TemplateResult {
    const counted = html`<span class="status ${unit.status}">${m.aggregate.statuses[unit.status]}</span>`;
    if (!workflow) return counted;
    const review = html`<span class="review ${workflow.status}">${m.review[workflow.status]}</span>`;
    // A published report links to its page for the public on the same server.
    const page =
      workflow.status === 'published' && this.endpoint && this.#result
        ? html` · <a href=${`${this.endpoint.replace(/\/?api\/?$/, '')}${publicReportPath(this.#result.year, unit.name, 'html')}`} aria-label=${formatMessage(m.dashboard.publicPageOf, { unit: unit.name })}>${m.dashboard.publicPage}</a>`
        : nothing;
    if (this.#review?.counted.includes(workflow.status)) return html`${counted} · ${review}${page}`;
    return html`${review} · <span class="status missing">${m.dashboard.notCounted}</span>`;
  }

  // Named by the unit alone (a row header read with every cell of its row); what it does is its description.
  #unitName(unit: UnitDetail): TemplateResult | string {
    const report = this.#reportOf(unit);
    // From a server, a unit's report (returned ones too) is fetched when its name is clicked.
    const fromServer =
      report === undefined &&
      this.endpoint !== undefined &&
      (this.#review?.workflow[unit.name] !== undefined || unit.submittedOn !== null);
    if (report === undefined && !fromServer) return unit.name;
    return html`<button type="button" class="link" aria-describedby="open-hint" @click=${(event: Event) => this.#open(event, unit.name, report)}>${unit.name}</button>`;
  }

  // The counted report of a unit: `aggregate` numbers its inputs from 1 in `source.line`.
  #reportOf(unit: UnitDetail): unknown {
    if (this.aggregate || !this.reports || !unit.source?.line) return undefined;
    return this.reports[unit.source.line - 1];
  }

  #coverage(result: AggregateResult, m: Strings, locale: Locale): TemplateResult {
    const units = this.#sortedUnits(result)
      .map((row) => row.unit)
      .filter((unit) => unit.status !== 'missing');
    return html`<section part="coverage" aria-labelledby="coverage-heading">
      <h3 id="coverage-heading">${m.dashboard.coverage}</h3>
      <div class="scroll" tabindex="0" role="group" aria-labelledby="coverage-caption">
        <table class="matrix">
          <caption id="coverage-caption" class="visually-hidden">${m.dashboard.coverageCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${m.aggregate.columns.unit}</th>
              ${STATUTORY_CONTENTS.map(({ kind }) => html`<th scope="col"><abbr title=${m.kinds[kind]}>${m.kindsShort[kind]}</abbr></th>`)}
            </tr>
          </thead>
          <tbody>
            ${units.map(
              (unit) => html`<tr>
                <th scope="row" lang=${ifDefined(reportLang(locale))}>${unit.name}</th>
                ${STATUTORY_CONTENTS.map(({ kind }) =>
                  unit.contents.some((content) => content === kind)
                    ? html`<td class="has">${m.dashboard.hasContent}</td>`
                    : html`<td class="lacks">${m.dashboard.lacksContent}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #figures(
    result: AggregateResult,
    m: Strings,
    locale: Locale,
    served: Served | undefined,
  ): TemplateResult | typeof nothing {
    const rows = sortRows(figureRows(result, this.catalog, locale, this.#comparison), this.figureSort, locale);
    if (rows.length === 0) return nothing;
    const c = m.aggregate.figureColumns;
    const columns: [FigureColumn, string][] = [
      ['label', c.indicator],
      ['total', c.total],
      ['reporting', c.reporting],
      ['min', c.min],
      ['median', c.median],
      ['max', c.max],
      ...(this.#comparison
        ? [
            ['change', `${c.change}（${formatMessage(m.dashboard.changeFrom, { year: result.year - 1 })}）`] as [
              FigureColumn,
              string,
            ],
          ]
        : []),
    ];
    const units = result.unitsDetail.filter((unit) => unit.values);
    return html`<section part="figures" aria-labelledby="figures-heading">
      <h3 id="figures-heading">${m.aggregate.yearTotals}</h3>
      <p class="note">
        ${m.dashboard.lowerBound}${
          this.#comparison
            ? ` ${m.dashboard.changeNote}`
            : served && !served.previous
              ? ` ${formatMessage(m.dashboard.noPrevious, { year: result.year - 1 })}`
              : ''
        }
      </p>
      <div class="scroll" tabindex="0" role="group" aria-labelledby="figures-caption">
        <table>
          <caption id="figures-caption" class="visually-hidden">${m.dashboard.figuresCaption}</caption>
          <thead>
            <tr>
              ${columns.map(([column, label]) => this.#header(column, label, this.figureSort, (sort) => (this.figureSort = sort)))}
              ${units.length > 0 ? html`<th scope="col">${m.dashboard.chartColumn}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${row.label}</th>
                <td class="number">${amount(totalFigure(row.figure), m, locale)}</td>
                <td class="number">${row.figure.reporting}</td>
                <td class="number">${row.figure.min}</td>
                <td class="number">${row.figure.median}</td>
                <td class="number">${row.figure.max}</td>
                ${this.#comparison ? html`<td class="number">${this.#change(row, locale)}</td>` : nothing}
                ${units.length > 0 ? html`<td>${this.#chart(row, units, m, locale)} ${this.#chartValues(row, units, m, locale)}</td>` : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  // A signed change with its qualifier where a reader expects it: 约+3877, +58余, about +3877.
  #change(row: FigureRow, locale: Locale): string {
    const change = row.change;
    if (!change || change.change === null || change.qualifier === null) return '—';
    const sign = change.change > 0 ? '+' : change.change < 0 ? '-' : '';
    const magnitude = formatQualified(Math.abs(change.change), change.qualifier, locale);
    const prefix = stringsOf(locale).ui.qualifierPrefix[change.qualifier];
    const signed =
      prefix && magnitude.startsWith(prefix)
        ? `${prefix}${sign}${magnitude.slice(prefix.length)}`
        : `${sign}${magnitude}`;
    const percent = change.percent === null ? '' : `（${change.percent > 0 ? '+' : ''}${change.percent}%）`;
    return `${signed}${percent}`;
  }

  // One bar per unit that reported, in the units' order, scaled to the largest figure.
  #chart(row: FigureRow, units: readonly UnitDetail[], m: Strings, locale: Locale): TemplateResult {
    const width = 160;
    const height = 28;
    const step = width / units.length;
    const max = row.figure.max || 1;
    const label = `${formatMessage(m.dashboard.chart, { indicator: row.label })}：${formatMessage(m.dashboard.chartSummary, { n: row.figure.reporting, min: row.figure.min, max: row.figure.max })}`;
    return html`<svg class="chart" role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
      ${units.map((unit, i) => {
        const figure = unit.values?.[row.key];
        if (!figure) return nothing;
        const h = Math.max(1, (figure.value / max) * height);
        return svg`<rect x=${i * step} y=${height - h} width=${Math.max(1, step - 1)} height=${h}><title>${unit.name}：${formatFigure({ ...figure, unit: row.figure.unit }, locale)}</title></rect>`;
      })}
    </svg>`;
  }

  // The chart's values as a table, behind a disclosure named by its indicator: what the bars'
  // hover titles say, reachable by keyboard and read by screen readers cell by cell.
  #chartValues(row: FigureRow, units: readonly UnitDetail[], m: Strings, locale: Locale): TemplateResult {
    // With the reports at hand, each unit's figure shows the sentence it was read from: looked up
    // when the table is opened, so the dashboard's first render does not read every report.
    const open = this.valuesOpen.has(row.key);
    const quotes = new Map(open ? units.map((unit) => [unit.name, this.#quoteOf(unit, row.key)]) : []);
    return html`<details class="values" ?open=${open} @toggle=${(event: Event) => this.#toggleValues(row.key, (event.currentTarget as HTMLDetailsElement).open)}>
      <summary aria-label=${formatMessage(m.dashboard.chartValuesOf, { indicator: row.label })}>${m.dashboard.chartValues}</summary>
      ${
        // Made when opened: 30 closed tables of 40 units are 1,200 cells no one sees on the first render.
        open ? this.#valuesTable(row, units, quotes, m, locale) : nothing
      }
    </details>`;
  }

  #valuesTable(
    row: FigureRow,
    units: readonly UnitDetail[],
    quotes: ReadonlyMap<string, string | undefined>,
    m: Strings,
    locale: Locale,
  ): TemplateResult {
    const withQuotes = [...quotes.values()].some((quote) => quote !== undefined);
    return html`<table>
        <caption>${formatMessage(m.dashboard.chart, { indicator: row.label })}</caption>
        <thead>
          <tr><th scope="col">${m.aggregate.columns.unit}</th><th scope="col">${m.dashboard.value}</th>${withQuotes ? html`<th scope="col">${m.dashboard.quote}</th>` : nothing}</tr>
        </thead>
        <tbody>
          ${units.map((unit) => {
            const figure = unit.values?.[row.key];
            const quote = quotes.get(unit.name);
            return figure
              ? html`<tr>
                  <th scope="row" lang=${ifDefined(reportLang(locale))}>${unit.name}</th>
                  <td class="number">${amount({ ...figure, unit: row.figure.unit }, m, locale)}</td>
                  ${withQuotes ? html`<td class="quote" lang="zh-CN">${quote ?? '—'}</td>` : nothing}
                </tr>`
              : nothing;
          })}
        </tbody>
      </table>`;
  }

  #toggleValues(key: string, open: boolean): void {
    if (open === this.valuesOpen.has(key)) return;
    this.valuesOpen = open
      ? new Set([...this.valuesOpen, key])
      : new Set([...this.valuesOpen].filter((one) => one !== key));
  }

  // The sentence a unit's counted figure of `key` was read from, when its report is at hand.
  #quoteOf(unit: UnitDetail, key: string): string | undefined {
    const given = this.#reportOf(unit);
    if (typeof given !== 'object' || given === null) return undefined;
    let report = this.#parsed.get(given);
    if (report === undefined) {
      const parsed = parseReport(given);
      report = parsed.success ? parsed.data : null;
      this.#parsed.set(given, report);
    }
    return report ? countedFigures(report, key, this.catalog).counted?.source?.quote : undefined;
  }

  #apart(result: AggregateResult, m: Strings, locale: Locale): TemplateResult | typeof nothing {
    const label = (key: string) => this.catalog.get(key)?.label[locale] ?? key;
    const c = m.aggregate.figureColumns;
    const table = (heading: string, rows: readonly { key: string; scope?: string; figure: IndicatorTotal }[]) =>
      rows.length === 0
        ? nothing
        : html`<table>
            <caption>${heading}</caption>
            <thead>
              <tr><th scope="col">${c.indicator}</th><th scope="col">${c.total}</th><th scope="col">${c.reporting}</th></tr>
            </thead>
            <tbody>
              ${rows.map(
                ({ key, scope, figure }) => html`<tr>
                <th scope="row">${label(key)}${scope ? `（${scope}）` : ''}</th>
                <td class="number">${amount(totalFigure(figure), m, locale)}</td>
                <td class="number">${figure.reporting}</td>
              </tr>`,
              )}
            </tbody>
          </table>`;
    const rows = (totals: Record<string, IndicatorTotal>) =>
      Object.entries(totals).map(([key, figure]) => ({ key, figure }));
    const cumulative = rows(result.cumulative);
    const targets = rows(result.targets);
    const apart = result.apart.map((figure) => ({ key: figure.indicator, scope: m.scopes[figure.scope], figure }));
    if (cumulative.length + targets.length + apart.length === 0) return nothing;
    return html`<section part="apart" class="apart" aria-labelledby="apart-heading">
      <h3 id="apart-heading">${m.dashboard.apart}</h3>
      ${table(m.aggregate.cumulativeTotals, cumulative)} ${table(m.aggregate.targetTotals, targets)} ${table(m.aggregate.apartTotals, apart)}
    </section>`;
  }

  // The header is named by its text, like any other; the button inside sorts, and aria-sort on
  // the header says how (the table's caption says the headers sort).
  #header<C extends string>(column: C, label: string, sort: Sort<C>, set: (sort: Sort<C>) => void): TemplateResult {
    const active = sort.column === column;
    const direction = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${direction}>
      <button type="button" class="sort" @click=${() => set({ column, descending: active && !sort.descending })}>
        ${label}<span aria-hidden="true">${active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>`;
  }

  #download(): void {
    downloadFile(this.toCsv(), `law-report-${this.#result?.year ?? ''}.csv`, 'text/csv;charset=utf-8');
  }

  async #open(event: Event, unit: string, given: unknown): Promise<void> {
    this.#opener = event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined;
    const locale = localeOf(this.locale);
    const workflow = this.#review?.workflow[unit];
    const client = () => import('../internal/collection-client.js');
    if (given === undefined && this.endpoint && workflow) {
      // The report with its history, by the id the server's aggregate gave.
      const review = await client().then(
        ({ fetchForReview }) => fetchForReview(this.endpoint ?? '', this.token, locale, workflow.id),
        () => ({ error: stringsOf(locale).dashboard.offline }),
      );
      this.opened =
        'error' in review
          ? { unit, report: undefined, problem: review.error }
          : { unit, ...this.#asJudged(unit, review.report), review };
    } else if (given !== undefined) {
      this.opened = { unit, report: given };
    } else {
      const year = this.#result?.year;
      const report =
        this.endpoint && year !== undefined
          ? await client().then(
              ({ fetchUnitReport }) => fetchUnitReport(this.endpoint ?? '', this.token, locale, year, unit),
              () => undefined,
            )
          : undefined;
      this.opened = { unit, ...this.#asJudged(unit, report) };
    }
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#dialog-heading')?.focus();
  }

  // A report from the server as the county judged it: received on the day the server first had it
  // (China), due on the unit's own deadline, so the summary's badge says what the unit's row says
  // (a report dated 2月22日 is no 按时报送 where the row says 逾期 22 天).
  #asJudged(unit: string, report: unknown): { report: unknown; deadlines: DeadlineOverrides | undefined } {
    const detail = this.#result?.unitsDetail.find((one) => one.name === unit);
    const record = typeof report === 'object' && report !== null ? report : undefined;
    const level = (record as { unit?: { level?: unknown } } | undefined)?.unit?.level;
    if (!record || !detail?.submittedOn || typeof level !== 'string') return { report, deadlines: this.deadlines };
    const due = detail.deadline.slice(5) as MonthDay;
    return {
      report: { ...record, submittedOn: detail.submittedOn },
      deadlines: { ...this.deadlines, submit: { ...this.deadlines?.submit, [level]: due } },
    };
  }

  #close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  // Escape or the close button: back to the name that opened it.
  #closed(): void {
    this.opened = undefined;
    this.#opener?.focus();
    this.#opener = undefined;
  }
}

function latestYear(reports: readonly unknown[]): number | undefined {
  let latest: number | undefined;
  for (const report of reports) {
    const year = typeof report === 'object' && report !== null ? (report as { year?: unknown }).year : undefined;
    if (typeof year === 'number' && Number.isInteger(year) && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

// A figure as the summary writes it (800件以上, 近800件), its measure word marked Chinese in English.
function amount(figure: QualifiedFigure, m: Strings, locale: Locale): Parts {
  const { number, unit } = writtenFigure(figure, locale);
  return formatParts(m.ui.valueWithUnit, { value: number, unit: reportText(unit, locale) });
}

function formatPercent(value: number, locale: Locale): string {
  return `${value.toLocaleString(locale, { maximumFractionDigits: 0 })}%`;
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-dashboard': LawReportDashboardElement;
  }
}
