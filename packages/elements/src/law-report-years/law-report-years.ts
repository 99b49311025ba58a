import {
  createYearsAggregator,
  defaultCatalog,
  publicationDeadline,
  formatChange,
  formatFigure,
  formatMessage,
  resolveDeadlines,
  yearsMessages,
  type Catalog,
  type DeadlineOverrides,
  type Locale,
  type Report,
  type RosterEntry,
  type YearsResult,
} from '@law-report/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { problemOf } from '../internal/aggregate-problem.js';
import { catalogInUse, type CatalogInput } from '../internal/catalog-property.js';
import { localeOf, stringsOf } from '../internal/locale.js';
import { totalFigure } from '../internal/figure-markup.js';
import { ScrollHintController } from '../internal/scroll-box.js';
import type { ReadInput } from './read-one-file.js';
import { readReportFiles, type PickedFile, type ReadFiles } from './read-report-files.js';
import { yearsStyles } from './law-report-years.styles.js';
import { droppedFiles } from './dropped-files.js';
import { renderApart } from './years-apart.js';
import { renderSources, sourceFigure, type OpenedTotal, SERVER_FILE } from './years-sources.js';
import { renderIndicators, renderSetAside, renderUnits, returnedKey, type YearsTablesView } from './years-tables.js';
import type { YearsMessages } from './years-text.js';

type Messages = YearsMessages;

// What reads a collection server, loaded with the first read: a page without a server never loads it.
type ServedPart = typeof import('./served-reports.js');
type Served = Awaited<ReturnType<ServedPart['loadServedReports']>>;

/**
 * A county's reports over the years in one view: per indicator its total each year (only the
 * year's own figures, from each unit's latest report, bounds kept as bounds), how many units gave
 * it, a small trend chart and the change from the first year to the last counted like for like
 * (only units that gave the figure in both years, and it says so); per unit a row of years with
 * what it did and when; and every file or report not counted, with why. Each total opens the
 * figures it adds up: the unit, the sentence the figure was read from with the figure marked, and
 * the file. What a year's totals cannot take is said under them, never dropped: an indicator the catalog does not
 * know (totalled apart under its key), figures in a word of another quantity, a figure beside a larger one of the
 * same indicator, figures no indicator holds. A county clerk can pick or drop a folder of ten years of Word, text, HTML or JSON
 * reports: they are read in workers on this computer, never uploaded, with progress.
 *
 * From a county's collection server (`endpoint`, `law-report serve`), the view loads every year's
 * reports the server holds, the old ones loaded with `serve --load` (历史导入) too, in one request,
 * names and totals the county's own indicators as its server keeps them (`serve --catalog`, when the page gives no
 * catalog), and shows them beside any files read on this computer. They are counted as the dashboard counts
 * by default: each unit's latest version, every report not returned; a returned report is not
 * counted until its unit submits it again, and a note says so. Each report's 报送日期 is the
 * county's first receipt and its 公开 date the day the county published, both from the server. While
 * it loads, and when the server cannot be reached, a status line says so (the files read on this
 * computer are shown all the same). A report from the server is named by its unit and year where
 * a file would be named by its path.
 *
 * @tag law-report-years
 * @attr locale - `zh-CN` (default) or `en`
 * @attr from - the first year shown (default: the earliest year read)
 * @attr to - the last year shown (default: the latest year read)
 * @prop reports - reports of any years (any values: each is checked, and what is not a report is listed)
 * @prop roster - the county's units (`RosterEntry[]`): then units that never reported are shown too
 * @prop catalog - the indicator catalog (default: core's; from `endpoint`, the county's own its server keeps, `serve --catalog`): a `createCatalog` result, or the town's extension catalog JSON itself (the file `law-report --catalog` reads), checked; JSON that is not one is said and the built-in catalog is used
 * @prop deadlines - the county's deadlines, as for the dashboard
 * @attr endpoint - the API of a collection server (`law-report serve`, e.g. `/api`): every year's reports on it are shown beside `reports` and the files read
 * @prop token - the county reviewer's token for `endpoint` (a property only, never in the markup); a unit's token shows that unit's reports only
 * @csspart server - what was read from the server, or why nothing was
 * @csspart load - the folder picker and its progress
 * @csspart indicators - the table of indicators by year
 * @csspart units - the table of units by year
 * @csspart sources - the dialog listing the figures behind a total
 * @cssprop --law-color-text - text colour
 * @cssprop --law-color-border - borders
 * @cssprop --law-color-primary - bars and main buttons
 * @cssprop --law-color-mark - the figure marked in its sentence
 * @cssprop --law-color-focus - the focus outline's light tone
 * @cssprop --law-color-focus-ring - the focus outline's dark ring
 * @cssprop --law-color-button - background of the other buttons and the file choosers
 * @cssprop --law-color-error - problems found
 * @cssprop --law-color-input-border - borders of inputs and buttons
 * @cssprop --law-color-link - links
 * @cssprop --law-color-muted - secondary text: hints and notes
 * @cssprop --law-color-surface - background
 * @cssprop --law-font-family - font stack
 * @cssprop --law-radius - corner radius
 * @cssprop --law-radius-control - corner radius of inputs and buttons (default: `--law-radius`)
 * @cssprop --law-space - spacing unit
 *
 * @example
 * <law-report-years></law-report-years>
 * <script type="module">document.querySelector('law-report-years').reports = await (await fetch('/reports.json')).json();</script>
 */
