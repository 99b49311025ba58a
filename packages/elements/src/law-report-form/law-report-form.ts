import type { DeadlineOverrides, Profile, Report } from '@law-report/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CatalogInput } from '../internal/catalog-property.js';
import { fieldStringsOf, localeOf, stringsReady } from '../internal/locale.js';
import type { FormParts } from './form-parts.js';
import { draftFrom, isDraft, RowKeys } from './form-model.js';
import type { FieldView, FormView } from './form-view.js';
import { renderImportPanel } from './import-panel.js';
import { keepEnterFromSubmitting } from './keep-enter.js';
import { KeepInPlaceController } from './keep-in-place.js';
import { formStyles } from './law-report-form.styles.js';
import { followTyping, restorePrerenderedTop, takePrerenderedTop } from './prerendered-top.js';
import type { RemovedFigure } from './metric-rows.js';
import { renderOwnFields } from './own-fields.js';
import { RestOfForm, type WholeForm } from './rest-of-form.js';
import type { Removed } from './section-editor.js';
import { renderSkip } from './skip-link.js';
import { TopFirstController } from './top-first-controller.js';

/**
 * The form a town fills its annual report in. Every field comes from core's schema and
 * catalog (`reportFormFields`), every label and message from core's zh-CN / en catalogs.
 * Validation runs on submit and on blur, GOV.UK style: an error summary at the top takes
 * focus and links to each field; fields carry `aria-invalid` and `aria-describedby`.
 * Form-associated: inside a native `<form>`, its value under `name` is the report JSON.
 * With `draft-key`, what is typed is saved in `localStorage` and offered back after a reload
 * (恢复草稿 puts the person back in their field; 放弃 at the top of the form, on 从文本导入).
 * 从文本导入 into a form that is not empty asks first (替换全部 / 只填空白项 / 取消); every imported
 * figure and every value the importer guessed is 待核对 until a person confirms it.
 * 检查报告 runs the checks 提交 runs and sends nothing: what stops 提交 goes into the error summary,
 * else a status beside the buttons says the report can be sent, with the warnings to look at first.
 * With `endpoint` and a unit's `token`, 提交 sends the report to the county and says what became
 * of it beside the button; the unit's reports are listed by year with their status and the day in
 * China the county took it (已备案 2025年2月10日), a published one with a link to its public page
 * (`public-href`), and a
 * report the county returned shows its reason, its latest version loaded to correct (focus
 * starts on the reason, so it is heard first). A year the county already holds is said above the
 * form, for the year the form shows (asked again once a new year is typed; not while a draft of
 * another year is offered back); 提交 of it over another version than the county's latest asks
 * first (仍然提交（第 N 版）/ 取消; not of a report the county returned, which waits for a new version), and a year the county has filed or published is not sent:
 * opened in the form, such a report says so at once, focused, with how to have it back (退回 by
 * the county; a published one unpublished first).
 * A page its server writes can carry the form's top in its HTML (`prerenderForm` from
 * `@law-report/elements/prerender`), typed in before the script comes: the element takes that drawing
 * over at its first render, keeping what was typed and chosen in it and where the caret was.
 *
 * @tag law-report-form
 * @attr locale - `zh-CN` (default) or `en`
 * @attr profile - validation profile on submit: `draft`, `submit` (default) or `publish`
 * @attr draft-key - `localStorage` key to autosave the draft under
 * @attr name - the form field name of the report JSON in a native `<form>`
 * @attr readonly - show the report without editing
 * @attr disabled - disable every control
 * @attr required - a native `<form>` is invalid until a report is valid
 * @attr endpoint - the API of a collection server (`law-report serve`, e.g. `/api`): 提交 sends the report there, its 422 issues come into the error summary, the unit's reports are listed with their status
 * @attr public-href - where the public reads a published report, for the link beside it in the unit's list: a template
 *   in which `{year}`, `{unit}` (the unit as the county's roster names it, percent-encoded) and `{id}` (the server's id)
 *   are filled in, e.g. `https://www.example.gov.cn/fzzf/{year}/{unit}.html`. Without it, an `endpoint` ending in `/api`
 *   links to that server's own public page (`/reports/{year}/{unit}.html` beside it, as `law-report serve` serves it);
 *   empty, or with an `endpoint` of another shape, no link is shown, only the day it was published
 * @prop token - the unit's token for `endpoint` (a property only, never in the markup)
 * @prop report - the report to edit (copied; the form never changes the object it is given)
 * @prop catalog - the indicator catalog, e.g. with a town's extensions: a `createCatalog` result, or the town's
 *   extension catalog JSON itself (the file `law-report --catalog` reads), checked; JSON that is not one shows a
 *   message in the form and the built-in catalog is used; unset (the default), the built-in catalog, or the one the
 *   county's collection server names
 * @prop deadlines - a county's deadline overrides, for validation
 * @prop value - the report as edited so far (read-only)
 * @fires law-report-change - a field changed (`event.path`), or the whole report did (`[]`: imported, restored, opened): `event.report`
 * @fires law-report-submit - a valid report was submitted (cancelable): `event.report`, `event.issues`
 * @fires law-report-invalid - submit or 检查报告 found errors: `event.issues`
 * @csspart returned - the county's reason for returning the report
 * @csspart summary - the error summary
 * @csspart actions - the row of 检查报告 and 提交, with the result of the last submission
 * @csspart field - one field with its label, hint and message
 * @csspart input - every text box, select and text area
 * @csspart button - every button (the submit button is also `submit`, 检查报告 also `check`)
 * @csspart section - one section of the report, with its sub-sections
 * @csspart figure - one figure's row in a section's figures table
 * @cssprop --law-color-text - text colour
 * @cssprop --law-color-surface - background
 * @cssprop --law-color-border - borders of groups
 * @cssprop --law-color-input-border - borders of fields (keep ≥ 3:1 against the background)
 * @cssprop --law-color-error - error messages, invalid fields and the error summary
 * @cssprop --law-color-focus - the focus outline's light tone, next to the control
 * @cssprop --law-color-focus-ring - the focus outline's dark ring around it
 * @cssprop --law-color-primary - the submit button
 * @cssprop --law-color-warning - storage warnings and figures to confirm
 * @cssprop --law-radius - corner radius of groups, and of fields and buttons unless `--law-radius-control` is set
 * @cssprop --law-radius-control - corner radius of fields and buttons (default: `--law-radius`, else 4px)
 * @cssprop --law-space - spacing unit
 * @cssprop --law-font-family - font stack
 * @cssprop --law-color-button - background of the other buttons and the file choosers
 * @cssprop --law-color-mark - the figure marked in its sentence
 * @cssprop --law-color-muted - secondary text: hints and notes
 * @cssprop --law-color-ok - what went well (sent, checked)
 * @cssprop --law-color-on-primary - text on the main buttons
 * @cssprop --law-color-warning-surface - background of warnings
 *
 * @example
 * <form method="post"><law-report-form name="report" draft-key="beiliu-2023"></law-report-form></form>
 */
