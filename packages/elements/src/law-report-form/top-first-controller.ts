import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterFirstPaint } from '../internal/after-first-paint.js';

/**
 * The form's top first, the rest once the browser has painted it and the rest's code has come: the
 * first render draws what a clerk meets first (the import's heading, the report's own fields: title,
 * unit, year, 落款), and the sections with their figures and the buttons under them come in a later
 * update, after that first paint and after `rest` (the form's controllers, loaded apart: see
 * whole-form.ts) has settled. On a slow phone the title takes typing sooner; the fields drawn stay as they
 * are when the rest arrives (a draft offered back, a storage warning or the county's list, which come
 * with the controllers, appear above them then). The element's `updateComplete` waits for the whole
 * form, so a script or a test never sees half of it.
 */
export class TopFirstController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #rest: Promise<unknown>;
  #done = false;
  #scheduled = false;
  #resolve: () => void = () => {};
  /** Resolves once the whole form is asked for (its update then follows). */
  readonly whole: Promise<void> = new Promise((resolve) => {
    this.#resolve = resolve;
  });

  /** `rest` settles once the rest of the form can be drawn, or never will be (it must not reject). */
  constructor(host: ReactiveControllerHost, rest: Promise<unknown>) {
    this.#host = host;
    this.#rest = rest;
    host.addController(this);
  }

  /** Whether the whole form is drawn from now on. */
  get done(): boolean {
    return this.#done;
  }

  hostUpdated(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    afterFirstPaint(() => {
      void this.#rest.then(() => {
        this.#done = true;
        this.#resolve();
        this.#host.requestUpdate();
      });
    });
  }
}
