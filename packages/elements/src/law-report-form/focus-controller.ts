import type { ReactiveController, ReactiveElement } from 'lit';
import { idOf, type Path } from './form-model.js';

/**
 * Where focus goes in the form, and what is said when it moves: after each action focus goes
 * where the work continues (the next figure to confirm, the new row's first field, the status of
 * a submission) once the change is on screen, and the words of a polite live region say what
 * happened. It also remembers the field last in focus, which a draft saves so a restore puts the
 * person back there.
 */
export class FocusController implements ReactiveController {
  /** What the live region says now. */
  said = '';
  /** The id of the field last in focus (`f-…`). */
  lastField = '';

  readonly #host: ReactiveElement;
  readonly #working: () => void;

  /** `working` is told whenever a person moves into the form. */
  constructor(host: ReactiveElement, working: () => void) {
    this.#host = host;
    this.#working = working;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.renderRoot.addEventListener('focusin', this.#onFocusIn);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('focusin', this.#onFocusIn);
  }

  /**
   * Focuses `selector` once the change is on screen (or `fallback` when the change has no such
   * field), and says `said` if given.
   */
  async after(selector: string, said?: string, fallback?: string): Promise<void> {
    // The same words again are a change to the live region only once it was emptied.
    if (said !== undefined && said === this.said) {
      this.said = '';
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    if (said !== undefined) {
      this.said = said;
      this.#host.requestUpdate();
    }
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    const target =
      root.querySelector<HTMLElement>(selector) ?? (fallback ? root.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
    // A guessed value's note (why it is to confirm, its 确认 button) is under its field: in sight with it.
    target?.closest('.field.guessed')?.scrollIntoView({ block: 'nearest' });
  }

  /** Empties the live region: what it said is over, and something else now says what happened. */
  quiet(): void {
    if (this.said === '') return;
    this.said = '';
    this.#host.requestUpdate();
  }

  /** The id of the field a path points at, or of the nearest one on screen (missing_section → the sections). */
  fieldFor(path: Path): string {
    for (let length = path.length; length > 0; length--) {
      const id = idOf(path.slice(0, length));
      if (this.#find(id)) return id;
    }
    return idOf(['title']);
  }

  /** The field a path points at, or the nearest one on screen. */
  field(path: Path): HTMLElement | null {
    return this.#find(this.fieldFor(path));
  }

  /** Follows an error summary's link: `href="#id"` cannot reach into a shadow root, so focus from here. */
  follow(event: Event, path: Path): void {
    event.preventDefault();
    const field = this.field(path);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  #find(id: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  readonly #onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.id.startsWith('f-')) this.lastField = target.id;
    this.#working();
  };
}
