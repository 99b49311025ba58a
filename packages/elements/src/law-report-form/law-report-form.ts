import {
  defaultCatalog,
  formatMessage,
  reportFormFields,
  STATUTORY_CONTENTS,
  validateReport,
  writtenWordsOf,
  type Catalog,
  type DeadlineOverrides,
  type FormField,
  type Metric,
  type Profile,
  type Report,
  type Section,
  type ValidationIssue,
} from '@law-report/core/model';
import type { IndicatorMatch } from '@law-report/core/import';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LawReportChangeEvent } from '../events/law-report-change-event.js';
import { LawReportInvalidEvent } from '../events/law-report-invalid-event.js';
import { LawReportSubmitEvent } from '../events/law-report-submit-event.js';
import { returnedReason, sendReport } from '../internal/collection-client.js';
import { localeOf, stringsOf } from '../internal/locale.js';
import { formStyles } from './law-report-form.styles.js';

type Path = readonly (string | number)[];

// Field ids follow issue paths (`f-sections-0-title`), so an issue finds its field.
const idOf = (path: Path) => `f-${path.join('-')}`;

/**
 * The form a town fills its annual report in. Every field comes from core's schema and
 * catalog (`reportFormFields`), every label and message from core's zh-CN / en catalogs.
 * Validation runs on submit and on blur, GOV.UK style: an error summary at the top takes
 * focus and links to each field; fields carry `aria-invalid` and `aria-describedby`.
 * Form-associated: inside a native `<form>`, its value under `name` is the report JSON.
 * With `draft-key`, what is typed is saved in `localStorage` and offered back after a reload.
 *
 * @tag law-report-form
 * @attr locale - `zh-CN` (default) or `en`
 * @attr profile - validation profile on submit: `draft`, `submit` (default) or `publish`
 * @attr draft-key - `localStorage` key to autosave the draft under
 * @attr name - the form field name of the report JSON in a native `<form>`
 * @attr readonly - show the report without editing
 * @attr disabled - disable every control
 * @attr required - a native `<form>` is invalid until a report is valid
 * @attr endpoint - the API of a collection server (`law-report serve`, e.g. `/api`): 提交 sends the report there, its 422 issues come into the error summary, a 退回 reason shows at the top
 * @prop token - the unit's token for `endpoint` (a property only, never in the markup)
 * @prop report - the report to edit (copied; the form never changes the object it is given)
 * @prop catalog - the indicator catalog, e.g. with a town's extensions
 * @prop deadlines - a county's deadline overrides, for validation
 * @prop value - the report as edited so far (read-only)
 * @fires law-report-change - a field changed: `event.report`, `event.path`
 * @fires law-report-submit - a valid report was submitted (cancelable): `event.report`, `event.issues`
 * @fires law-report-invalid - submit found errors: `event.issues`
 * @csspart returned - the county's reason for returning the report
 * @csspart summary - the error summary
 * @csspart actions - the submit button row
 * @cssprop --law-color-text - text colour
 * @cssprop --law-color-surface - background
 * @cssprop --law-color-border - borders of fields and groups
 * @cssprop --law-color-error - error messages, invalid fields and the error summary
 * @cssprop --law-color-focus - the focus outline
 * @cssprop --law-color-primary - the submit button
 * @cssprop --law-color-warning - storage warnings and figures to confirm
 * @cssprop --law-radius - corner radius
 * @cssprop --law-space - spacing unit
 * @cssprop --law-font-family - font stack
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
    token: { attribute: false },
  };

  declare report: Report | undefined;
  declare catalog: Catalog;
  declare deadlines: DeadlineOverrides | undefined;
  declare locale: string;
  declare profile: Profile;
  declare draftKey: string | undefined;
  declare name: string | undefined;
  declare readonly: boolean;
  declare disabled: boolean;
  declare required: boolean;
  declare endpoint: string | undefined;
  declare token: string | undefined;

  readonly #internals: ElementInternals;
  #draft: Report = emptyReport();
  #issues: readonly ValidationIssue[] = [];
  #showSummary = false;
  #touched = new Set<string>();
  #saved: SavedDraft | undefined;
  // The field last focused, saved with the draft so a restore puts the person back there.
  #lastFocus = '';
  #storageFailed = false;
  #otherTab = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #formDisabled = false;
  // Indicator pickers that have been focused, and so hold the whole catalog.
  readonly #openPickers = new Set<string>();
  // Figures filled in by 从文本导入 that a person has not confirmed yet.
  #unconfirmed = new WeakSet<Metric>();
  #unconfirmedCount = 0;
  #importText = '';
  #importNote: { text: string; error: boolean } | undefined;
  // Indicator search per section: what was typed and what it found. The search needs the
  // importer's aliases, so it is loaded with the importer, on the first keystroke.
  readonly #finds = new WeakMap<Section, { readonly query: string; readonly matches: readonly IndicatorMatch[]; readonly failed?: true }>();
  // Stable keys for rows, so a move re-renders nothing but the rows that moved.
  readonly #keys = new WeakMap<object, number>();
  #nextKey = 0;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.report = undefined;
    this.catalog = defaultCatalog;
    this.deadlines = undefined;
    this.locale = 'zh-CN';
    this.profile = 'submit';
    this.draftKey = undefined;
    this.name = undefined;
    this.readonly = false;
    this.disabled = false;
    this.required = false;
    this.endpoint = undefined;
    this.token = undefined;
  }

  /** The report as edited so far. */
  get value(): Readonly<Report> {
    return this.#draft;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('focusin', this.#onFocusIn);
    addEventListener('pagehide', this.#saveNow);
    addEventListener('storage', this.#onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('focusin', this.#onFocusIn);
    removeEventListener('pagehide', this.#saveNow);
    removeEventListener('storage', this.#onStorage);
    this.#saveNow();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('report')) {
      this.#draft = draftFrom(this.report);
      this.#issues = [];
      this.#showSummary = false;
      this.#updateFormValue();
    }
    if (changed.has('draftKey') && this.draftKey) this.#saved = this.#readDraft();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('endpoint') || changed.has('token') || changed.has('report')) void this.#checkReturned();
  }

  // Form-associated element callbacks: behave as a native control does.
  formResetCallback(): void {
    this.#draft = draftFrom(this.report);
    this.#issues = [];
    this.#showSummary = false;
    this.#updateFormValue();
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.#draft = draftFrom(JSON.parse(state));
      this.#updateFormValue();
      this.requestUpdate();
    } catch {
      // A state the browser kept that is not JSON: keep the current draft.
    }
  }

  #confirmAllShown = false;
  #serverNote: { text: string; error: boolean } | undefined;
  #returned: string | undefined;

  protected override render(): TemplateResult {
    this.#confirmAllShown = false;
    const m = stringsOf(localeOf(this.locale));
    const errors = this.#issues.filter((issue) => issue.severity === 'error');
    return html`
      ${this.#renderRestore()}
      ${this.#returned ? html`<p class="warning" part="returned" role="status">${formatMessage(m.form.returnedByCounty, { reason: this.#returned })}</p>` : nothing}
      ${this.#serverNote ? html`<p class=${this.#serverNote.error ? 'warning' : 'help'} role=${this.#serverNote.error ? 'alert' : 'status'}>${this.#serverNote.text}</p>` : nothing}
      ${this.#storageFailed ? html`<p class="warning" role="alert">${m.form.storageFailed}</p>` : nothing}
      ${this.#otherTab ? html`<p class="warning" role="status">${m.form.otherTab}</p>` : nothing}
      ${this.#showSummary && (errors.length > 0 || this.#blockedByImport)
        ? html`<div class="summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
            <h2 id="summary-title">${m.form.errorSummary}</h2>
            <ul>
              ${errors.map(
                (issue) => html`<li><a href=${`#${this.#fieldFor(issue.path)}`} @click=${(event: Event) => this.#focusField(event, issue.path)}>${issue.message}</a></li>`,
              )}
              ${this.#blockedByImport
                ? html`<li><a href="#confirm-all" @click=${(event: Event) => this.#focusField(event, ['confirm-all'])}>${formatMessage(m.form.unconfirmed, { count: this.#unconfirmedCount })}</a></li>`
                : nothing}
            </ul>
          </div>`
        : nothing}
      ${this.readonly ? nothing : this.#renderImport()}
      <form novalidate @submit=${this.#onSubmit}>
        <fieldset>
          <legend>${m.form.reportFields}</legend>
          ${reportFormFields.report.map((field) => this.#renderField(field, field.path, getPath(this.#draft, field.path)))}
        </fieldset>
        <fieldset id=${idOf(['sections'])} tabindex="-1">
          <legend>${m.form.sectionsLegend}</legend>
          ${this.#renderSections(this.#draft.sections, ['sections'])}
          ${this.#renderMetrics(undefined, ['metrics'])}
        </fieldset>
        <div class="actions" part="actions">
          <button type="submit" ?disabled=${this.#inert}>${m.form.submit}</button>
        </div>
      </form>
    `;
  }

  get #inert(): boolean {
    return this.disabled || this.#formDisabled;
  }

  // Unconfirmed imports stop a submission (a draft may keep them).
  get #blockedByImport(): boolean {
    return this.#unconfirmedCount > 0 && this.profile !== 'draft';
  }

  #renderImport(): TemplateResult {
    const m = stringsOf(localeOf(this.locale));
    return html`<details class="import" @dragover=${this.#dragOver} @drop=${this.#drop}>
      <summary>${m.form.importTitle}</summary>
      <p class="help" id="import-help">${m.form.importHelp}</p>
      <label for="import-text">${m.form.importText}</label>
      <textarea id="import-text" rows="6" aria-describedby="import-help" .value=${live(this.#importText)} @input=${(event: Event) => (this.#importText = (event.target as HTMLTextAreaElement).value)}></textarea>
      <button type="button" ?disabled=${this.#inert} @click=${this.#import}>${m.form.importButton}</button>
      <label for="import-file">${m.form.importFile}</label>
      <input id="import-file" type="file" accept=${IMPORT_FILES} ?disabled=${this.#inert} @change=${this.#chooseFile} />
      ${this.#importNote ? html`<p class=${this.#importNote.error ? 'error' : 'help'} role=${this.#importNote.error ? 'alert' : 'status'}>${this.#importNote.text}</p>` : nothing}
    </details>`;
  }

  // 从文本导入: the importer is loaded only now, from a file beside this one.
  readonly #import = async (): Promise<void> => {
    const m = stringsOf(localeOf(this.locale));
    const importer = await loadImporter();
    if (!importer) {
      this.#importNote = { text: m.form.loadFailed, error: true };
      this.requestUpdate();
      return;
    }
    this.#adopt(importer.importReport(this.#importText, { locale: localeOf(this.locale), catalog: this.catalog }));
  };

  readonly #chooseFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.#importFile(file);
    // The same file chosen again is a new choice.
    input.value = '';
  };

  readonly #dragOver = (event: DragEvent): void => {
    if (!this.#inert && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  readonly #drop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file || this.#inert) return;
    event.preventDefault();
    void this.#importFile(file);
  };

  // A Word file through core's importDocx (its converter loaded now, beside this file); any
  // other file as text, into the box, then imported as pasted text is. What a file is, is told
  // by its first bytes, with the Word module: picking a file is when it is worth loading.
  async #importFile(file: File): Promise<void> {
    const m = stringsOf(localeOf(this.locale));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const docx = await loadDocx();
    if (!docx) {
      this.#importNote = { text: m.form.loadFailed, error: true };
      this.requestUpdate();
      return;
    }
    // A zip or a compound file goes to importDocx, which says what is wrong with it if anything.
    if (docx.wordSignature(bytes) === 'none') {
      this.#importText = new TextDecoder().decode(bytes);
      this.requestUpdate();
      await this.#import();
      return;
    }
    const result = await docx.importDocx(bytes, { locale: localeOf(this.locale), catalog: this.catalog });
    // Facts' sources point into the converted text: it is what their sentences are shown from.
    if (result.converted !== undefined) this.#importText = result.converted;
    this.#adopt(result);
  }

  #adopt({ report, issues }: { readonly report: Report | undefined; readonly issues: readonly ValidationIssue[] }): void {
    const m = stringsOf(localeOf(this.locale));
    if (!report) {
      this.#importNote = { text: issues[0]?.message ?? '', error: true };
      this.requestUpdate();
      return;
    }
    this.#draft = report;
    this.#unconfirmed = new WeakSet(report.metrics);
    this.#unconfirmedCount = report.metrics.length;
    this.#importNote = { text: formatMessage(m.form.imported, { sections: report.sections.length, metrics: report.metrics.length }), error: false };
    this.#issues = [];
    this.#showSummary = false;
    this.#changed([]);
    this.requestUpdate();
  };

  #confirm(metric: Metric | undefined): void {
    if (metric === undefined) {
      this.#unconfirmed = new WeakSet();
      this.#unconfirmedCount = 0;
    } else if (this.#unconfirmed.has(metric)) {
      this.#unconfirmed.delete(metric);
      this.#unconfirmedCount -= 1;
    }
    this.requestUpdate();
  }

  #renderRestore(): TemplateResult | typeof nothing {
    if (!this.#saved) return nothing;
    const m = stringsOf(localeOf(this.locale));
    return html`<div class="restore" role="region" aria-label=${m.form.restore}>
      <p>${formatMessage(m.form.restorePrompt, { when: this.#saved.at.replace('T', ' ').slice(0, 16) })}</p>
      <button type="button" @click=${this.#restore}>${m.form.restore}</button>
      <button type="button" @click=${this.#discard}>${m.form.discard}</button>
    </div>`;
  }

  #renderSections(sections: Section[], path: Path): TemplateResult {
    const m = stringsOf(localeOf(this.locale));
    return html`
      ${repeat(
        sections,
        (section) => this.#keyOf(section),
        (section, index) => {
          const at = [...path, index];
          return html`<fieldset class="section">
            <legend>${formatMessage(m.form.sectionLegend, { title: section.title || m.form.untitled })}</legend>
            ${reportFormFields.section.map((field) => this.#renderField(field, [...at, ...field.path], getPath(section, field.path)))}
            ${this.#renderMetrics(section, ['metrics'])}
            ${section.sections.length > 0 ? this.#renderSections(section.sections, [...at, 'sections']) : nothing}
            ${this.readonly
              ? nothing
              : html`<div class="row-actions">
                  <button type="button" ?disabled=${this.#inert} @click=${() => this.#addSection(section.sections, [...at, 'sections'])}>${m.form.addSubsection}</button>
                  <button type="button" ?disabled=${this.#inert || index === 0} @click=${() => this.#moveSection(sections, index, -1, path)}>${m.form.moveUp}</button>
                  <button type="button" ?disabled=${this.#inert || index === sections.length - 1} @click=${() => this.#moveSection(sections, index, 1, path)}>${m.form.moveDown}</button>
                  <button type="button" ?disabled=${this.#inert} @click=${() => this.#removeSection(sections, index, path)}>${m.form.removeSection}</button>
                </div>`}
          </fieldset>`;
        },
      )}
      ${this.readonly ? nothing : html`<button type="button" ?disabled=${this.#inert} @click=${() => this.#addSection(sections, path)}>${m.form.addSection}</button>`}
    `;
  }

  // The figures of one section (or, without one, those in no section) as a table.
  #renderMetrics(section: Section | undefined, path: Path): TemplateResult | typeof nothing {
    const m = stringsOf(localeOf(this.locale));
    const rows: [Metric, number][] = [];
    this.#draft.metrics.forEach((metric, index) => {
      if ((section === undefined && metric.sectionId === undefined) || (section !== undefined && metric.sectionId === section.id)) rows.push([metric, index]);
    });
    if (section === undefined && rows.length === 0) return nothing;
    const fields = reportFormFields.metric;
    const caption = section ? m.form.metricsCaption : m.form.otherMetricsCaption;
    const confirmAll = this.#unconfirmedCount > 0 && rows.some(([metric]) => this.#unconfirmed.has(metric)) && !this.#confirmAllShown;
    if (confirmAll) this.#confirmAllShown = true;
    // A wide table scrolls in its own region (focusable, so keyboards can scroll it): the page never does.
    return html`<div class="table-scroll" role="region" tabindex="0" aria-label=${caption}><table class="metrics">
        <caption>${caption}</caption>
        <thead><tr>${fields.map((field) => html`<th scope="col">${m.fields[field.key]}</th>`)}<th scope="col"><span class="visually-hidden">${m.form.removeMetric}</span></th></tr></thead>
        <tbody>
          ${repeat(
            rows,
            ([metric]) => this.#keyOf(metric),
            ([metric, index]) => html`<tr class=${this.#unconfirmed.has(metric) ? 'to-confirm' : ''}>
              ${fields.map((field) => html`<td>${this.#renderField(field, [...path, index, ...field.path], getPath(metric, field.path), metric)}</td>`)}
              <td>${this.readonly ? nothing : html`<button type="button" ?disabled=${this.#inert} aria-label=${`${m.form.removeMetric}：${formatMessage(m.form.row, { n: index + 1 })}`} @click=${() => this.#removeMetric(index)}>${m.form.removeMetric}</button>`}</td>
            </tr>
            ${this.#unconfirmed.has(metric)
              ? html`<tr class="source"><td colspan=${fields.length + 1}>
                  <span class="badge">${m.form.toConfirm}</span> ${quoteWithFigure(metric, this.#importText)}
                  <button type="button" aria-label=${`${m.form.confirm}：${formatMessage(m.form.row, { n: index + 1 })}`} @click=${() => this.#confirm(metric)}>${m.form.confirm}</button>
                </td></tr>`
              : nothing}`,
          )}
        </tbody>
      </table></div>
      ${confirmAll ? html`<button type="button" id="f-confirm-all" @click=${() => this.#confirm(undefined)}>${m.form.confirmAll}</button>` : nothing}
      ${section && !this.readonly ? html`<button type="button" ?disabled=${this.#inert} @click=${() => this.#addMetric(section)}>${m.form.addMetric}</button>${this.#renderFinder(section)}` : nothing}`;
  }

  // Search the catalog by label or alias; each match is a button that adds a figure of it.
  // The count is announced (role="status"); the buttons follow the box in tab order.
  #renderFinder(section: Section): TemplateResult {
    const locale = localeOf(this.locale);
    const m = stringsOf(locale);
    const id = `find-${this.#keyOf(section)}`;
    const find = this.#finds.get(section);
    const searched = find !== undefined && find.query.trim() !== '';
    const matches = find?.matches ?? [];
    return html`<div class="finder">
      <label for=${id}>${m.form.findIndicator}</label>
      <input id=${id} type="search" autocomplete="off" aria-describedby=${`${id}-status`} .value=${live(find?.query ?? '')} ?disabled=${this.#inert}
        @input=${(event: Event) => void this.#find(section, (event.target as HTMLInputElement).value)} />
      <p class="help" id=${`${id}-status`} role="status">${find?.failed ? m.form.loadFailed : searched ? (matches.length > 0 ? formatMessage(m.form.found, { n: matches.length }) : formatMessage(m.form.foundNone, { unclassified: m.form.unclassified })) : ''}</p>
      ${matches.length > 0
        ? html`<ul class="found">${matches.map(
            ({ indicator, via, matched }) => html`<li><button type="button" ?disabled=${this.#inert} @click=${() => this.#addMetric(section, indicator.key)}>
              ${formatMessage(m.form.addFound, { label: indicator.label[locale] })}${via === 'alias' ? formatMessage(m.form.foundVia, { alias: matched }) : ''}
            </button></li>`,
          )}</ul>`
        : nothing}
    </div>`;
  }

  async #find(section: Section, query: string): Promise<void> {
    this.#finds.set(section, { query, matches: this.#finds.get(section)?.matches ?? [] });
    const importer = await loadImporter();
    // A later keystroke has already asked again.
    if (this.#finds.get(section)?.query !== query) return;
    this.#finds.set(section, importer ? { query, matches: importer.searchIndicators(this.catalog, query, { limit: 8 }) } : { query, matches: [], failed: true });
    this.requestUpdate();
  }

  #renderField(field: FormField, path: Path, value: unknown, metric?: Metric): TemplateResult {
    const m = stringsOf(localeOf(this.locale));
    const id = idOf(path);
    const error = this.#errorAt(path);
    // Help under each field, but not in the rows of a figures table (a thousand copies of one line).
    const help = metric ? undefined : field.control === 'lines' ? m.form.paragraphsHelp : Object.hasOwn(m.help, field.key) ? m.help[field.key as keyof typeof m.help] : undefined;
    const describedBy = [help ? `h-${id}` : '', error ? `e-${id}` : ''].filter(Boolean).join(' ') || nothing;
    const common = { id, invalid: error ? 'true' : nothing, describedBy, disabled: this.#inert, readonly: this.readonly };
    const input = (event: Event) => this.#onInput(path, field, event);
    const blur = () => this.#onBlur(path);
    const label = html`<label for=${id} class=${metric ? 'visually-hidden' : ''}>${m.fields[field.key]}${field.required && field.control !== 'checkbox' ? html`<span class="required">${m.form.required}</span>` : nothing}</label>`;
    let control: TemplateResult;
    if (field.key === 'metric.indicator') {
      control = this.#indicatorSelect(common, String(value ?? ''), input, blur);
    } else if (field.key === 'metric.unit' && metric && this.catalog.get(metric.indicator)) {
      const words = writtenWordsOf(this.catalog.get(metric.indicator) ?? { units: [], kind: 'count' });
      control = html`<select id=${common.id} aria-invalid=${common.invalid} aria-describedby=${common.describedBy} ?disabled=${common.disabled || common.readonly} @change=${input} @blur=${blur}>
        ${(words.includes(String(value)) ? words : [String(value), ...words]).map((word) => html`<option value=${word} ?selected=${word === value}>${word}</option>`)}
      </select>`;
    } else if (field.control === 'select') {
      const names = field.codelist ? (m[field.codelist] as Readonly<Record<string, string>>) : {};
      control = html`<select id=${common.id} aria-invalid=${common.invalid} aria-describedby=${common.describedBy} ?disabled=${common.disabled || common.readonly} @change=${input} @blur=${blur}>
        ${field.required ? nothing : html`<option value="" ?selected=${value === undefined}></option>`}
        ${(field.options ?? []).map((option) => html`<option value=${option} ?selected=${option === value}>${names[option] ?? option}</option>`)}
      </select>`;
    } else if (field.control === 'checkbox') {
      return html`<div class="field checkbox">
        <input type="checkbox" id=${id} .checked=${live(value === true)} aria-invalid=${common.invalid} aria-describedby=${common.describedBy} ?disabled=${common.disabled || common.readonly} @change=${input} @blur=${blur} />
        ${label}${this.#messages(id, help, error)}
      </div>`;
    } else if (field.control === 'lines') {
      control = html`<textarea id=${id} rows="4" .value=${live(Array.isArray(value) ? (value as string[]).join('\n\n') : '')} aria-invalid=${common.invalid} aria-describedby=${common.describedBy} ?disabled=${common.disabled} ?readonly=${common.readonly} @input=${input} @blur=${blur}></textarea>`;
    } else {
      const type = field.control === 'date' ? 'date' : field.control === 'text' ? 'text' : 'number';
      control = html`<input id=${id} type=${type} step=${field.control === 'number' ? 'any' : nothing} min=${field.min ?? nothing} max=${field.max ?? nothing}
        .value=${live(value === undefined || value === null ? '' : String(value))} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}
        ?disabled=${common.disabled} ?readonly=${common.readonly} ?required=${field.required} @input=${input} @blur=${blur} />`;
    }
    return html`<div class="field">${label}${control}${this.#messages(id, help, error)}</div>`;
  }

  #messages(id: string, help: string | undefined, error: ValidationIssue | undefined): TemplateResult {
    return html`${help ? html`<p class="help" id=${`h-${id}`}>${help}</p>` : nothing}${error ? html`<p class="error" id=${`e-${id}`}>${error.message}</p>` : nothing}`;
  }

  // The indicator picker: the catalog grouped by its statutory section, and `unclassified`.
  // A report of 1,000 figures would build 60,000 options: each picker holds only its own
  // choice until it is first focused, then the whole catalog.
  #indicatorSelect(common: { id: string; invalid: unknown; describedBy: unknown; disabled: boolean; readonly: boolean }, value: string, input: (event: Event) => void, blur: () => void): TemplateResult {
    const m = stringsOf(localeOf(this.locale));
    const locale = localeOf(this.locale);
    const open = this.#openPickers.has(common.id);
    const groups = STATUTORY_CONTENTS.map(({ kind }) => kind).concat(['judgments']);
    const chosen = this.catalog.get(value);
    return html`<select id=${common.id} aria-invalid=${common.invalid as string} aria-describedby=${common.describedBy as string} ?disabled=${common.disabled || common.readonly}
      @focus=${() => this.#openPicker(common.id)} @pointerdown=${() => this.#openPicker(common.id)} @change=${input} @blur=${blur}>
      <option value="" ?selected=${value === ''}>${m.form.chooseIndicator}</option>
      <option value="unclassified" ?selected=${value === 'unclassified'}>${m.form.unclassified}</option>
      ${open
        ? groups.map(
            (kind) => html`<optgroup label=${m.kinds[kind]}>
              ${this.catalog.indicators.filter((indicator) => indicator.section === kind).map((indicator) => html`<option value=${indicator.key} ?selected=${indicator.key === value}>${indicator.label[locale]}</option>`)}
            </optgroup>`,
          )
        : chosen
          ? html`<option value=${chosen.key} selected>${chosen.label[locale]}</option>`
          : nothing}
    </select>`;
  }

  #openPicker(id: string): void {
    if (this.#openPickers.has(id)) return;
    this.#openPickers.add(id);
    this.requestUpdate();
  }

  #keyOf(item: object): number {
    let key = this.#keys.get(item);
    if (key === undefined) {
      key = this.#nextKey++;
      this.#keys.set(item, key);
    }
    return key;
  }

  #errorAt(path: Path): ValidationIssue | undefined {
    const id = idOf(path);
    if (!this.#showSummary && !this.#touched.has(id)) return undefined;
    return this.#issues.find((issue) => issue.severity === 'error' && idOf(issue.path) === id);
  }

  // The field an issue points at, or the nearest one that exists (missing_section → the sections).
  #fieldFor(path: Path): string {
    for (let length = path.length; length > 0; length--) {
      const id = idOf(path.slice(0, length));
      if (this.renderRoot.querySelector(`#${CSS.escape(id)}`)) return id;
    }
    return idOf(['title']);
  }

  #focusField(event: Event, path: Path): void {
    // `href="#id"` cannot reach into a shadow root: focus the field from here.
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#fieldFor(path))}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  #onInput(path: Path, field: FormField, event: Event): void {
    const target = event.target as HTMLInputElement;
    let value: unknown;
    if (field.control === 'checkbox') value = target.checked;
    else if (field.control === 'lines') value = target.value.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
    else if (field.control === 'integer' || field.control === 'number') value = target.value === '' ? undefined : Number(target.value);
    else value = target.value === '' && !field.required ? undefined : target.value;
    setPath(this.#draft, path, value);
    this.#changed(path);
    // A new indicator changes the measure words offered; a section's title its legend.
    if (field.key === 'metric.indicator' || field.key === 'section.title' || field.control === 'select') this.requestUpdate();
  }

  #onBlur(path: Path): void {
    const id = idOf(path);
    this.#touched.add(id);
    this.#issues = this.#validate().issues;
    this.requestUpdate();
  }

  #changed(path: Path): void {
    this.#updateFormValue();
    this.dispatchEvent(new LawReportChangeEvent(this.#draft, path));
    if (this.draftKey) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = setTimeout(this.#saveNow, 500);
    }
  }

  #validate() {
    const profile: Profile = this.profile === 'draft' || this.profile === 'publish' ? this.profile : 'submit';
    return validateReport(this.#draft, { profile, locale: localeOf(this.locale), catalog: this.catalog, ...(this.deadlines ? { deadlines: this.deadlines } : {}) });
  }

  #updateFormValue(): void {
    const json = JSON.stringify(this.#draft);
    this.#internals.setFormValue(this.name ? json : null, json);
    if (this.required) {
      const result = this.#validate();
      const first = result.issues.find((issue) => issue.severity === 'error');
      if (first) this.#internals.setValidity({ customError: true }, first.message);
      else this.#internals.setValidity({});
    }
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const result = this.#validate();
    this.#issues = result.issues;
    this.#showSummary = true;
    this.requestUpdate();
    await this.updateComplete;
    if (!result.ok || this.#blockedByImport) {
      const first = result.issues.find((issue) => issue.severity === 'error');
      const anchor = first ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#fieldFor(first.path))}`) : null;
      const message = first?.message ?? formatMessage(stringsOf(localeOf(this.locale)).form.unconfirmed, { count: this.#unconfirmedCount });
      this.#internals.setValidity({ customError: true }, message, anchor ?? undefined);
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      this.dispatchEvent(new LawReportInvalidEvent(result.issues));
      return;
    }
    this.#internals.setValidity({});
    const submit = new LawReportSubmitEvent(structuredClone(this.#draft), result.issues);
    if (!this.dispatchEvent(submit)) return;
    if (this.endpoint) {
      await this.#send(submit.report);
      return;
    }
    this.#clearDraft();
    this.#internals.form?.requestSubmit();
  }

  // With `endpoint`, the report goes to the county's collection server (`law-report serve`):
  // its 422 issues come into the error summary, a refusal or no connection is said, and the
  // draft is kept until the server has it.
  async #send(report: Report): Promise<void> {
    const m = stringsOf(localeOf(this.locale));
    const sent = await sendReport(this.endpoint ?? '', this.token, localeOf(this.locale), report);
    if (sent.kind === 'submitted') {
      this.#serverNote = { text: formatMessage(m.form.sent, { version: sent.version }), error: false };
      this.#returned = undefined;
      this.#clearDraft();
    } else if (sent.kind === 'invalid') {
      this.#serverNote = undefined;
      this.#issues = [...sent.issues];
      this.#showSummary = true;
    } else {
      this.#serverNote = { text: sent.kind === 'offline' ? m.form.sendOffline : formatMessage(m.form.sendRefused, { message: sent.message }), error: true };
    }
    this.requestUpdate();
    await this.updateComplete;
    if (sent.kind === 'invalid') this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  // The county's reason, when it returned this unit's report on the draft's year.
  async #checkReturned(): Promise<void> {
    if (!this.endpoint || !this.token) return;
    const reason = await returnedReason(this.endpoint, this.token, localeOf(this.locale), this.#draft.year);
    if (reason !== this.#returned) {
      this.#returned = reason;
      this.requestUpdate();
    }
  }

  #addSection(sections: Section[], path: Path): void {
    sections.push({ id: freshId(this.#draft), kind: 'measures', title: '', paragraphs: [], sections: [] });
    this.#changed(path);
    this.requestUpdate();
  }

  #removeSection(sections: Section[], index: number, path: Path): void {
    const [removed] = sections.splice(index, 1);
    if (removed) {
      const gone = new Set<string>();
      const walk = (section: Section) => {
        gone.add(section.id);
        section.sections.forEach(walk);
      };
      walk(removed);
      this.#draft.metrics = this.#draft.metrics.filter((metric) => metric.sectionId === undefined || !gone.has(metric.sectionId));
    }
    this.#changed(path);
    this.requestUpdate();
  }

  #moveSection(sections: Section[], index: number, by: -1 | 1, path: Path): void {
    const target = index + by;
    const [moved] = sections.splice(index, 1);
    if (!moved) return;
    sections.splice(target, 0, moved);
    this.#changed(path);
    this.requestUpdate();
    // Keyboard users keep their place: focus the same button on the moved section.
    void this.updateComplete.then(() => {
      const legends = this.renderRoot.querySelectorAll<HTMLElement>(`#${CSS.escape(idOf([...path, target, 'kind']))}`);
      legends[0]?.focus();
    });
  }

  // A new figure row: unclassified, or of an indicator found by the search (then the search
  // is cleared and the new row's value takes focus).
  #addMetric(section: Section, indicator?: string): void {
    const definition = indicator === undefined ? undefined : this.catalog.get(indicator);
    const index = this.#draft.metrics.length;
    this.#draft.metrics.push({
      indicator: definition?.key ?? 'unclassified',
      label: definition?.label[localeOf(this.locale)] ?? '',
      value: 0,
      unit: definition?.units[0] ?? '件',
      qualifier: 'exact',
      sectionId: section.id,
    });
    this.#changed(['metrics']);
    this.requestUpdate();
    if (!definition) return;
    this.#finds.delete(section);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(idOf(['metrics', index, 'value']))}`)?.focus());
  }

  #removeMetric(index: number): void {
    this.#draft.metrics.splice(index, 1);
    this.#changed(['metrics']);
    this.requestUpdate();
  }

  // Drafts in localStorage: saved within 500 ms of a change and on pagehide; storage can throw
  // (full, private mode, blocked): then a visible warning, and the draft stays on the page.
  readonly #saveNow = (): void => {
    clearTimeout(this.#saveTimer);
    if (!this.draftKey) return;
    try {
      const draft: SavedDraft = { report: this.#draft, at: new Date().toISOString(), focus: this.#lastFocus, scroll: Math.round(window.scrollY) };
      localStorage.setItem(this.draftKey, JSON.stringify(draft));
      if (this.#storageFailed) {
        this.#storageFailed = false;
        this.requestUpdate();
      }
    } catch {
      this.#storageFailed = true;
      this.requestUpdate();
    }
  };

  #readDraft(): SavedDraft | undefined {
    try {
      const raw = this.draftKey ? localStorage.getItem(this.draftKey) : null;
      if (!raw) return undefined;
      const saved = JSON.parse(raw) as Partial<Record<keyof SavedDraft, unknown>>;
      if (typeof saved.at !== 'string' || typeof saved.report !== 'object' || saved.report === null) return undefined;
      return {
        report: draftFrom(saved.report),
        at: saved.at,
        focus: typeof saved.focus === 'string' ? saved.focus : '',
        scroll: typeof saved.scroll === 'number' ? saved.scroll : 0,
      };
    } catch {
      return undefined;
    }
  }

  #clearDraft(): void {
    try {
      if (this.draftKey) localStorage.removeItem(this.draftKey);
    } catch {
      // Nothing to clear where storage is blocked.
    }
  }

  readonly #restore = (): void => {
    const saved = this.#saved;
    if (!saved) return;
    this.#draft = draftFrom(saved.report);
    this.#saved = undefined;
    this.#updateFormValue();
    this.requestUpdate();
    // Back where the person was: the field they were in, the page scrolled as it was.
    void this.updateComplete.then(() => {
      const field = saved.focus ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(saved.focus)}`) : null;
      (field ?? this.renderRoot.querySelector<HTMLElement>('input, select, textarea'))?.focus({ preventScroll: true });
      window.scrollTo(0, saved.scroll);
    });
  };

  readonly #discard = (): void => {
    this.#saved = undefined;
    this.#clearDraft();
    this.requestUpdate();
  };

  readonly #onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.id.startsWith('f-')) this.#lastFocus = target.id;
  };

  readonly #onStorage = (event: StorageEvent): void => {
    if (this.draftKey && event.key === this.draftKey && event.newValue !== null) {
      this.#otherTab = true;
      this.requestUpdate();
    }
  };
}

/** A draft as saved under `draft-key`: the report, when, and where the person was. */
interface SavedDraft {
  readonly report: Report;
  readonly at: string;
  readonly focus: string;
  readonly scroll: number;
}

// The sentence a figure came from, the figure's own words marked in it.
function quoteWithFigure(metric: Metric, text: string): TemplateResult | typeof nothing {
  const quote = metric.source?.quote;
  if (!quote) return nothing;
  const words = metric.source ? text.slice(metric.source.start, metric.source.end) : '';
  const at = words ? quote.indexOf(words) : -1;
  if (at < 0) return html`<q>${quote}</q>`;
  return html`<q>${quote.slice(0, at)}<mark>${words}</mark>${quote.slice(at + words.length)}</q>`;
}

// A new report: the five statutory contents as sections, titled by their names.
function emptyReport(): Report {
  const m = stringsOf('zh-CN');
  return {
    schemaVersion: '1.0',
    title: '',
    year: new Date().getFullYear() - 1,
    unit: { name: '', level: 'town' },
    issuer: '',
    issuedOn: '',
    sections: STATUTORY_CONTENTS.map(({ kind }, i) => ({ id: `s${i + 1}`, kind, title: m.kinds[kind], paragraphs: [], sections: [] })),
    metrics: [],
  };
}

// The importer chunk beside the embed file (or core's import entry), loaded once it is needed;
// undefined when it cannot be loaded (offline, a file missing on the portal).
async function loadImporter(): Promise<typeof import('@law-report/core/import') | undefined> {
  try {
    return await import('@law-report/core/import');
  } catch {
    return undefined;
  }
}

// The Word converter, likewise.
async function loadDocx(): Promise<typeof import('@law-report/core/docx') | undefined> {
  try {
    return await import('@law-report/core/docx');
  } catch {
    return undefined;
  }
}

/** What the file picker offers: Word files, text, Markdown and saved pages. */
const IMPORT_FILES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.txt,.md,.html,.htm';


/**
 * A draft the form can show from any value: a copy of the report, with what a form needs to
 * stand on (the unit, the lists) filled in where the value lacks it. What is still wrong is
 * for validation to say; the form never breaks on it, and never changes the value it was given.
 */
function draftFrom(value: unknown): Report {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return emptyReport();
  let copy: Record<string, unknown>;
  try {
    // A JSON copy, not structuredClone: frameworks hand over their reactive state as a Proxy
    // (Vue's `ref`, MobX), which structuredClone refuses; a report is JSON data anyway.
    copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  } catch {
    return emptyReport();
  }
  const sections = (list: unknown, depth: number): Section[] =>
    (Array.isArray(list) ? list : []).filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null).map((item, i) => ({
      ...item,
      id: typeof item['id'] === 'string' ? item['id'] : `s${depth}-${i + 1}`,
      kind: typeof item['kind'] === 'string' ? item['kind'] : 'measures',
      title: typeof item['title'] === 'string' ? item['title'] : '',
      paragraphs: Array.isArray(item['paragraphs']) ? item['paragraphs'].filter((p): p is string => typeof p === 'string') : [],
      sections: depth < 8 ? sections(item['sections'], depth + 1) : [],
    }) as Section);
  const unit = typeof copy['unit'] === 'object' && copy['unit'] !== null ? copy['unit'] : { name: '', level: 'town' };
  const metrics = (Array.isArray(copy['metrics']) ? copy['metrics'] : []).filter((item): item is Metric => typeof item === 'object' && item !== null);
  return { ...copy, unit, sections: sections(copy['sections'], 0), metrics } as Report;
}

function freshId(report: Report): string {
  const used = new Set<string>();
  const walk = (sections: readonly Section[]) => {
    for (const section of sections) {
      used.add(section.id);
      walk(section.sections);
    }
  };
  walk(report.sections);
  let n = used.size + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

function getPath(root: unknown, path: Path): unknown {
  let at: unknown = root;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

// Sets a value at a path of the draft, making objects on the way (unit.parent); undefined deletes.
function setPath(root: unknown, path: Path, value: unknown): void {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) at[key] = {};
    at = at[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined || last === '__proto__' || last === 'constructor' || last === 'prototype') return;
  if (value !== undefined) {
    at[last] = value;
    return;
  }
  delete at[last];
  // An optional object left empty (unit.parent without a name) goes with its last field.
  const parentPath = path.slice(0, -1);
  if (parentPath.length > 1 && typeof parentPath.at(-1) === 'string' && !Array.isArray(at) && Object.keys(at).length === 0) setPath(root, parentPath, undefined);
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-form': LawReportFormElement;
  }
}