export class LawReportYearsElement extends LitElement {
  static override styles = yearsStyles;

  static override properties = {
    reports: { attribute: false },
    roster: { attribute: false },
    catalog: { attribute: false },
    deadlines: { attribute: false },
    locale: { reflect: true },
    from: { type: Number },
    to: { type: Number },
    endpoint: {},
    token: { attribute: false },
    _read: { state: true },
    _served: { state: true },
    _serverLoading: { state: true },
    _progress: { state: true },
    _opened: { state: true },
  };

  declare reports: readonly unknown[];
  declare roster: readonly RosterEntry[] | undefined;
  declare catalog: CatalogInput;
  declare deadlines: DeadlineOverrides | undefined;
  declare locale: string;
  declare from: number | undefined;
  declare to: number | undefined;
  declare endpoint: string | undefined;
  declare token: string | undefined;
  declare private _read: ReadFiles | undefined;
  declare private _progress: { readonly done: number; readonly total: number } | undefined;
  declare private _opened: OpenedTotal | undefined;
  // What the server gave, or why nothing (none: no server, or not read yet).
  declare private _served: Served | undefined;
  declare private _serverLoading: boolean;
  // Each read of the server numbered, so a slower answer for an earlier endpoint never replaces a later one.
  #serverReads = 0;
  #result: YearsResult | undefined;
  // Why nothing could be totalled (a roster listing a unit twice, deadlines that are no dates): said, never thrown.
  #notTotalled: string | undefined;
  // The catalog in use (see catalogInUse: the page's, else the county's its server said), and why `catalog` is not.
  #catalog: Catalog = defaultCatalog;
  #catalogProblem = '';
  #allYears: readonly number[] = [];
  // Each counted report by where it came from, to open a total's sentences.
  #bySource = new Map<string, unknown>();
  #opener: HTMLElement | undefined;

  constructor() {
    super();
    this.reports = [];
    this.roster = undefined;
    this.catalog = defaultCatalog;
    this.deadlines = undefined;
    this.locale = 'zh-CN';
    this.from = undefined;
    this.to = undefined;
    this.endpoint = undefined;
    this.token = undefined;
    this._read = undefined;
    this._served = undefined;
    this._serverLoading = false;
    this._progress = undefined;
    this._opened = undefined;
    new ScrollHintController(this);
    this.addEventListener('dragover', (event) => event.preventDefault());
    this.addEventListener('drop', (event) => void this.#dropped(event));
  }

  /** The run of years as shown (after `from`/`to`), for scripts and tests. */
  get result(): YearsResult | undefined {
    return this.#result;
  }

  /** Reads report files (a folder's, a picker's or a drop's) into the view, beside `reports`. */
  async readFiles(files: readonly PickedFile[]): Promise<void> {
    this._progress = { done: 0, total: files.length };
    const read = await readReportFiles(
      files,
      localeOf(this.locale),
      (done, total) => (this._progress = { done, total }),
    );
    this._progress = undefined;
    this._read = read;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#read-status')?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Started here, not after the update, so 正在读取 is in this very render.
    if (changed.has('endpoint') || changed.has('token')) void this.#readServer();
    if (
      ['reports', 'roster', 'catalog', 'deadlines', 'locale', 'from', 'to', '_read', '_served'].some((name) =>
        changed.has(name),
      )
    )
      this.#compute();
  }

  // Every year's reports from the collection server, when there is one.
  async #readServer(): Promise<void> {
    const read = ++this.#serverReads;
    if (!this.endpoint) {
      this._served = undefined;
      this._serverLoading = false;
      return;
    }
    this._serverLoading = true;
    const served = await import('./served-reports.js').then(
      (part) => part.loadServedReports(this.endpoint ?? '', this.token, localeOf(this.locale)),
      () => ({ error: undefined }),
    );
    if (read !== this.#serverReads) return;
    this._serverLoading = false;
    this._served = served;
  }

  // The server's reports, when it gave them.
  // The page's deadlines, else those of the server the reports come from (as the dashboard judges them).
  #deadlines(): DeadlineOverrides | undefined {
    return this.deadlines ?? this.#servedReports()?.deadlines;
  }

