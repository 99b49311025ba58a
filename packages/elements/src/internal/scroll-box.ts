import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Strings } from './strings.js';

// A table wider than its column (a phone's 375 px) scrolls sideways in its box. The shadows at the
// box's edges were too faint for a clerk in a trial to see that 报送日期 went on past “2026-”, so a
// line over the box says it in words, shown only while the table is wider than the box. The dashboard
// and the years view draw their boxes here, so both say it alike.

/** How a scroll box is exposed: its part (none unless given) and its role (a group unless a region). */
export interface ScrollBoxOptions {
  /** The part name the element documents for the box (`@csspart`), if any. */
  readonly part?: string;
  /** `region` where the box is a landmark of its own (the years view's tables); else `group`. */
  readonly role?: 'group' | 'region';
}

/**
 * A table's scroll box, focusable and named by `labelledBy` (its caption or heading), with the hint
 * over it (左右滑动查看全部列) that {@link ScrollHintController} shows while the table does not fit.
 *
 * @param m - the element's strings (the hint is `m.ui.tableScrolls`)
 * @param labelledBy - the id of what names the box
 * @param table - the table the box scrolls
 * @param options - the box's part and role
 * @returns the hint and the box, as siblings
 * @example scrollBox(m, 'units-caption', html`<table>…</table>`)
 * @example scrollBox(m, 'units-heading', html`<table>…</table>`, { part: 'units', role: 'region' })
 */
export function scrollBox(
  m: Strings,
  labelledBy: string,
  table: TemplateResult,
  options: ScrollBoxOptions = {},
): TemplateResult {
  return html`<p class="scroll-hint" hidden>${m.ui.tableScrolls}</p>
    <div class="scroll" part=${options.part ?? nothing} tabindex="0" role=${options.role ?? 'group'} aria-labelledby=${labelledBy}>${table}</div>`;
}

/** An element whose tables' scroll boxes are in its render root (a LitElement). */
type ScrollHintHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Shows the hint over each of the host's scroll boxes whose table is wider than the box, and hides
 * it once the table fits: measured after each update and whenever a box or its table changes size
 * (a phone turned, a column sorted, a year chosen).
 */
export class ScrollHintController implements ReactiveController {
  readonly #host: ScrollHintHost;
  #watched = new WeakSet<Element>();
  #observer: ResizeObserver | undefined;

  constructor(host: ScrollHintHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.target.closest('.scroll');
        if (box instanceof HTMLElement) showHint(box);
      }
    });
  }

  hostUpdated(): void {
    const observer = this.#observer;
    if (!observer) return;
    for (const box of this.#host.renderRoot.querySelectorAll<HTMLElement>('.scroll')) {
      // Observed once each: observing again would only ask for one more first measure.
      for (const target of [box, box.firstElementChild]) {
        if (target && !this.#watched.has(target)) {
          this.#watched.add(target);
          observer.observe(target);
        }
      }
      showHint(box);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    // Connected again, every box is observed anew.
    this.#watched = new WeakSet();
  }
}

// The hint is the box's previous sibling (scrollBox's markup); a box without one has nothing to show.
function showHint(box: HTMLElement): void {
  const hint = box.previousElementSibling;
  if (hint instanceof HTMLElement && hint.classList.contains('scroll-hint'))
    hint.hidden = box.scrollWidth <= box.clientWidth + 1;
}
