import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterFirstPaint } from '../internal/after-first-paint.js';

/**
 * The form's top first, the rest after the browser has painted it: the first render draws what a
 * clerk meets first (the import, the report's own fields: title, unit, year, 落款), and the sections
 * with their figures and the buttons under them come in the next update, right after that first paint,
 * without waiting for anything else. On a slow phone the title takes typing sooner (the sections are
 * most of the first render's work, and below the fold); nothing above moves when they arrive. The
 * element's `updateComplete` waits for the whole form, so a script or a test never sees half of it.
 */
export class TopFirstController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #done = false;
  #scheduled = false;
  #resolve: () => void = () => {};
  /** Resolves once the whole form is asked for (its update then follows). */
  readonly whole: Promise<void> = new Promise((resolve) => {
    this.#resolve = resolve;
  });

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
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
      this.#done = true;
      this.#resolve();
      this.#host.requestUpdate();
    });
  }
}
