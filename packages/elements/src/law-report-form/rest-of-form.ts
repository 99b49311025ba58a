import type { FormField } from '@law-report/core/model';
import { fieldStringsOf, localeOf } from '../internal/locale.js';
import { controlValue } from './field.js';
import type { FormOwn, FormParts, FormPartsElement } from './form-parts.js';
import { setPath, type Path } from './form-model.js';
import type { FieldView } from './form-view.js';

/** The form besides its top (whole-form.ts): its controllers and what they draw. */
export type WholeForm = typeof import('./whole-form.js');

// Asked for once, by the first form on the page. If it could not be had, the next form made asks again
// (a browser may answer that from its record of the failure until the page is reloaded).
let wholeForm: Promise<WholeForm> | undefined;
function loadWholeForm(): Promise<WholeForm> {
  wholeForm ??= import('./whole-form.js').catch((error: unknown) => {
    wholeForm = undefined;
    throw error;
  });
  return wholeForm;
}

// Before the controllers come no field has a guess to show.
const NOTHING_GUESSED: FieldView['imports'] = { guessAt: () => undefined, confirmField: () => {} };

/** The element the rest of the form comes to: what it reads of it when it is adopted. */
export type RestElement = FormPartsElement & { readonly hasUpdated: boolean; readonly name: string | undefined };

/**
 * The rest of `<law-report-form>` (whole-form.ts: its controllers, its sections, notices and buttons),
 * asked for the moment the form is made and adopted when it comes. Meanwhile the form draws its top
 * (the report's own fields) and a clerk can type in it: what happens before the controllers are here
 * is kept for them to take over (the fields typed in, with their change events and the autosave then;
 * the fields left, whose errors then show; a report put in the form; the form's `<fieldset>` or `<form>`
 * disabled). Meanwhile the element's value in a native `<form>` is the draft, and a `required` form is
 * invalid until the checks can say. If the code cannot be had, `failed` says so and the top stays usable
 * (the draft is not saved then: the form says so).
 */
export class RestOfForm {
  readonly #element: RestElement;
  readonly #own: FormOwn;
  #whole: { readonly parts: FormParts; readonly draw: WholeForm } | undefined;
  #failed = false;
  #typed: Path[] = [];
  #left: Path[] = [];
  #replaced: boolean | undefined;
  #formDisabled = false;
  /** Settles once the controllers are here, or could not be had; never rejects. */
  readonly ready: Promise<void>;
  // Before the controllers come no field has an error to show; a field left is remembered for them.
  readonly #checks: FieldView['checks'] = {
    errorAt: () => undefined,
    leave: (path) => {
      if (!this.#left.some((left) => left.join('.') === path.join('.'))) this.#left.push(path);
    },
  };

  constructor(element: RestElement, own: FormOwn) {
    this.#element = element;
    this.#own = own;
    this.ready = loadWholeForm()
      .then((draw) => this.#adopt(draw))
      .catch(() => {
        this.#whole = undefined;
        this.#failed = true;
        this.sync();
        element.requestUpdate();
      });
  }

  /** The controllers and what they draw, once here. */
  get whole(): { readonly parts: FormParts; readonly draw: WholeForm } | undefined {
    return this.#whole;
  }

  /** The form's controllers, once here. */
  get parts(): FormParts | undefined {
    return this.#whole?.parts;
  }

  /** The rest of the form could not be loaded (offline, a file missing). */
  get failed(): boolean {
    return this.#failed;
  }

  /** What the top's fields see before the controllers come: typing goes into the form's draft. */
  fieldView(
    view: Omit<FieldView, 'imports' | 'checks' | 'input' | 'inert'> & { readonly disabled: boolean },
  ): FieldView {
    const { disabled, ...rest } = view;
    return {
      ...rest,
      inert: disabled || this.#formDisabled,
      imports: NOTHING_GUESSED,
      checks: this.#checks,
      input: (path, field, event) => this.#typedEarly(path, field, event),
    };
  }

  /** The draft was replaced (imported, restored, opened, reset); `edited` when by a person. */
  replaced(edited: boolean): void {
    this.#typed = [];
    this.#left = [];
    const parts = this.parts;
    if (parts) {
      parts.control.replaced(edited);
      return;
    }
    this.#replaced = edited;
    this.sync();
    this.#element.requestUpdate();
  }

  /**
   * Before the controllers come (or when they could not be had): the element's value in a native
   * `<form>` is the draft, and a `required` form is invalid, saying why (the checks are loading, or
   * the rest of the form could not be). The form control takes this over once they are here.
   */
  sync(): void {
    if (this.parts) return;
    const element = this.#element;
    const json = JSON.stringify(this.#own.draft());
    this.#own.internals.setFormValue(element.name ? json : null, json);
    const m = fieldStringsOf(localeOf(element.locale)).form;
    if (element.required)
      this.#own.internals.setValidity({ customError: true }, this.#failed ? m.restFailed : m.checking);
    else this.#own.internals.setValidity({});
  }

  /** The form's `<fieldset>` or `<form>` was disabled or enabled. */
  disable(disabled: boolean): void {
    this.#formDisabled = disabled;
    const parts = this.parts;
    if (parts) parts.control.disabled = disabled;
    else this.#element.requestUpdate();
  }

  // A field typed in before the controllers came: its value in the draft now, the rest of what typing
  // does (the change event, the autosave, the server asked about a new year) once they are here.
  #typedEarly(path: Path, field: FormField, event: Event): void {
    setPath(this.#own.draft(), path, controlValue(field, event.target as HTMLInputElement));
    if (!this.#typed.some((typed) => typed.join('.') === path.join('.'))) this.#typed.push(path);
    this.sync();
    if (field.control === 'select') this.#element.requestUpdate();
  }

  // The controllers have come: they take over what was set and done before.
  #adopt(draw: WholeForm): void {
    const element = this.#element;
    const parts = new draw.FormParts(element, this.#own);
    this.#whole = { parts, draw };
    if (this.#formDisabled) parts.control.disabled = true;
    parts.rules.resolve();
    if (this.#replaced !== undefined) parts.control.replaced(this.#replaced);
    this.#replaced = undefined;
    for (const path of this.#typed) {
      parts.checks.edited(path);
      parts.control.edit(path);
    }
    for (const path of this.#left) parts.checks.leave(path);
    // The form control's value and validity from now on (its checks load for a required form).
    if (this.#typed.length > 0 || element.required) parts.control.update();
    this.#typed = [];
    this.#left = [];
    // Here before the element's first update: that update hands them its properties (willUpdate, updated).
    if (element.hasUpdated) {
      if (element.draftKey) parts.drafts.load(parts.host);
      if (element.required) void parts.checks.load();
      void parts.server.refresh(this.#own.draft().year);
      if (element.endpoint !== undefined || element.token !== undefined) void parts.control.fillOwnUnit();
    }
    element.requestUpdate();
  }
}
