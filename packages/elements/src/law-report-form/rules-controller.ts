import { defaultCatalog, type Catalog, type DeadlineOverrides, type Report } from '@law-report/core/model';
import { catalogInUse, type CatalogInput } from '../internal/catalog-property.js';
import { localeOf } from '../internal/locale.js';
import { stringsOf } from '../internal/strings.js';

/** The element whose `catalog`, `deadlines` and `locale` the rules follow. */
export interface RulesElement {
  readonly catalog: CatalogInput;
  readonly deadlines: DeadlineOverrides | undefined;
  readonly locale: string;
}

/** What the county's collection server said of its rules, once it has (see `ServerLink`). */
export interface CountyRules {
  readonly countyCatalog: Catalog | undefined;
  deadlinesFor(report: Pick<Report, 'year' | 'unit'>): DeadlineOverrides | undefined;
}

/**
 * The rules a report is edited and checked by: the indicator catalog and the deadlines, the page's own
 * (`catalog`, `deadlines`), else those the county's collection server said (`serve --catalog`), so a
 * town's form offers the county's indicators and says its deadlines with nothing set on its page.
 * Extension JSON given as `catalog` that is not a catalog is said in the form (`problem`), and the
 * built-in catalog is used.
 */
export class RulesController {
  /** The catalog in use: `catalog` itself, or the one built from the extension JSON it holds, or the county's. */
  catalog: Catalog = defaultCatalog;
  /** Why the `catalog` given is not used (extension JSON that is not a catalog), in the form's language; else empty. */
  problem = '';

  readonly #host: RulesElement;
  readonly #county: () => CountyRules;

  /** `county` is the form's side of its collection server. */
  constructor(host: RulesElement, county: () => CountyRules) {
    this.#host = host;
    this.#county = county;
  }

  /** The catalog in use follows the page's `catalog` and `locale`, and the county's catalog once said. */
  resolve(): void {
    const locale = localeOf(this.#host.locale);
    const template = stringsOf(locale).form.badCatalog;
    const { catalog, problem } = catalogInUse(this.#host.catalog, this.#county().countyCatalog, locale, template);
    this.catalog = catalog;
    this.problem = problem;
  }

  /** The deadlines `report` is checked by: the page's, else those of the county's server, once it said them. */
  deadlines(report: Pick<Report, 'year' | 'unit'>): DeadlineOverrides | undefined {
    return this.#host.deadlines ?? this.#county().deadlinesFor(report);
  }
}
