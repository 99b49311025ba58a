import { withOwnDeadline, type Catalog, type DeadlineOverrides, type Report } from '@law-report/core/model';
import { fetchInfo, type ServerInfo } from '../internal/unit-client.js';

/**
 * What a collection server says of itself to a unit's token (`GET {endpoint}/info`), asked once per
 * server and token: the unit the token signs in for, the deadlines the county judges by and its own
 * indicators (`serve --catalog`). Asking
 * another server (or with another token) forgets the last one's answer until the new one comes.
 */
export class CountyInfo {
  // The question last asked, and its answer to come.
  #asked: { readonly of: string; readonly info: Promise<ServerInfo> } | undefined;
  // What the server said of the county's deadlines, once it has.
  #county: Pick<ServerInfo, 'deadlines' | 'ownDeadline' | 'catalog'> = {};
  readonly #found: () => void;

  /** `found` is told when a server's deadlines and catalog came (the form's checks and indicator list use them). */
  constructor(found: () => void) {
    this.#found = found;
  }

  /** The unit the token signs in for, as the server names it; undefined when it does not say. */
  unit(endpoint: string, token: string, locale: string): Promise<string | undefined> {
    const of = `${endpoint}\n${token}`;
    if (this.#asked?.of !== of) {
      const info = fetchInfo(endpoint, token, locale);
      this.#asked = { of, info };
      // Another server's (or token's) deadlines are not this one's: none until it says.
      this.#county = {};
      void info.then(({ deadlines, ownDeadline, catalog }) => {
        if (this.#asked?.of !== of) return;
        this.#county = {
          ...(deadlines ? { deadlines } : {}),
          ...(ownDeadline ? { ownDeadline } : {}),
          ...(catalog ? { catalog } : {}),
        };
        this.#found();
      });
    }
    return this.#asked.info.then((info) => info.unit);
  }

  /**
   * The deadlines the county's server judges `report` by, once it has said them: its overrides (`serve --deadlines`)
   * with the unit's own day on the roster for the report's year (core's withOwnDeadline, as the server and the desk
   * judge). What the form's checks warn of lateness by when the page sets no `deadlines` of its own (a town due by
   * 1月31日 was told of the national 3月1日); undefined before the server answered, or when it set none.
   */
  /** The county's own indicators with the built-in ones, once the server has said them; undefined when it keeps none. */
  get catalog(): Catalog | undefined {
    return this.#county.catalog;
  }

  deadlinesFor(report: Pick<Report, 'year' | 'unit'>): DeadlineOverrides | undefined {
    return withOwnDeadline(this.#county.deadlines, report.unit.level, report.year, this.#county.ownDeadline);
  }
}