export class LawReportFormElement extends LitElement {
  static override styles = formStyles;
  static formAssociated = true;

  static override properties = {
    report: { attribute: false },
    catalog: { attribute: false },
    deadlines: { attribute: false },
    locale: { reflect: true },
    profile: {},
    draftKey: { attribute: 'draft-key' },
    name: { reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    endpoint: {},
    publicHref: { attribute: 'public-href' },
    token: { attribute: false },
    _removed: { state: true },
    _removedFigure: { state: true },
  };

  declare report: Report | undefined;
  declare catalog: CatalogInput;
  declare deadlines: DeadlineOverrides | undefined;
  declare locale: string;
  declare profile: Profile;
  declare draftKey: string | undefined;
  declare name: string | undefined;
  declare readonly: boolean;
  declare disabled: boolean;
  declare required: boolean;
  declare endpoint: string | undefined;
  declare publicHref: string | undefined;
  declare token: string | undefined;
  // Reactive state: a section or a figure just deleted, offered back where it was.
  declare private _removed: Removed | undefined;
  declare private _removedFigure: RemovedFigure | undefined;

  #draft: Report = draftFrom(undefined);
  readonly #keys = new RowKeys();
  // The form's controllers, one per concern (see form-parts.ts), and what they draw: asked for as the
  // form is made, its top drawn and typed in meanwhile (see rest-of-form.ts).
  readonly #rest = new RestOfForm(this, {
    internals: this.attachInternals(),
    draft: () => this.#draft,
    adopt: (report) => this.#replaceDraft(report, true),
    load: (report) => this.#open(report),
    removed: (removed) => (this._removed = removed),
    removedFigure: (removed) => (this._removedFigure = removed),
  });
  // The top first, the rest after the first paint once its code has come.
  readonly #paint = new TopFirstController(this, this.#rest.ready);
  // A top the page drew (prerender-form.ts) is taken over in a pause of typing, never in the middle of a word.
  readonly #typing = this.shadowRoot ? followTyping(this.shadowRoot) : undefined;

  constructor() {
    super();
    // The field a person types in stays where it is while the form redraws above it (see keep-in-place.ts).
    new KeepInPlaceController(this);
    this.report = undefined;
    this.catalog = undefined;
    this.deadlines = undefined;
    this.locale = 'zh-CN';
    this.profile = 'submit';
    this.draftKey = undefined;
    this.name = undefined;
    this.readonly = false;
    this.disabled = false;
    this.required = false;
    this.endpoint = undefined;
    this.publicHref = undefined;
    this.token = undefined;
    this._removed = undefined;
    this._removedFigure = undefined;
  }

  /** The report as edited so far. */
  get value(): Readonly<Report> {
    return this.#draft;
  }

  // Shown in English, an element waits for the English strings of its screens before it updates,
  // so its first render is in English and `updateComplete` covers the wait.
  // A drawing of the top is taken over once typing in it has paused.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    const typing = this.hasUpdated ? undefined : this.#typing;
    if (!typing) return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    // After the strings, the pause: asked again after each wait, as typing may have started again meanwhile.
    return (async () => {
      await ready;
      for (let pause = typing.settled(); pause; pause = typing.settled()) await pause;
      return super.scheduleUpdate();
    })();
  }

  // The whole form: what the first render leaves for after the first paint too.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#paint.done || !this.hasUpdated) return done;
    await this.#paint.whole;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const parts = this.#rest.parts;
    if (parts && (changed.has('catalog') || changed.has('locale'))) {
      parts.rules.resolve();
      // The messages shown speak the new language.
      if (parts.checks.loaded) parts.checks.recheck();
    }
    // A controlled form (React's `report={report}` fed from law-report-change, Vue's v-model) hands
    // back the report it just emitted: that is what the form holds already, and replacing it would
    // lose what only the form knows (the imported figures still to confirm, their marks).
    if (changed.has('report') && !isDraft(this.report, this.#draft)) this.#open(this.report);
    // Before the controllers come, RestOfForm hands them what is set by then (rest-of-form.ts).
    if (!parts) return;
    if (changed.has('draftKey') && this.draftKey) parts.drafts.load(parts.host);
    if (changed.has('required') && this.required) void parts.checks.load();
  }

  // A top the page drew before the script came (prerender-form.ts) is taken over at the first render,
  // with what a clerk typed in it meanwhile (see prerendered-top.ts).
  protected override update(changed: PropertyValues<this>): void {
    const drawn = this.hasUpdated || !this.shadowRoot ? undefined : takePrerenderedTop(this.shadowRoot);
    // Lit draws before a root's first child it found, the drawing's, now gone: into the emptied root instead.
    if (drawn) this.renderOptions.renderBefore = null;
    super.update(changed);
    if (drawn && this.shadowRoot) restorePrerenderedTop(this.shadowRoot, drawn);
    if (!this.hasUpdated) this.#typing?.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const parts = this.#rest.parts;
    if (!parts) {
      // Until the controllers come: the value and validity in a native <form> (see rest-of-form.ts).
      if (changed.has('required') && this.required) this.#rest.sync();
      return;
    }
    if (changed.has('endpoint') || changed.has('token') || changed.has('report'))
      void parts.server.refresh(this.#draft.year);
    // Else a year imported, restored or opened: the server is asked about the year shown.
    else parts.server.follow(this.#draft.year);
    if (changed.has('endpoint') || changed.has('token')) void parts.control.fillOwnUnit();
  }

  // Form-associated element callbacks: behave as a native control does.
  formResetCallback(): void {
    this.#open(this.report);
  }

  formDisabledCallback(disabled: boolean): void {
    this.#rest.disable(disabled);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.#open(JSON.parse(state));
    } catch {
      // A state the browser kept that is not JSON: keep the current draft.
    }
  }

  protected override render(): TemplateResult {
    const whole = this.#rest.whole;
    const locale = localeOf(this.locale);
    // The notices above the form as soon as the controllers are here; the sections and buttons after the first paint.
    const above = whole && { ...whole, view: this.#view(whole.parts, whole.draw) };
    const view: FieldView =
      above?.view ??
      this.#rest.fieldView({
        m: fieldStringsOf(locale),
        locale,
        draft: this.#draft,
        readonly: this.readonly,
        disabled: this.disabled,
      });
    const below = above && this.#paint.done ? above : undefined;
    const county = above?.parts.server.render(above.view);
    return html`<div class="root" lang=${view.locale}>
      ${below ? renderSkip(view, this.renderRoot) : nothing}
      <p class="visually-hidden" role="status" id="announce">${above?.parts.focus.said ?? ''}</p>
      ${above ? above.draw.renderRestore(above.view, above.parts.drafts, above.parts.host, above.parts.server.returnedChoice()) : nothing}
      ${county?.top ?? nothing}
      ${county?.list ?? nothing}
      ${above ? above.draw.renderWarnings(above.view, above.parts.drafts.failed, above.parts.rules.problem, above.parts.drafts.otherWindow) : nothing}
      ${above ? above.draw.renderSummary(above.view, above.parts.checks, above.parts.server, above.parts.control.unconfirmedStop ? above.parts.imports.toConfirm : 0, above.parts.focus, above.parts.control.importStopped) : nothing}
      ${this.#rest.failed ? html`<p class="error" role="alert">${view.m.form.restFailed}</p>` : nothing}
      ${this.readonly ? nothing : renderImportPanel(view, above && { imports: above.parts.imports, m: above.view.m }, (selector) => above?.parts.focus.after(selector) ?? Promise.resolve())}
      <form novalidate @submit=${this.#submit} @keydown=${keepEnterFromSubmitting}>
        ${renderOwnFields(view)}
        ${below ? below.draw.renderReportSections(below.view, this._removed) : nothing}
        ${below ? below.draw.renderActions(below.view, below.parts.server, { checked: below.parts.control.checked, warnings: below.parts.checks.issues.filter((issue) => issue.severity === 'warning'), check: () => void below.parts.control.check(), focus: below.parts.focus }) : nothing}
      </form>
    </div>`;
  }

  // 提交 runs the form control's submission; before the controllers came there is no button to press,
  // and Enter in a field sends nothing (keepEnterFromSubmitting).
  readonly #submit = (event: SubmitEvent): void => {
    const parts = this.#rest.parts;
    if (parts) void parts.control.submit(event);
    else event.preventDefault();
  };

  // What the parts see of the form (see form-view.ts).
  #view(parts: FormParts, draw: WholeForm): FormView {
    const locale = localeOf(this.locale);
    return {
      m: draw.stringsOf(locale),
      locale,
      draft: this.#draft,
      catalog: parts.rules.catalog,
      // Controls are disabled when the element is, or a fieldset or form around it.
      inert: this.disabled || parts.control.disabled,
      readonly: this.readonly,
      imports: parts.imports,
      checks: parts.checks,
      editor: parts.editor,
      kinds: parts.kinds,
      search: parts.search,
      keys: this.#keys,
      removedFigure: this._removedFigure,
      input: (path, field, event) => parts.control.input(path, field, event),
    };
  }

  // A new draft in the form (imported, restored, opened, reset): nothing deleted is offered back.
  #replaceDraft(report: Report, edited: boolean): void {
    this.#draft = report;
    this._removed = undefined;
    this._removedFigure = undefined;
    this.#rest.replaced(edited);
  }

  // A report from outside (the `report` property, the server, a form reset or restore): nothing of it is to confirm.
  #open(report: unknown): void {
    this.#replaceDraft(draftFrom(report), false);
    this.#rest.parts?.imports.reset();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-form': LawReportFormElement;
  }
}
