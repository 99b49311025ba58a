import {
  createYearsAggregator,
  defaultCatalog,
  formatMessage,
  type Catalog,
  type DeadlineOverrides,
  type Locale,
  type RosterEntry,
  type YearsResult,
} from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { problemOf } from '../internal/aggregate-problem.js';
import { catalogInUse, type CatalogInput } from '../internal/catalog-property.js';
import { stringsOf } from '../internal/strings.js';
import type { ReadInput } from './read-one-file.js';
import type { ReadFiles } from './read-report-files.js';
import type { ServedReports } from './served-reports.js';
import { SERVER_FILE } from './years-sources.js';
import type { YearsMessages } from './years-text.js';
import { sameInputs } from '../internal/same-inputs.js';

/** What the years are totalled from: the element's properties, the files read and the server's reports. */
export interface TotalsInput {
  readonly reports: readonly unknown[];
  readonly roster: readonly RosterEntry[] | undefined;
  readonly catalog: CatalogInput;
  /** The page's deadlines, else the server's. */
  readonly deadlines: DeadlineOverrides | undefined;
  readonly locale: Locale;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly read: ReadFiles | undefined;
  readonly served: ServedReports | undefined;
}

/**
 * The years view's totals, made again before an update only when what they are made from changed (as
 * Lit's Task runs again when its arguments change): a progress tick or an opened dialog never totals
 * a decade of reports again. What cannot be totalled is said, never thrown.
 */
export class TotalsController implements ReactiveController {
  readonly #input: () => TotalsInput;
  #madeFrom: TotalsInput | undefined;
  #result: YearsResult | undefined;
  #notTotalled: string | undefined;
  #catalog: Catalog = defaultCatalog;
  #catalogProblem = '';
  #allYears: readonly number[] = [];
  // Each counted report by where it came from, to open a total's sentences.
  #bySource = new Map<string, unknown>();

  constructor(host: ReactiveControllerHost, input: () => TotalsInput) {
    this.#input = input;
    host.addController(this);
  }

  /** The run of years as shown (after `from`/`to`); none when nothing could be totalled. */
  get result(): YearsResult | undefined {
    return this.#result;
  }

  /** Why nothing could be totalled (a roster listing a unit twice, deadlines that are no dates). */
  get notTotalled(): string | undefined {
    return this.#notTotalled;
  }

  /** The catalog in use (see catalogInUse: the page's, else the county's its server said). */
  get catalog(): Catalog {
    return this.#catalog;
  }

  /** Why the page's `catalog` is not the one in use, or ''. */
  get catalogProblem(): string {
    return this.#catalogProblem;
  }

  /** Every year the inputs name, before `from`/`to`: the choices of the range. */
  get allYears(): readonly number[] {
    return this.#allYears;
  }

  hostUpdate(): void {
    const input = this.#input();
    if (sameInputs(this.#madeFrom, input)) return;
    this.#madeFrom = input;
    this.#compute(input);
  }

  /** The report (any value) counted from a file and line. */
  reportAt(file: string, line: number | undefined): unknown {
    return this.#bySource.get(sourceKey(file, line));
  }

  /**
   * Where an input came from, as a clerk finds it: the file (and line of a JSON Lines file or array), for
   * a server's report its unit and year, or for a report given as a property, its unit and year.
   */
  placeOf(file: string, line: number | undefined, y: YearsMessages): string {
    const served = file === SERVER_FILE && line !== undefined ? this.#madeFrom?.served?.places.get(line) : undefined;
    if (served) return formatMessage(y.serverReport, { unit: served.unit, year: served.year });
    if (file !== '') return line === undefined ? file : `${file}:${line}`;
    const report = this.reportAt(file, line) as { unit?: { name?: unknown }; year?: unknown } | undefined;
    const unit = report?.unit?.name;
    return typeof unit === 'string' && Number.isInteger(report?.year)
      ? formatMessage(y.reportOf, { unit, year: Number(report?.year) })
      : formatMessage(y.reportAt, { n: line ?? 0 });
  }

  /** The year an input names. */
  yearOf(file: string, line: number | undefined): number | undefined {
    const year = (this.reportAt(file, line) as { year?: unknown } | undefined)?.year;
    return typeof year === 'number' ? year : undefined;
  }

  #compute(input: TotalsInput): void {
    const { locale, deadlines } = input;
    // Reports given as a property have no file: their line is their place in `reports`.
    const inputs: ReadInput[] = [
      ...input.reports.map((report, at) => ({ report, file: '', line: at + 1 })),
      ...(input.served?.inputs ?? []),
      ...(input.read?.inputs ?? []),
    ];
    // The page's catalog, else the county's own its server keeps (`serve --catalog`), else the built-in one.
    const { catalog, problem } = catalogInUse(
      input.catalog,
      input.served?.catalog,
      locale,
      stringsOf(locale).ui.badCatalog,
    );
    this.#catalog = catalog;
    this.#catalogProblem = problem;
    this.#allYears = yearsOf(inputs);
    this.#bySource = new Map(inputs.map((one) => [sourceKey(one.file, one.line), one.report]));
    try {
      const decade = createYearsAggregator({
        locale,
        catalog,
        ...(input.roster ? { roster: input.roster } : {}),
        ...(deadlines ? { deadlines } : {}),
        ...rangeOf(input, this.#allYears),
      });
      for (const one of inputs)
        decade.add(one.report, { file: one.file, ...(one.line === undefined ? {} : { line: one.line }) });
      this.#result = decade.result();
      this.#notTotalled = undefined;
    } catch (error) {
      this.#result = undefined;
      this.#notTotalled = problemOf(error, locale);
    }
  }
}

// The years chosen: both ends named once either is, the other from the years read.
function rangeOf(input: TotalsInput, years: readonly number[]): { from?: number; to?: number } {
  if (input.from === undefined && input.to === undefined) return {};
  const from = input.from ?? years[0];
  const to = input.to ?? years.at(-1);
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
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
