import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps the control a person is in where it is on the screen when the form redraws above it. On a
 * slow phone the rest of the form, a draft offered back and the unit's reports from the server come
 * in above the title while a clerk types it, and pushed the field down under their thumb and off the
 * screen (a town clerk's trial: from 520 to 1,095 px). Browsers hold the view steady only when the page
 * is scrolled (Chromium anchors nothing at the top of a page, Safari nothing at all): this moves the
 * page by what the focused control moved, so nothing the person is doing goes out of sight. With
 * nothing focused in the form, new content above shows as the browser places it. It sees focus in the
 * form's own shadow root (the form nests no element with a shadow root of its own).
 *
 * @example
 * constructor() {
 *   super();
 *   new KeepInPlaceController(this);
 * }
 */
export class KeepInPlaceController implements ReactiveController {
  readonly #host: ReactiveElement;
  #focused: Element | undefined;
  #top = 0;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const focused = this.#host.shadowRoot?.activeElement ?? undefined;
    this.#focused = focused;
    if (focused) this.#top = focused.getBoundingClientRect().top;
  }

  hostUpdated(): void {
    let focused = this.#focused;
    this.#focused = undefined;
    // A drawing taken over (prerendered-top.ts): the field focused before is gone, the same field drawn anew has focus.
    if (focused && !focused.isConnected && focused.id)
      focused = this.#host.shadowRoot?.getElementById(focused.id) ?? undefined;
    if (!focused?.isConnected || this.#host.shadowRoot?.activeElement !== focused) return;
    const moved = focused.getBoundingClientRect().top - this.#top;
    if (Math.abs(moved) >= 1) scrollerOf(this.#host).scrollBy(0, moved);
  }
}

// The box that scrolls the element: its nearest ancestor that scrolls (across shadow roots), else the page.
function scrollerOf(element: Element): Element {
  for (let at = parentOf(element); at; at = parentOf(at)) {
    const { overflowY } = getComputedStyle(at);
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return document.scrollingElement ?? document.documentElement;
}

function parentOf(element: Element): Element | null {
  const root = element.getRootNode();
  return element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}