  #servedReports() {
    return this._served && 'inputs' in this._served ? this._served : undefined;
  }

  #compute(): void {
    // Reports given as a property have no file: their line is their place in `reports`.
    const inputs: ReadInput[] = [
      ...this.reports.map((report, at) => ({ report, file: '', line: at + 1 })),
      ...(this.#servedReports()?.inputs ?? []),
      ...(this._read?.inputs ?? []),
    ];
    const deadlines = this.#deadlines();
    const locale = localeOf(this.locale);
    // The page's catalog, else the county's own its server keeps (`serve --catalog`), else the built-in one.
    const { catalog, problem } = catalogInUse(
      this.catalog,
      this.#servedReports()?.catalog,
      locale,
      stringsOf(locale).ui.badCatalog,
    );
    this.#catalog = catalog;
    this.#catalogProblem = problem;
    this.#allYears = yearsOf(inputs);
    this.#bySource = new Map(inputs.map((input) => [sourceKey(input.file, input.line), input.report]));
    try {
      const decade = createYearsAggregator({
        locale: localeOf(this.locale),
        catalog,
        ...(this.roster ? { roster: this.roster } : {}),
        ...(deadlines ? { deadlines } : {}),
        ...this.#range(this.#allYears),
      });
      for (const input of inputs)
        decade.add(input.report, { file: input.file, ...(input.line === undefined ? {} : { line: input.line }) });
      this.#result = decade.result();
      this.#notTotalled = undefined;
    } catch (error) {
      this.#result = undefined;
      this.#notTotalled = problemOf(error, localeOf(this.locale));
    }
  }

  // The years chosen: both ends named once either is, the other from the years read.
  #range(years: readonly number[]): { from?: number; to?: number } {
    if (this.from === undefined && this.to === undefined) return {};
    const from = this.from ?? years[0];
    const to = this.to ?? years.at(-1);
    return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  }

  protected override render(): TemplateResult {
    const locale = localeOf(this.locale);
    const y = yearsMessages[locale];
    const result = this.#result;
    const years = result?.years ?? [];
    // What the three tables are drawn from, made once a render.
    const tables = result ? this.#tables(result, y, locale) : undefined;
    const heading =
      years.length > 0 ? formatMessage(y.headingRange, { from: years[0] ?? '', to: years.at(-1) ?? '' }) : y.heading;
    return html`<section lang=${locale} aria-labelledby="heading">
      <h2 id="heading">${heading}</h2>
      ${this.endpoint ? this.#server(y) : nothing} ${this.#load(y)} ${this.#allYears.length > 0 ? this.#rangeControls(y) : nothing}
      ${this.#catalogProblem ? html`<p class="said problem" role="alert">${this.#catalogProblem}</p>` : nothing}
      ${
        this.#notTotalled !== undefined
          ? html`<p class="said problem" role="alert">${formatMessage(y.notTotalled, { reason: this.#notTotalled })}</p>`
          : tables && years.length > 0
            ? html`${renderIndicators(tables)} ${renderApart(tables)} ${renderUnits(tables)}`
            : html`<p>${y.empty}</p>`
      }
      ${tables ? renderSetAside(tables) : nothing}
      <dialog part="sources" aria-labelledby="sources-heading" @close=${this.#closed}>${renderSources(this._opened, y, locale, () => this.renderRoot.querySelector('dialog')?.close())}</dialog>
    </section>`;
  }

  // What was read from the server, or that it is being read, or why nothing was: one live region.
  #server(y: Messages): TemplateResult {
    const served = this._served;
    const reports = this.#servedReports();
    const years = reports ? [...new Set([...reports.places.values()].map((place) => place.year))].sort() : [];
    const first = years[0];
    const last = years.at(-1);
    const said = this._serverLoading
      ? y.serverLoading
      : reports
        ? [
            first === undefined || last === undefined
              ? y.serverNone
              : first === last
                ? formatMessage(y.serverReadYear, { year: first, reports: reports.inputs.length })
                : formatMessage(y.serverRead, { from: first, to: last, reports: reports.inputs.length }),
            reports.returned.length > 0 ? formatMessage(y.serverReturned, { n: reports.returned.length }) : '',
          ].join('')
        : served && 'error' in served
          ? served.error
            ? formatMessage(y.serverRefused, { message: served.error })
            : y.serverFailed
          : '';
    return html`<div class="server" part="server">
      <h3>${y.server}</h3>
      <p role="status" class=${reports || this._serverLoading ? 'said' : 'said problem'}>${said}</p>
      ${reports ? html`<p class="hint">${y.serverNote}</p>` : nothing}
    </div>`;
  }

  // What the tables are drawn from: the years, the files read, and the element's ways to name a
  // place and to open a total.
  #tables(result: YearsResult, y: Messages, locale: Locale): YearsTablesView {
    const returned = this.#servedReports()?.returned ?? [];
    return {
      result,
      y,
      locale,
      catalog: this.#catalog,
      read: this._read,
      server: this.#servedReports() !== undefined,
      returned: returned.map((place) =>
        formatMessage(y.returnedItem, { place: formatMessage(y.serverReport, { unit: place.unit, year: place.year }) }),
      ),
      returnedYears: new Set(returned.map((place) => place.year)),
      returnedOf: new Set(returned.map((place) => returnedKey(place.unit, place.year))),
      open: (event, indicator, year, label) => void this.#open(event, indicator, year, label),
      placeOf: (file, line) => this.#placeOf(file, line, y),
      yearOf: (file, line) => this.#yearOf(file, line),
      publishBy: (year) => {
        try {
          return publicationDeadline(year, resolveDeadlines(this.#deadlines()));
        } catch {
          // Deadlines that are not deadlines: no lateness is said rather than a wrong one.
          return undefined;
        }
      },
    };
  }

  #load(y: Messages): TemplateResult {
    const progress = this._progress;
    const read = this._read;
    return html`<div class="load" part="load">
      <h3>${y.load}</h3>
      <p id="load-help" class="hint">${y.loadHelp}</p>
      <div class="pickers">
        <span class="file-pick"><input type="file" id="load-folder" webkitdirectory multiple aria-describedby="load-help" @change=${this.#picked} /><label for="load-folder">${y.folder}</label></span>
        <span class="file-pick"><input type="file" id="load-files" multiple accept=".docx,.doc,.txt,.md,.markdown,.html,.htm,.json,.jsonl" aria-describedby="load-help" @change=${this.#picked} /><label for="load-files">${y.files}</label></span>
      </div>
      ${
        progress
          ? html`<progress max=${progress.total} value=${progress.done} aria-label=${y.load}></progress>
            <p role="status">${formatMessage(y.reading, { done: progress.done, total: progress.total })}</p>`
          : read
            ? html`<p id="read-status" role="status" tabindex="-1">${read.files === 0 ? y.readNone : formatMessage(y.read, { total: read.files, reports: read.inputs.length })}</p>`
            : nothing
      }
    </div>`;
  }

  #rangeControls(y: Messages): TemplateResult {
    const years = this.#allYears;
    const from = this.#result?.years[0] ?? years[0];
    const to = this.#result?.years.at(-1) ?? years.at(-1);
    const select = (label: string, value: number | undefined, set: (year: number) => void) =>
      html`<label
        >${label}
        <select @change=${(event: Event) => set(Number((event.target as HTMLSelectElement).value))}>
          ${years.map((year) => html`<option value=${year} .selected=${year === value}>${formatMessage(y.yearOption, { year })}</option>`)}
        </select></label
      >`;
    return html`<div class="range">
      ${select(y.from, from, (year) => {
        this.from = year;
        if (this.to !== undefined && this.to < year) this.to = year;
      })}
      ${select(y.to, to, (year) => {
        this.to = year;
        if (this.from !== undefined && this.from > year) this.from = year;
      })}
    </div>`;
  }

  // Where an input came from, as a clerk finds it: the file (and line of a JSON Lines file or
  // array), or for a report given as a property, its unit and year.
  #placeOf(file: string, line: number | undefined, y: Messages): string {
    const served = file === SERVER_FILE && line !== undefined ? this.#servedReports()?.places.get(line) : undefined;
    if (served) return formatMessage(y.serverReport, { unit: served.unit, year: served.year });
    if (file !== '') return line === undefined ? file : `${file}:${line}`;
    const report = this.#bySource.get(sourceKey(file, line)) as
      | { unit?: { name?: unknown }; year?: unknown }
      | undefined;
    const unit = report?.unit?.name;
    return typeof unit === 'string' && Number.isInteger(report?.year)
      ? formatMessage(y.reportOf, { unit, year: Number(report?.year) })
      : formatMessage(y.reportAt, { n: line ?? 0 });
  }

  #yearOf(file: string, line: number | undefined): number | undefined {
    const year = (this.#bySource.get(sourceKey(file, line)) as { year?: unknown } | undefined)?.year;
    return typeof year === 'number' ? year : undefined;
  }

  async #open(event: Event, indicator: string, year: number, label: string): Promise<void> {
    this.#opener = event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined;
    const locale = localeOf(this.locale);
    const y = yearsMessages[locale];
    const aggregate = this.#result?.byYear[year];
    const point = this.#result?.series[indicator]?.[this.#result.years.indexOf(year)];
    if (!aggregate || !point) return;
    const figuresOf = (units: typeof aggregate.unitsDetail) =>
      units.flatMap((unit) => {
        if (!unit.values?.[indicator] || !unit.source) return [];
        const report = this.#bySource.get(sourceKey(unit.source.file, unit.source.line)) as Report | undefined;
        const fromServer = unit.source.file === SERVER_FILE;
        const figure = report
          ? sourceFigure(unit.name, fromServer ? '' : unit.source.file, report, indicator, this.#catalog)
          : undefined;
        return figure ? [fromServer ? { ...figure, place: y.serverSource } : figure] : [];
      });
    // Units not on the roster are never in a total: their figures are shown apart, saying so.
    const figures = figuresOf(aggregate.unitsDetail.filter((unit) => unit.status !== 'unlisted'));
    const unlisted = figuresOf(aggregate.unitsDetail.filter((unit) => unit.status === 'unlisted'));
    const at = this.#result?.years.indexOf(year) ?? -1;
    const before = at > 0 ? this.#result?.changes[at - 1] : undefined;
    const change = before?.indicators[indicator];
    this._opened = {
      indicator,
      year,
      yearOverYear:
        before && change && change.change !== null
          ? formatMessage(y.yearOverYear, {
              previous: before.previousYear,
              change: formatChange(change, locale) ?? '',
              units: change.units,
            })
          : before
            ? formatMessage(y.noYearOverYear, { previous: before.previousYear })
            : undefined,
      heading: formatMessage(y.sources, {
        indicator: label,
        year,
        total: formatFigure(totalFigure(point), locale),
      }),
      figures,
      unlisted,
    };
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#sources-heading')?.focus();
  }

  #closed(): void {
    this._opened = undefined;
    this.#opener?.focus();
  }

  async #picked(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The same folder chosen again (a file added to it since) is a new choice.
    input.value = '';
    if (files.length > 0) await this.readFiles(files);
  }

  async #dropped(event: DragEvent): Promise<void> {
    event.preventDefault();
    const files = await droppedFiles(event);
    if (files.length > 0) await this.readFiles(files);
  }
}

function sourceKey(file: string, line: number | undefined): string {
  return `${file}\u0000${line ?? ''}`;
}

// Every year the inputs name, read without parsing (the aggregation checks the rest).
function yearsOf(inputs: readonly ReadInput[]): number[] {
  const years = new Set<number>();
  for (const { report } of inputs) {
    const year = typeof report === 'object' && report !== null ? (report as { year?: unknown }).year : undefined;
    if (typeof year === 'number' && Number.isInteger(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-years': LawReportYearsElement;
  }
}
