import type { FormField, Report } from '@law-report/core/model';
import { controlValue } from './field.js';
import type { FormOwn, FormParts, FormPartsElement } from './form-parts.js';
import { setPath, type Path } from './form-model.js';
import type { FieldView } from './form-view.js';

/** The form besides its top (whole-form.ts): its controllers and what they draw. */
export type WholeForm = typeof import('./whole-form.js');

// Asked for once, by the first form on the page; asked again by the next form if it could not be had.
let wholeForm: Promise<WholeForm> | undefined;
function loadWholeForm(): Promise<WholeForm> {
  wholeForm ??= import('./whole-form.js').catch((error: unknown) => {
    wholeForm = undefined;
    throw error;
  });
  return wholeForm;
}

// Before the controllers come no field has an error or a guess to show.
const NOTHING_CHECKED: FieldView['checks'] = { errorAt: () => undefined, leave: () => {} };
const NOTHING_GUESSED: FieldView['imports'] = { guessAt: () => undefined, confirmField: () => {} };

/** The element the rest of the form comes to: what it reads of it when it is adopted. */
export type RestElement = FormPartsElement & { readonly hasUpdated: boolean };

/**
 * The rest of `<law-report-form>` (whole-form.ts: its controllers, its sections, notices and buttons),
 * asked for the moment the form is made and adopted when it comes. Meanwhile the form draws its top
 * (the report's own fields) and a clerk can type in it: what happens before the controllers are here
 * is kept for them to take over (the fields typed in, with their change events and the autosave then;
 * a report put in the form; the form's `<fieldset>` or `<form>` disabled). If the code cannot be had,
 * `failed` says so and the top stays usable.
 */
export class RestOfForm {
  readonly #element: RestElement;
  readonly #own: FormOwn;
  #whole: { readonly parts: FormParts; readonly draw: WholeForm } | undefined;
  #failed = false;
  #typed: Path[] = [];
  #replaced: boolean | undefined;
  #formDisabled = false;
  /** Settles once the controllers are here, or could not be had; never rejects. */
  readonly ready: Promise<void>;

  constructor(element: RestElement, own: FormOwn) {
    this.#element = element;
    this.#own = own;
    this.ready = loadWholeForm().then(
      (draw) => this.#adopt(draw),
      () => {
        this.#failed = true;
        element.requestUpdate();
      },
    );
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

  /** What the top's fields see before the controllers come: typing goes into the draft (`view.draft`). */
  fieldView(
    view: Omit<FieldView, 'imports' | 'checks' | 'input' | 'inert'> & { readonly disabled: boolean },
  ): FieldView {
    const { disabled, ...rest } = view;
    return {
      ...rest,
      inert: disabled || this.#formDisabled,
      imports: NOTHING_GUESSED,
      checks: NOTHING_CHECKED,
      input: (path, field, event) => this.#typedEarly(view.draft, path, field, event),
    };
  }

  /** The draft was replaced (imported, restored, opened, reset); `edited` when by a person. */
  replaced(edited: boolean): void {
    this.#typed = [];
    const parts = this.parts;
    if (parts) parts.control.replaced(edited);
    else this.#replaced = edited;
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
  #typedEarly(draft: Report, path: Path, field: FormField, event: Event): void {
    setPath(draft, path, controlValue(field, event.target as HTMLInputElement));
    if (!this.#typed.some((typed) => typed.join('.') === path.join('.'))) this.#typed.push(path);
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
    this.#typed = [];
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
