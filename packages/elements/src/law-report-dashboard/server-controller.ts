import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CountFrom } from '../internal/aggregate-review.js';
import { localeOf } from '../internal/locale.js';
import type { ControlsView } from './served-controls.js';
import type { Served } from './served-years.js';

// What reads a server (with its controls): loaded with the first read.
type ServedPart = typeof import('./served-years.js');

/** What a server served, or why nothing (`error`: its message, none when it could not be reached). */
export type ServedAnswer = Served | { readonly error: string | undefined };

/** The host's properties that say which server to read, and whether the page gives data of its own. */
export interface ServerTarget {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
  readonly locale: string;
  readonly year: number | undefined;
  readonly countFrom: CountFrom;
  readonly reports: readonly unknown[] | undefined;
  readonly aggregate: unknown;
}

/**
 * The dashboard's year from the collection server at the host's `endpoint`, when the page gives
 * neither `reports` nor `aggregate`: the years it holds, the year asked for and the year before,
 * read again whenever the endpoint, token, year, locale or counting changes. The read starts before
 * the update that changed them, so 正在读取 is in that very render; what reads a server
 * (served-years.ts, with its controls) is loaded with the first read, so a page with reports of its
 * own never loads it.
 *
 * @example readonly #server = new ServerController(this);
 */
export class ServerController implements ReactiveController {
  readonly #host: ReactiveControllerHost & ServerTarget;
  #served: ServedAnswer | undefined;
  #loading = false;
  #part: ServedPart | undefined;
  // What was last asked; each load numbered, so a slower answer to an earlier choice never replaces a later one.
  #asked: readonly unknown[] | undefined;
  #loads = 0;

  constructor(host: ReactiveControllerHost & ServerTarget) {
    this.#host = host;
    host.addController(this);
  }

  /** The data comes from the server: the page gives none of its own. */
  get fromServer(): boolean {
    const host = this.#host;
    return host.endpoint !== undefined && host.endpoint !== '' && !host.reports && !host.aggregate;
  }

  /** A year is being loaded. */
  get loading(): boolean {
    return this.#loading;
  }

  /** What the server served, only when the dashboard shows the server's data; none before a read. */
  get served(): ServedAnswer | undefined {
    return this.fromServer ? this.#served : undefined;
  }

  /** The server's years and the year shown, when the dashboard shows the server's data and it could list them. */
  get years(): Served | undefined {
    const served = this.served;
    return served && 'years' in served ? served : undefined;
  }

  hostUpdate(): void {
    const { endpoint, token, year, locale, countFrom } = this.#host;
    const asked = [this.fromServer, endpoint, token, year, locale, countFrom];
    if (this.#asked?.every((value, at) => value === asked[at])) return;
    this.#asked = asked;
    if (this.fromServer && endpoint) void this.#load(endpoint);
  }

  /**
   * The year (the years the server holds) and which reports count, then the deadlines the server
   * judged 按时 by: nothing until the server's years are read.
   */
  renderControls(
    view: Pick<ControlsView, 'm' | 'locale' | 'review' | 'setYear' | 'setCountFrom'>,
  ): TemplateResult | typeof nothing {
    const served = this.years;
    const part = this.#part;
    if (!served || !part) return nothing;
    const { year, countFrom } = this.#host;
    return html`${part.renderControls({ ...view, served, loading: this.#loading, year, countFrom })}
    ${served.judgedBy ? part.renderJudgedBy(served.judgedBy, view.m, view.locale) : nothing}`;
  }

  async #load(endpoint: string): Promise<void> {
    const load = ++this.#loads;
    this.#loading = true;
    const host = this.#host;
    const served = await import('./served-years.js').then(
      (part) => {
        this.#part = part;
        return part.loadServed(
          endpoint,
          host.token,
          localeOf(host.locale),
          host.year,
          host.countFrom === 'filed' ? 'filed' : 'submitted',
        );
      },
      () => ({ error: undefined }),
    );
    if (load !== this.#loads) return;
    this.#loading = false;
    // A year that could not be read (the network gone since the last) keeps the years and the switch on the page,
    // with the year asked for and why it is not shown: the person's focus on the year stays where it was.
    const before = this.years;
    this.#served =
      'years' in served || !before
        ? served
        : { ...before, year: host.year ?? before.year, aggregate: served, previous: undefined, judgedBy: undefined };
    host.requestUpdate();
  }
}
