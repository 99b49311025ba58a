import {
  defaultCatalog,
  publicationDeadline,
  resolveDeadlines,
  type AggregateComparison,
  type AggregateResult,
  type Catalog,
  type DeadlineOverrides,
  type UnitDetail,
} from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AggregateReview } from '../internal/aggregate-review.js';
import { catalogInUse, type CatalogInput } from '../internal/catalog-property.js';
import { stringsOf } from '../internal/strings.js';
import { dashboardData, type DashboardData, type DashboardInputs } from './dashboard-data.js';
import { sortRows, unitRows, type Sort, type UnitColumn, type UnitRow } from './dashboard-rows.js';
import type { ServedAnswer } from './server-controller.js';
import { sameInputs } from '../internal/same-inputs.js';

/**
 * What the year on screen is made from: the element's properties (its catalog as given, not yet
 * resolved) and what its server served, only when the dashboard shows the server's data.
 */
export type DataInput = Omit<DashboardInputs, 'catalog' | 'served'> & {
  readonly catalog: CatalogInput;
  readonly served: ServedAnswer | undefined;
};

const NONE: DashboardData = { result: undefined, review: undefined, comparison: undefined, problem: undefined };

/**
 * The dashboard's year (dashboardData: core's aggregate, the review states, the change from the
 * year before, or why none), made again before an update only when what it is made from changed:
 * a sorted column or an opened dialog never aggregates the reports again.
 *
 * @example readonly #data = new DataController(this, () => ({ locale, reports: this.reports, … }));
 */
export class DataController implements ReactiveController {
  readonly #input: () => DataInput;
  #madeFrom: DataInput | undefined;
  #data = NONE;
  #catalog: Catalog = defaultCatalog;
  #catalogProblem = '';
  #publishBy: string | undefined;

  constructor(host: ReactiveControllerHost, input: () => DataInput) {
    this.#input = input;
    host.addController(this);
  }

  /** The aggregate on screen (computed from `reports`, or the `aggregate` given, or the server's). */
  get result(): AggregateResult | undefined {
    return this.#data.result;
  }

  /** The review's part of a server's aggregate. */
  get review(): AggregateReview | undefined {
    return this.#data.review;
  }

  /** The change from the year before, unit for unit. */
  get comparison(): AggregateComparison | undefined {
    return this.#data.comparison;
  }

  /** Why nothing is shown: the server's message, no connection, or bad deadline overrides. */
  get problem(): string | undefined {
    return this.#data.problem;
  }

  /** The catalog in use (see catalogInUse: the page's, else the county's its server said). */
  get catalog(): Catalog {
    return this.#catalog;
  }

  /** Why the page's `catalog` is not the one in use, or ''. */
  get catalogProblem(): string {
    return this.#catalogProblem;
  }

  /** The year's publication deadline: the one the server judged by, else the county's (or the national default). */
  get publishBy(): string | undefined {
    return this.#publishBy;
  }

  hostUpdate(): void {
    const input = this.#input();
    if (sameInputs(this.#madeFrom, input)) return;
    this.#madeFrom = input;
    this.#compute(input);
  }

  /** The units' rows, sorted as asked. */
  unitRows(sort: Sort<UnitColumn>): UnitRow[] {
    const result = this.#data.result;
    return result && this.#madeFrom
      ? sortRows(unitRows(result.unitsDetail, this.#data.review), sort, this.#madeFrom.locale)
      : [];
  }

  /** The counted report of a unit, when the page gave the reports: `aggregate` numbers its inputs from 1 in `source.line`. */
  reportOf(unit: UnitDetail): unknown {
    const input = this.#madeFrom;
    if (!input || input.aggregate || !input.reports || !unit.source?.line) return undefined;
    return input.reports[unit.source.line - 1];
  }

  #compute(input: DataInput): void {
    const { locale, served } = input;
    const years = served && 'years' in served ? served : undefined;
    // The page's catalog, else (from a server) the county's own its server keeps (`serve --catalog`), else the built-in one.
    const { catalog, problem } = catalogInUse(input.catalog, years?.catalog, locale, stringsOf(locale).ui.badCatalog);
    this.#catalog = catalog;
    this.#catalogProblem = problem;
    this.#data = dashboardData({ ...input, catalog });
    this.#publishBy = years?.judgedBy?.publishBy || publishBy(this.#data.result, input.deadlines);
  }
}

function publishBy(result: AggregateResult | undefined, deadlines: DeadlineOverrides | undefined): string | undefined {
  if (!result) return undefined;
  try {
    return publicationDeadline(result.year, resolveDeadlines(deadlines));
  } catch {
    // Deadlines that are not deadlines: no lateness is said rather than a wrong one.
    return undefined;
  }
}
