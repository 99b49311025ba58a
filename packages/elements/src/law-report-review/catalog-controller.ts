import { defaultCatalog, type Catalog } from '@law-report/core/model';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogInUse, type CatalogInput } from '../internal/catalog-property.js';
import { localeOf } from '../internal/locale.js';
import { stringsOf } from '../internal/strings.js';
import { fetchInfo } from '../internal/unit-client.js';

/** The desk's properties the catalog in use comes from. */
export interface CatalogTarget {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
  readonly locale: string;
  readonly catalog: CatalogInput;
}

/**
 * The catalog the desk names and checks indicators by (see catalogInUse): the page's `catalog`, else
 * the county's own indicators its server keeps (`GET {endpoint}/info`, `serve --catalog`, asked once
 * per server and token, as the form asks the same `/info`), else the built-in one; and why the page's
 * is not in use. Worked out before each render, so another server's catalog is forgotten in the
 * update that changed the server, not in one more.
 */
export class CatalogController implements ReactiveController {
  readonly #host: ReactiveControllerHost & CatalogTarget;
  // The server (and token) last asked: asked once each, an older answer not taken.
  #asked: string | undefined;
  // The county's own indicators, as its server said them; undefined before, or when it keeps none.
  #county: Catalog | undefined;
  // What the catalog in use was worked out from, so a JSON catalog is checked once, not at each render.
  #from: readonly unknown[] | undefined;
  #catalog: Catalog = defaultCatalog;
  #problem = '';

  constructor(host: ReactiveControllerHost & CatalogTarget) {
    this.#host = host;
    host.addController(this);
  }

  /** The catalog in use. */
  get catalog(): Catalog {
    return this.#catalog;
  }

  /** Why the page's `catalog` is not in use ('' when it is, or none was given). */
  get problem(): string {
    return this.#problem;
  }

  hostUpdate(): void {
    this.#ask();
    const { catalog, locale } = this.#host;
    const from = [catalog, locale, this.#county];
    if (this.#from?.every((value, at) => value === from[at])) return;
    this.#from = from;
    const inUse = catalogInUse(catalog, this.#county, localeOf(locale), stringsOf(localeOf(locale)).ui.badCatalog);
    this.#catalog = inUse.catalog;
    this.#problem = inUse.problem;
  }

  // Another server's indicators are not this one's: none until it says.
  #ask(): void {
    const { endpoint, token, locale } = this.#host;
    const asked = endpoint ? `${endpoint}\n${token ?? ''}` : undefined;
    if (asked === this.#asked) return;
    this.#asked = asked;
    this.#county = undefined;
    if (!endpoint || asked === undefined) return;
    void fetchInfo(endpoint, token, localeOf(locale)).then(({ catalog }) => {
      if (this.#asked !== asked || this.#county === catalog) return;
      this.#county = catalog;
      this.#host.requestUpdate();
    });
  }
}
