import type { Catalog, DeadlineOverrides } from '@law-report/core/model';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { stringsOf } from '../internal/strings.js';
import type { FormView } from './form-view.js';
import type { SubmissionController, SubmissionHost, SubmitOutcome } from './submission-controller.js';

type ServerPart = typeof import('./server-part.js');

/** A returned report to choose against a draft offered back: its year, version and reason, and loading it. */
export interface ReturnedChoice {
  readonly year: number;
  readonly version: number;
  readonly reason: string;
  readonly load: () => void;
}

// How long the year shown stays as it is before the server is asked about it (ms).
const FOLLOW_DELAY = 400;

/**
 * The form's side of a collection server, whose code (the submission, the unit's reports, the
 * client) loads once the form has a server to talk to: a page without `endpoint` never downloads
 * it, and one with it loads it with the first question it asks the server, in the same round trip
 * that would load the client anyway. If it cannot load, the form says so and keeps what was typed.
 */
export class ServerLink {
  readonly #host: ReactiveControllerHost;
  readonly #form: SubmissionHost;
  #server: SubmissionController | undefined;
  #render: ServerPart['renderServer'] | undefined;
  #renderAsk: ServerPart['renderHeldAsk'] | undefined;
  #loading: Promise<SubmissionController | undefined> | undefined;
  // The server's code could not be loaded (network down, file missing).
  #failed = false;
  // What 提交 said before the server's code was here (it could not be sent).
  #outcome: SubmitOutcome | undefined;
  // The year the server was last asked about (or will be, once the person stops typing).
  #year: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, form: SubmissionHost) {
    this.#host = host;
    this.#form = form;
    // A form taken out of the page asks nothing more.
    host.addController({ hostDisconnected: () => clearTimeout(this.#timer) });
  }

  /** Whether there is a server to talk to. */
  get connected(): boolean {
    return Boolean(this.#form.endpoint() && this.#form.token());
  }

  /** What became of the last 提交. */
  get outcome(): SubmitOutcome | undefined {
    return this.#server?.outcome ?? this.#outcome;
  }

  set outcome(outcome: SubmitOutcome | undefined) {
    this.#outcome = outcome;
    if (this.#server) this.#server.outcome = outcome;
  }

  /** A request is under way. */
  get busy(): boolean {
    return this.#server?.busy ?? false;
  }

  /** Asks the server about the unit's reports and the year shown (see {@link SubmissionController.refresh}). */
  async refresh(year: number): Promise<void> {
    clearTimeout(this.#timer);
    this.#year = year;
    if (!this.connected) return;
    await (await this.#load())?.refresh(year);
  }

  /**
   * The form shows `year` now (typed, imported, opened): the server is asked about it once the
   * person stops typing, not at each digit of 2025 (nor about 2, 20 and 202).
   */
  follow(year: number): void {
    if (year === this.#year || !this.connected) return;
    this.#year = year;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(year), FOLLOW_DELAY);
  }

  /** Sends the report (see {@link SubmissionController.send}); never throws. */
  async send(report: Parameters<SubmissionController['send']>[0]): Promise<SubmitOutcome> {
    const server = await this.#load();
    if (server) return server.send(report);
    this.#outcome = { ok: false, text: stringsOf(this.#form.locale()).form.loadFailed };
    return this.#outcome;
  }

  /** Whether 提交 of `report` would send it now (see {@link SubmissionController.sends}); with no server, it would. */
  sends(report: Parameters<SubmissionController['sends']>[0]): boolean {
    return !this.connected || (this.#server?.sends(report) ?? true);
  }

  /** The county's own indicators, once its server has said them (see {@link SubmissionController.countyCatalog}). */
  get countyCatalog(): Catalog | undefined {
    return this.connected ? this.#server?.countyCatalog : undefined;
  }

  /** The deadlines the county's server judges `report` by, once it has said them (see {@link SubmissionController.deadlinesFor}). */
  deadlinesFor(report: Parameters<SubmissionController['deadlinesFor']>[0]): DeadlineOverrides | undefined {
    return this.connected ? this.#server?.deadlinesFor(report) : undefined;
  }

  /** The unit the token signs in for, as the server names it (see {@link SubmissionController.ownUnit}). */
  async ownUnit(): Promise<string | undefined> {
    if (!this.connected) return undefined;
    return (await this.#load())?.ownUnit();
  }

  /** The form holds something else now (a restored draft): what was loaded from the server is not on screen. */
  forgetLoaded(): void {
    this.#server?.forgetLoaded();
  }

  /**
   * The county's returned report of the year of a draft offered back, not in the form: the question
   * about the draft asks which of the two to go on with (see {@link SubmissionController.choosing}).
   */
  returnedChoice(): ReturnedChoice | undefined {
    const server = this.#server;
    const record = server?.choosing;
    const returned = server?.returned;
    if (!server || !record || !returned) return undefined;
    return { ...returned, load: () => void server.open(record, true) };
  }

  /** The county's reason for a returned report, the report it holds, and the unit's reports by year. */
  render(view: FormView): {
    readonly top: TemplateResult | typeof nothing;
    readonly list: TemplateResult | typeof nothing;
  } {
    if (!this.connected) return { top: nothing, list: nothing };
    if (this.#server && this.#render) return this.#render(view, this.#server);
    return {
      top: nothing,
      list: this.#failed ? html`<p class="warning" role="status">${view.m.form.loadFailed}</p>` : nothing,
    };
  }

  /** Beside 提交: the question before a new version of a year the county holds is sent (see {@link SubmissionController.send}). */
  renderAsk(view: FormView): TemplateResult | typeof nothing {
    return this.#server && this.#renderAsk ? this.#renderAsk(view, this.#server) : nothing;
  }

  #load(): Promise<SubmissionController | undefined> {
    this.#loading ??= import('./server-part.js').then(
      ({ SubmissionController, renderServer, renderHeldAsk }) => {
        this.#server = new SubmissionController(this.#host, this.#form);
        this.#server.outcome = this.#outcome;
        this.#render = renderServer;
        this.#renderAsk = renderHeldAsk;
        return this.#server;
      },
      () => {
        // Asked again next time: the network may be back.
        this.#loading = undefined;
        this.#failed = true;
        this.#host.requestUpdate();
        return undefined;
      },
    );
    return this.#loading;
  }
}
