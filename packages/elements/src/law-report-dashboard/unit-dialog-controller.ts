import type { Catalog, DeadlineOverrides, Locale } from '@law-report/core/model';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Strings } from '../internal/strings.js';
import { reportText } from '../internal/report-text.js';
import type { OpenContext, OpenedUnit } from './unit-dialog.js';

type DialogPart = typeof import('./unit-dialog.js');

/** The words and data the dialog's content is drawn with. */
export interface DialogView {
  readonly m: Strings;
  readonly locale: Locale;
  readonly catalog: Catalog;
  readonly deadlines: DeadlineOverrides | undefined;
}

/**
 * One unit's report in the dashboard's modal dialog: its code loads with the first name clicked;
 * opening focuses the dialog's heading, and Escape or 关闭 brings focus back to the name that
 * opened it. The host renders `<dialog @close=${controller.closed}>${controller.render(view)}</dialog>`.
 *
 * @example this.#dialog = new UnitDialogController(this);
 */
export class UnitDialogController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  #opened: OpenedUnit | undefined;
  #opener: HTMLElement | undefined;
  #part: DialogPart | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  // A dashboard taken off the page lets go of the name that opened its dialog.
  hostDisconnected(): void {
    this.#opener = undefined;
  }

  /** The unit shown, if the dialog is open. */
  get opened(): OpenedUnit | undefined {
    return this.#opened;
  }

  /**
   * Opens the dialog on a unit: loads the dialog's code the first time, the unit's report (from a
   * server when one is given), then shows the dialog and focuses its heading.
   */
  async open(event: Event, unit: string, given: unknown, context: OpenContext): Promise<void> {
    this.#opener = event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined;
    this.#part ??= await import('./unit-dialog.js').catch(() => undefined);
    const part = this.#part;
    this.#opened = part ? await part.openUnit(unit, given, context) : { unit, report: undefined };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.#host.renderRoot.querySelector<HTMLElement>('#dialog-heading')?.focus();
  }

  /** The dialog's content: its heading and close button, then the unit's report (or why it cannot load). */
  render(view: DialogView): TemplateResult | typeof nothing {
    const opened = this.#opened;
    if (!opened) return nothing;
    return html`<div class="dialog-bar">
        <h3 id="dialog-heading" tabindex="-1">${reportText(opened.unit, view.locale)}</h3>
        <button type="button" @click=${this.#close}>${view.m.dashboard.close}</button>
      </div>
      ${
        this.#part
          ? this.#part.renderUnitDialog(opened, view)
          : html`<p role="alert">${view.m.dashboard.loadFailed}</p>`
      }`;
  }

  #close = (): void => {
    this.#host.renderRoot.querySelector('dialog')?.close();
  };

  /** The dialog's `close` event (Escape or the close button): back to the name that opened it. */
  readonly closed = (): void => {
    this.#opened = undefined;
    this.#host.requestUpdate();
    this.#opener?.focus();
    this.#opener = undefined;
  };
}
