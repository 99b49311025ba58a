import {
  formatMessage,
  type Catalog,
  type FormField,
  type Profile,
  type Report,
  type Section,
  type ValidationIssue,
} from '@law-report/core/model';
import type { ReactiveControllerHost } from 'lit';
import { LawReportChangeEvent } from '../events/law-report-change-event.js';
import { LawReportInvalidEvent } from '../events/law-report-invalid-event.js';
import { LawReportSubmitEvent } from '../events/law-report-submit-event.js';
import { localeOf } from '../internal/locale.js';
import { stringsOf } from '../internal/strings.js';
import type { ChecksController } from './checks-controller.js';
import type { DraftController } from './draft-controller.js';
import { controlValue } from './field.js';
import { fitUnit, unitGiven } from './fit-unit.js';
import type { FocusController } from './focus-controller.js';
import { getPath, idOf, setPath, type Path } from './form-model.js';
import type { ImportController } from './import-controller.js';
import type { ServerLink } from './server-link.js';
import type { TitleKinds } from './title-kinds.js';
import { toConfirmList, toConfirmText } from './to-confirm.js';

/** What a 检查报告 found: nothing to correct (`sends`: and 提交 would send it), or that the checks could not be loaded. */
export type CheckResult = { readonly sends: boolean } | { readonly failed: true };

/** The element the report is the value of: what its attributes say about its value and 提交. */
export interface FormControlElement extends HTMLElement, ReactiveControllerHost {
  readonly name: string | undefined;
  readonly required: boolean;
  readonly profile: Profile;
  readonly endpoint: string | undefined;
  readonly locale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The parts of the form its value and 提交 depend on. */
export interface FormControlParts {
  readonly draft: () => Report;
  readonly catalog: () => Catalog;
  readonly checks: ChecksController;
  readonly imports: ImportController;
  readonly drafts: DraftController;
  readonly server: ServerLink;
  readonly focus: FocusController;
  readonly kinds: TitleKinds;
  /** The element's `ElementInternals`, attached as it was made. */
  readonly internals: ElementInternals;
}

/**
 * The form as a native form control, after Shoelace's FormControlController: its value, the draft,
 * as a person types and edits it, each change told (`law-report-change`) and saved; in a `<form>`
 * its value under `name` is the report JSON; a `required` form is invalid until the report is valid
 * (and until the checks have loaded); a disabled `<fieldset>` or `<form>` around it disables it.
 * And 提交 from the button to its outcome: the checks run (loaded first if they are not yet);
 * errors and imported values still to confirm go into the error summary, which takes focus; a
 * valid report fires `law-report-submit` (cancelable), then goes to the native `<form>` around
 * the element or, with `endpoint`, to the county's collection server, whose answer is said
 * beside the button (a refusal or a 422's issues in the error summary). The element's own form
 * callbacks (reset, state restore) stay on it: the browser calls them there.
 */
export class FormControlController {
  /** Changed by a person since it was loaded, restored or sent. */
  edited = false;
  /** The unit the form signs in for at its collection server, once the server has named it. */
  ownUnit: string | undefined;
  /**
   * What the last 检查报告 found: nothing to correct (`sends`: and 提交 would send it; not a year the county
   * has filed, nor the version it took last, unchanged), or that the checks could not be loaded (`failed`).
   * Its warnings are the checks' own (`ChecksController.issues`), said in the form's language. Undefined
   * before a check, and again once the report changes.
   */
  checked: CheckResult | undefined;

  readonly #host: FormControlElement;
  readonly #parts: FormControlParts;
  readonly #internals: ElementInternals;
  #disabled = false;

  constructor(host: FormControlElement, parts: FormControlParts) {
    this.#host = host;
    this.#parts = parts;
    this.#internals = parts.internals;
  }

  /** A disabled `<fieldset>` or `<form>` around the element disables it (`formDisabledCallback`). */
  get disabled(): boolean {
    return this.#disabled;
  }

  set disabled(disabled: boolean) {
    this.#disabled = disabled;
    this.#host.requestUpdate();
  }

  // The import whose question stopped the last 提交, while it still waits (a new import is another question).
  #stoppedBy: unknown;

  /** An import waiting for its question stopped the last 提交: said in the error summary until it is answered. */
  get importStopped(): boolean {
    return this.#stoppedBy !== undefined && this.#stoppedBy === this.#parts.imports.pending;
  }

