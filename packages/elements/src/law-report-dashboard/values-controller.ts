import type { Report, UnitDetail } from '@law-report/core/model';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FigureRow } from './dashboard-rows.js';
import type { ValuesSource } from './values-table.js';

// The tables of a chart's values: loaded when the first is opened.
type ValuesPart = typeof import('./values-table.js');

/** Draws an open table of one indicator's unit values. */
export type ValuesTable = (row: FigureRow, shown: readonly UnitDetail[]) => TemplateResult;

/**
 * Which indicators' tables of unit values are open, each behind a disclosure beside its chart:
 * their code loads with the first opened and their sentences are read only then, each report
 * parsed once. It needs none of the host's update hooks: it asks for an update when a table opens,
 * closes or its code arrives.
 *
 * @example readonly #values = new ValuesController(this);
 */
export class ValuesController {
  readonly #host: ReactiveControllerHost;
  #open: ReadonlySet<string> = new Set();
  #part: ValuesPart | undefined;
  #failed = false;
  // The reports read for the sentences of an open table of unit values.
  readonly #parsed = new WeakMap<object, Report | null>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The keys of the indicators whose tables are open. */
  get open(): ReadonlySet<string> {
    return this.#open;
  }

  /** The tables' code could not be loaded (network down, file missing). */
  get failed(): boolean {
    return this.#failed;
  }

  /** Opens or closes an indicator's table, loading the tables' code the first time one opens. */
  async toggle(key: string, open: boolean): Promise<void> {
    if (open === this.#open.has(key)) return;
    this.#open = open ? new Set([...this.#open, key]) : new Set([...this.#open].filter((one) => one !== key));
    this.#host.requestUpdate();
    if (open && !this.#part) {
      this.#part = await import('./values-table.js').catch(() => undefined);
      if (!this.#part) this.#failed = true;
      this.#host.requestUpdate();
    }
  }

  /**
   * What draws an open table: none while its code loads, the alert saying it could not be loaded
   * when it could not.
   */
  table(source: Omit<ValuesSource, 'parsed'>, loadFailed: string): ValuesTable | undefined {
    const part = this.#part;
    if (part) return (row, shown) => part.renderValuesTable({ ...source, parsed: this.#parsed }, row, shown);
    return this.#failed ? () => html`<p role="alert">${loadFailed}</p>` : undefined;
  }
}
