import {
  defaultCatalog,
  formatMessage,
  publicationDeadline,
  resolveDeadlines,
  yearsMessages,
  type DeadlineOverrides,
  type Locale,
  type RosterEntry,
  type YearsResult,
} from '@law-report/core/model';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { CatalogInput } from '../internal/catalog-property.js';
import { localeOf } from '../internal/locale.js';
import { ScrollHintController } from '../internal/scroll-box.js';
import { FilesController } from './files-controller.js';
import { yearsStyles } from './law-report-years.styles.js';
import type { PickedFile } from './read-report-files.js';
import { ServerController } from './server-controller.js';
import { SourcesController } from './sources-controller.js';
import { TotalsController } from './totals-controller.js';
import { renderApart } from './years-apart.js';
import { renderLoad } from './years-load.js';
import { renderRange } from './years-range.js';
import { renderServer } from './years-server.js';
import { renderSources } from './years-sources.js';
import { renderIndicators, renderSetAside, renderUnits, returnedKey, type YearsTablesView } from './years-tables.js';
import type { YearsMessages } from './years-text.js';

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

  // A controller per concern, in the order they update: the totals are made from what the server and
  // the files gave in the same update.
  readonly #server = new ServerController(this);
  readonly #files = new FilesController(this);
  readonly #totals = new TotalsController(this, () => ({
    reports: this.reports,
    roster: this.roster,
    catalog: this.catalog,
    deadlines: this.#deadlines(),
    locale: localeOf(this.locale),
    from: this.from,
    to: this.to,
    read: this.#files.read,
    served: this.#server.reports,
  }));
  readonly #sources = new SourcesController(this, this.#totals);

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
    new ScrollHintController(this);
  }

  /** The run of years as shown (after `from`/`to`), for scripts and tests. */
  get result(): YearsResult | undefined {
    return this.#totals.result;
  }

  /** Reads report files (a folder's, a picker's or a drop's) into the view, beside `reports`. */
  readFiles(files: readonly PickedFile[]): Promise<void> {
    return this.#files.readFiles(files);
  }

  // The page's deadlines, else those of the server the reports come from (as the dashboard judges them).
  #deadlines(): DeadlineOverrides | undefined {
    return this.deadlines ?? this.#server.reports?.deadlines;
  }

  protected override render(): TemplateResult {
    const locale = localeOf(this.locale);
    const y = yearsMessages[locale];
    const { result, allYears, catalogProblem, notTotalled } = this.#totals;
    const years = result?.years ?? [];
    // What the three tables are drawn from, made once a render.
    const tables = result ? this.#tables(result, y, locale) : undefined;
    const heading =
      years.length > 0 ? formatMessage(y.headingRange, { from: years[0] ?? '', to: years.at(-1) ?? '' }) : y.heading;
    return html`<section lang=${locale} aria-labelledby="heading">
      <h2 id="heading">${heading}</h2>
      ${this.endpoint ? renderServer(this.#server, y) : nothing} ${renderLoad(this.#files, y)} ${allYears.length > 0 ? renderRange(y, allYears, result, this) : nothing}
      ${catalogProblem ? html`<p class="said problem" role="alert">${catalogProblem}</p>` : nothing}
      ${
        notTotalled !== undefined
          ? html`<p class="said problem" role="alert">${formatMessage(y.notTotalled, { reason: notTotalled })}</p>`
          : tables && years.length > 0
            ? html`${renderIndicators(tables)} ${renderApart(tables)} ${renderUnits(tables)}`
            : html`<p>${y.empty}</p>`
      }
      ${tables ? renderSetAside(tables) : nothing}
      <dialog part="sources" aria-labelledby="sources-heading" @close=${this.#sources.closed}>${renderSources(this.#sources.opened, y, locale, this.#sources.close)}</dialog>
    </section>`;
  }

  // What the tables are drawn from: the years, the files read, and the element's ways to name a
  // place and to open a total.
  #tables(result: YearsResult, y: YearsMessages, locale: Locale): YearsTablesView {
    const returned = this.#server.reports?.returned ?? [];
    const totals = this.#totals;
    return {
      result,
      y,
      locale,
      catalog: totals.catalog,
      read: this.#files.read,
      server: this.#server.reports !== undefined,
      returned: returned.map((place) =>
        formatMessage(y.returnedItem, { place: formatMessage(y.serverReport, { unit: place.unit, year: place.year }) }),
      ),
      returnedYears: new Set(returned.map((place) => place.year)),
      returnedOf: new Set(returned.map((place) => returnedKey(place.unit, place.year))),
      open: (event, indicator, year, label) => void this.#sources.open(event, indicator, year, label),
      placeOf: (file, line) => totals.placeOf(file, line, y),
      yearOf: (file, line) => totals.yearOf(file, line),
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
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-years': LawReportYearsElement;
  }
}
