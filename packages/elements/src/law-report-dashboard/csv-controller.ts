import type { ReactiveControllerHost } from 'lit';
import type { CsvSource } from './dashboard-csv.js';

/**
 * The units table as CSV, for a script (`toCsv`) and for the export button (a download): core's
 * `unitsCsv`, whose code loads with the first export, so the first render of the dashboard writes
 * none. A download whose code could not be loaded says so (`failed`). It needs none of the host's
 * update hooks: it asks for an update only when that happens.
 *
 * @example readonly #csv = new CsvController(this, () => source);
 */
export class CsvController {
  readonly #host: ReactiveControllerHost;
  readonly #source: () => CsvSource | undefined;
  #failed = false;

  constructor(host: ReactiveControllerHost, source: () => CsvSource | undefined) {
    this.#host = host;
    this.#source = source;
  }

  /** The export's code could not be loaded (network down, file missing). */
  get failed(): boolean {
    return this.#failed;
  }

  /** The sheet of the units on screen, in the order on screen; '' with nothing on screen. */
  async toCsv(): Promise<string> {
    const source = this.#source();
    return source ? (await import('./dashboard-csv.js')).csvOf(source) : '';
  }

  /** Downloads the sheet as a file named as the server and the CLI name it. */
  async download(): Promise<void> {
    const source = this.#source();
    if (!source) return;
    const part = await import('./dashboard-csv.js').catch(() => undefined);
    if (part) part.downloadCsv(source);
    else {
      this.#failed = true;
      this.#host.requestUpdate();
    }
  }
}
