import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeOf } from '../internal/locale.js';
import type { ServedReports } from './served-reports.js';

/** The host's properties that say which server to read (the years view's). */
export interface ServerTarget {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
  readonly locale: string;
}

/**
 * Every year's reports from the collection server at the host's `endpoint`, read again whenever the
 * endpoint or the token changes. The read starts before the update that changed them, so 正在读取 is in
 * that very render; what reads a server (served-reports.ts) is loaded with the first read, so a page
 * without a server never loads it.
 */
export class ServerController implements ReactiveController {
  readonly #host: ReactiveControllerHost & ServerTarget;
  #served: ServedReports | { readonly error: string | undefined } | undefined;
  #loading = false;
  // What was last read; each read numbered, so a slower answer for an earlier endpoint never replaces a later one.
  #endpoint: string | undefined;
  #token: string | undefined;
  #reads = 0;

  constructor(host: ReactiveControllerHost & ServerTarget) {
    this.#host = host;
    host.addController(this);
  }

  /** The server's reports, when it gave them. */
  get reports(): ServedReports | undefined {
    return this.#served && 'inputs' in this.#served ? this.#served : undefined;
  }

  /** Whether the server is being read. */
  get loading(): boolean {
    return this.#loading;
  }

  /** What the server gave, or why nothing (`error`: its message, none when it could not be reached); none before a read. */
  get served(): ServedReports | { readonly error: string | undefined } | undefined {
    return this.#served;
  }

  hostUpdate(): void {
    const { endpoint, token } = this.#host;
    if (this.#reads > 0 && endpoint === this.#endpoint && token === this.#token) return;
    this.#endpoint = endpoint;
    this.#token = token;
    void this.#read(endpoint, token);
  }

  async #read(endpoint: string | undefined, token: string | undefined): Promise<void> {
    const read = ++this.#reads;
    if (!endpoint) {
      this.#served = undefined;
      this.#loading = false;
      return;
    }
    this.#loading = true;
    const served = await import('./served-reports.js').then(
      (part) => part.loadServedReports(endpoint, token, localeOf(this.#host.locale)),
      () => ({ error: undefined }),
    );
    if (read !== this.#reads) return;
    this.#loading = false;
    this.#served = served;
    this.#host.requestUpdate();
  }
}
