import type { ReactiveController, ReactiveElement } from 'lit';
import { localeOf } from '../internal/locale.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../internal/review-client.js';
import { type CountyRoster, fetchRoster } from './county-roster.js';
import { type DeskQueued, listDeskQueue } from './desk-queue.js';

/** The desk's properties its queue is read by; `year` is set when the person gave none. */
export interface QueueTarget {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
  readonly locale: string;
  year: number;
}

/**
 * The desk's queue: every unit's latest report on every year with the county's roster (its order and
 * deadlines), read again whenever the endpoint, the token or the year changes; the year shown (with
 * none asked for, the year being reported if the server holds it, else the newest it holds); and the
 * status tab chosen, which the arrow keys, Home and End move (the tab pattern of ARIA's practices).
 */
export class QueueController implements ReactiveController {
  readonly #host: ReactiveElement & QueueTarget;
  #queue: readonly DeskQueued[] | { readonly error: string } | undefined;
  // The county's roster and deadlines, read with the queue; undefined when the server gives none.
  #roster: CountyRoster | undefined;
  #status: ReviewStatus = 'submitted';
  // The person chose a year: it is never replaced by another.
  #yearChosen = false;
  // The endpoint, token and year last read for; undefined before the first update.
  #readFor: string | undefined;

  constructor(host: ReactiveElement & QueueTarget) {
    this.#host = host;
    host.addController(this);
  }

  /** Every unit's latest report on every year, or the server's message why not (undefined before it answers). */
  get reports(): readonly DeskQueued[] | { readonly error: string } | undefined {
    return this.#queue;
  }

  /** The county's roster and deadlines; undefined when the server gives none. */
  get roster(): CountyRoster | undefined {
    return this.#roster;
  }

  /** The status whose reports are shown. */
  get status(): ReviewStatus {
    return this.#status;
  }

  /** Shows another status's reports (the queue following a report a step moved), focus left where it is. */
  set status(status: ReviewStatus) {
    this.#status = status;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const { endpoint, token, year } = this.#host;
    const readFor = JSON.stringify([endpoint, token, year]);
    if (readFor === this.#readFor) return;
    this.#readFor = readFor;
    void this.refresh();
  }

  /** Reads the year's queue again from the server. */
  async refresh(): Promise<void> {
    const host = this.#host;
    if (!host.endpoint || !host.token) return;
    const locale = localeOf(host.locale);
    const [queue, roster] = await Promise.all([
      listDeskQueue(host.endpoint, host.token, locale),
      fetchRoster(host.endpoint, host.token, locale),
    ]);
    this.#roster = roster;
    // With no year asked for, the year being reported if the server holds it, else the newest it holds.
    if (
      Array.isArray(queue) &&
      !host.hasAttribute('year') &&
      !this.#yearChosen &&
      !queue.some((report) => report.year === host.year)
    ) {
      const newest = queue.reduce((year, report) => Math.max(year, report.year), Number.NEGATIVE_INFINITY);
      if (Number.isFinite(newest)) host.year = newest;
    }
    this.#queue = queue;
    host.requestUpdate();
  }

  /** The person chose the year to review. */
  readonly chooseYear = (year: number): void => {
    this.#yearChosen = true;
    this.#host.year = year;
  };

  /** Shows a status's reports, its tab focused. */
  readonly choose = (status: ReviewStatus): void => {
    this.status = status;
    const host = this.#host;
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`#tab-${status}`)?.focus());
  };

  /** Arrow keys, Home and End move between the tabs. */
  readonly onTabKey = (event: KeyboardEvent): void => {
    const statuses = REVIEW_STATUSES;
    const at = statuses.indexOf(this.#status);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: statuses.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.choose(statuses[(next + statuses.length) % statuses.length] ?? 'submitted');
  };
}