  /** Unconfirmed imports stop a submission (a draft may keep them). */
  get unconfirmedStop(): boolean {
    return this.#parts.imports.toConfirm > 0 && this.#host.profile !== 'draft';
  }

  /**
   * What stops a submission besides errors: unconfirmed imports ({@link unconfirmedStop}), and an import
   * waiting for its question (替换全部 / 只填空白项 / 取消), since what was pasted is not in the form and the
   * report as it stands would go instead (a returned report went back to the county unchanged).
   */
  get blocked(): boolean {
    return this.unconfirmedStop || this.#parts.imports.pending !== undefined;
  }

  /** The draft as the form's value, and whether a `required` form may be submitted with it. */
  update(): void {
    const json = JSON.stringify(this.#parts.draft());
    this.#internals.setFormValue(this.#host.name ? json : null, json);
    if (!this.#host.required) return;
    const result = this.#parts.checks.now();
    // Until the checks are here, a required form is not yet valid.
    const first = result
      ? result.issues.find((issue) => issue.severity === 'error')
      : { message: stringsOf(localeOf(this.#host.locale)).form.checking };
    this.#internals.setValidity(first ? { customError: true } : {}, first?.message);
  }

  /** The draft changed at `path` (`[]`: all of it): its form value follows, the change is told and saved. */
  changed(path: Path): void {
    if (this.checked) {
      this.checked = undefined;
      this.#host.requestUpdate();
    }
    this.update();
    this.#host.dispatchEvent(new LawReportChangeEvent(this.#parts.draft(), path));
    this.#parts.drafts.changed();
  }

  /**
   * A form signed in for its unit starts with the unit's name, as the server names it: the clerk
   * need not type it, and the name is not counted as something they wrote.
   */
  async fillOwnUnit(): Promise<void> {
    const { draft, server } = this.#parts;
    const name = await server.ownUnit();
    this.ownUnit = name;
    const written = draft().unit.name;
    if (!name || this.edited || (typeof written === 'string' && written.trim() !== '')) return;
    draft().unit.name = name;
    this.update();
    this.#host.dispatchEvent(new LawReportChangeEvent(draft(), ['unit', 'name']));
    this.#host.requestUpdate();
  }

  /**
   * A new draft is in the form (imported, restored, opened, reset), a person's (`edited`) or not:
   * nothing of it is checked yet, and it is told as a change of the whole report (path `[]`), so a
   * page showing anything of it follows; a person's is saved.
   */
  replaced(edited: boolean): void {
    this.edited = edited;
    this.#parts.checks.reset();
    this.update();
    this.#host.dispatchEvent(new LawReportChangeEvent(this.#parts.draft(), []));
    if (edited) this.#parts.drafts.changed();
    this.#host.requestUpdate();
  }

  /** A person changed the draft's structure at `path`: told, saved, shown. */
  edit(path: Path): void {
    this.edited = true;
    this.#parts.checks.restructured();
    this.changed(path);
    this.#host.requestUpdate();
  }

  /** A person typed or chose the value of a field at `path`. */
  input(path: Path, field: FormField, event: Event): void {
    const { draft, catalog, imports, server, checks } = this.#parts;
    setPath(draft(), path, controlValue(field, event.target as HTMLInputElement));
    checks.edited(path);
    // A chosen indicator fills a blank measure word, and changes none that is there (fitUnit says why).
    if (field.key === 'metric.indicator') {
      const metric = draft().metrics[Number(path[1])];
      fitUnit(metric, catalog());
      if (metric) imports.reclassified(metric);
    }
    if (field.key === 'metric.unit') unitGiven(draft().metrics[Number(path[1])]);
    if (field.key === 'section.kind' || field.key === 'section.title') this.#sectionInput(path, field.key);
    this.edited = true;
    // A guessed value a person changes is one they have looked at.
    imports.edited(idOf(path));
    this.changed(path);
    // A new indicator changes the measure words offered; a section's title its legend; the year what the server is asked.
    if (field.key === 'metric.indicator' || field.key === 'section.title' || field.control === 'select')
      this.#host.requestUpdate();
    if (field.key === 'year') server.follow(draft().year);
  }

  // A section's kind chosen by hand stays so; a title naming a statutory content sets the kind of a section
  // added here (TitleKinds), and the change is said, politely, where the person goes on typing.
  #sectionInput(path: Path, key: 'section.kind' | 'section.title'): void {
    const { draft, kinds, focus } = this.#parts;
    const section = getPath(draft(), path.slice(0, -1)) as Section | undefined;
    if (!section) return;
    if (key === 'section.kind') return kinds.chosen(section);
    kinds.titled(section, (kind, late) => {
      // Set after the title's change was told (the reading loaded meanwhile): told as a change of its own.
      if (late) {
        this.changed([...path.slice(0, -1), 'kind']);
        this.#host.requestUpdate();
      }
      const m = stringsOf(localeOf(this.#host.locale));
      void focus.say(formatMessage(m.form.kindFromTitle, { kind: m.kindsShort[kind] }));
    });
  }

  /**
   * 检查报告: the checks 提交 runs, and nothing sent. What stops 提交 goes into the error summary, which
   * takes focus, as on 提交; else a status beside the buttons, focused, says there is nothing to correct
   * (and 可以提交 where 提交 would send it, see `ServerLink.sends`) and lists the warnings to look at first
   * (a clerk's trial found them only after 提交 had sent the report), or that the checks could not be loaded.
   */
  readonly check = async (): Promise<void> => {
    const { server, focus } = this.#parts;
    // A refusal or failure said of an earlier 提交 or check is over: this check says what holds now.
    if (server.outcome && !server.outcome.ok) server.outcome = undefined;
    const result = await this.#checked(true);
    if (result === 'stopped') return;
    this.checked = result === 'failed' ? { failed: true } : { sends: server.sends(this.#parts.draft()) };
    this.#host.requestUpdate();
    await focus.after('#checked');
  };

  // The checks of 提交 and 检查报告, shown; the result when nothing stops sending; 'stopped' when something does
  // (the error summary focused); 'failed' when the checks could not be loaded (提交 says so in the error summary,
  // focused; a check leaves that to its caller).
  async #checked(checking = false): Promise<{ readonly issues: readonly ValidationIssue[] } | 'stopped' | 'failed'> {
    const host = this.#host;
    const { checks, server, imports, focus } = this.#parts;
    // The words are looked up when said: the language may change while the checks load.
    const m = () => stringsOf(localeOf(host.locale)).form;
    this.checked = undefined;
    this.#stoppedBy = imports.pending;
    const result = await checks.run();
    if (!result) {
      if (checking) return 'failed';
      // Nothing was sent: said in the error summary, where a refusal is said.
      server.outcome = { ok: false, text: m().checksFailed };
      checks.show(checks.issues);
      await focus.after('.summary');
      return 'failed';
    }
    checks.show(result.issues);
    await host.updateComplete;
    if (!result.ok || this.blocked) {
      const first = result.issues.find((issue) => issue.severity === 'error');
      const anchor = first ? focus.field(first.path) : null;
      const message = first?.message ?? (imports.pending ? m().importWaiting : this.#unconfirmedText());
      this.#internals.setValidity({ customError: true }, message, anchor ?? undefined);
      host.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      host.dispatchEvent(new LawReportInvalidEvent(result.issues));
      return 'stopped';
    }
    this.#internals.setValidity({});
    return result;
  }

  // 还有 N 项导入的内容待核对：落款单位…, in the form's language: the validation message of a refused 提交.
  #unconfirmedText(): string {
    const { draft, catalog, imports } = this.#parts;
    const locale = localeOf(this.#host.locale);
    return toConfirmText(locale, imports.toConfirm, toConfirmList(draft(), catalog(), locale, imports));
  }

  /** 提交 (the form's `submit` event). */
  readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const host = this.#host;
    const { checks, server, drafts, focus } = this.#parts;
    server.outcome = undefined;
    const result = await this.#checked();
    if (typeof result === 'string') return;
    const submit = new LawReportSubmitEvent(structuredClone(this.#parts.draft()), result.issues);
    if (!host.dispatchEvent(submit)) return;
    if (!host.endpoint) {
      drafts.clear();
      this.#internals.form?.requestSubmit();
      return;
    }
    // With `endpoint`, the county's collection server says what became of it: a 422's issues
    // and a refusal go into the error summary, success beside the button; the draft is kept
    // until the county has the report.
    const outcome = await server.send(submit.report);
    if ('issues' in outcome) checks.show(outcome.issues);
    if (outcome.ok) {
      drafts.clear();
      this.edited = false;
      // What the live region said before (已恢复草稿) is over: the status beside the button says what happened.
      focus.quiet();
    }
    await focus.after(outcome.ok ? '#sent' : '.summary');
  };
}
