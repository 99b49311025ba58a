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
    if (said !== undefined) await this.#say(said);
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    const target =
      root.querySelector<HTMLElement>(selector) ?? (fallback ? root.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
    // A guessed value's note (why it is to confirm, its 确认 button) is under its field: in sight with it.
    target?.closest('.field.guessed')?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Brings a question that appeared (the draft an earlier visit left) to the person once it is on
   * screen, without taking them from their work: where nothing has focus, focus goes to `group` (to its
   * `first` control, if given), whose name is heard with it. Where a person is at work elsewhere (typing in
   * a field, here or in the page), focus stays there and the polite live region says the question's words
   * instead. Where focus is in the question already (asked again with more to say: the county's returned
   * version beside a draft offered back), it stays on the control it is at (on the question's box, it goes
   * to `first`) and the live region says only what is new, `news` (the words already heard are not said
   * again), or the question's words when none is given.
   */
  async offer(group: string, first?: string, news?: string): Promise<void> {
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    const question = root.querySelector<HTMLElement>(group);
    if (!question) return;
    // Where focus is: in the form, the control in its shadow root; elsewhere, the page's own.
    // (The shadow root's own answer first: a form inside another element's shadow root is not the
    // document's active element even when focus is in it.)
    const at = (root as ShadowRoot).activeElement ?? document.activeElement;
    const control = first ? (question.querySelector<HTMLElement>(first) ?? question) : question;
    if (!at || at === document.body || at === document.documentElement) return control.focus();
    const inside = question.contains(at);
    if (at === question) control.focus();
    const newly = inside && news ? question.querySelector(news)?.textContent?.trim() : undefined;
    const words =
      newly ||
      (question.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? root.querySelector(`#${CSS.escape(id)}`)?.textContent?.trim() : ''))
        .filter(Boolean)
        .join(' ');
    if (words) await this.#say(words);
  }

  /** Says `said` in the polite live region, focus staying where it is (a change made while a person types). */
  say(said: string): Promise<void> {
    return this.#say(said);
  }

  // Puts `said` in the live region; the same words again are a change to it only once it was emptied.
  async #say(said: string): Promise<void> {
    if (said === this.said) {
      this.said = '';
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    this.said = said;
    this.#host.requestUpdate();
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

  /** Follows an error summary's link to what a selector finds (the first imported figure to confirm). */
  followTo(event: Event, selector: string): void {
    event.preventDefault();
    const target = this.#host.renderRoot.querySelector<HTMLElement>(selector);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
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
