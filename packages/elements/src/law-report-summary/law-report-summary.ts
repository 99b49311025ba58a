import {
  defaultCatalog,
  formatMessage,
  formatQualified,
  STATUTORY_CONTENTS,
  resolveDeadlines,
  submissionDelay,
  validateReport,
  type Catalog,
  type DeadlineOverrides,
  type Metric,
  type Profile,
  type Report,
  type SectionKind,
  type ValidationResult,
} from '@law-report/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LawReportInvalidEvent } from '../events/law-report-invalid-event.js';
import { downloadFile } from '../internal/download.js';
import { localeOf, stringsOf } from '../internal/locale.js';
import { summaryStyles } from './law-report-summary.styles.js';


/**
 * A read-only, print-friendly view of one report: unit, year, date of issue with an
 * on-time badge, which of the five statutory contents are present, key metrics (each with the
 * sentence it came from, when the report was imported), and the validation status. 下载 Word
 * writes the report as a .docx in the GB/T 9704 layout (the writer is loaded when first used).
 * All text comes from core's zh-CN / en messages.
 *
 * @tag law-report-summary
 * @attr locale - `zh-CN` (default) or `en`
 * @attr profile - validation profile: `draft`, `submit` (default) or `publish`
 * @prop report - the report to show (any value: it is validated, never trusted)
 * @prop deadlines - a county's deadline overrides for the on-time badge
 * @prop catalog - the indicator catalog, e.g. with a town's extensions
 * @fires law-report-invalid - when the report has errors; `event.issues` lists them
 * @csspart header - the heading and dates
 * @csspart download - the 下载 Word / Download .docx button
 * @csspart contents - the list of statutory contents
 * @csspart metrics - the key metrics
 * @csspart status - the validation status and issues
 * @cssprop --law-color-text - text colour
 * @cssprop --law-color-surface - background
 * @cssprop --law-color-border - the frame
 * @cssprop --law-radius - corner radius
 * @cssprop --law-space - spacing unit
 * @cssprop --law-font-family - font stack
 * @cssprop --law-color-ok - text of good badges
 * @cssprop --law-color-ok-surface - background of good badges
 * @cssprop --law-color-error - text of bad badges
 * @cssprop --law-color-error-surface - background of bad badges
 *
 * @example
 * <law-report-summary locale="en"></law-report-summary>
 * <script type="module">document.querySelector('law-report-summary').report = report;</script>
 */
export class LawReportSummaryElement extends LitElement {
  static override styles = summaryStyles;

  static override properties = {
    report: { attribute: false },
    deadlines: { attribute: false },
    catalog: { attribute: false },
    locale: { reflect: true },
    profile: {},
  };

  declare report: unknown;
  declare deadlines: DeadlineOverrides | undefined;
  declare catalog: Catalog;
  declare locale: string;
  declare profile: Profile;

  #result: ValidationResult | undefined;
  #downloadFailed = false;

  constructor() {
    super();
    this.report = undefined;
    this.deadlines = undefined;
    this.catalog = defaultCatalog;
    this.locale = 'zh-CN';
    this.profile = 'submit';
  }

  /** The result of validating the current report, once rendered. */
  get validation(): ValidationResult | undefined {
    return this.#result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.report === undefined) {
      this.#result = undefined;
      return;
    }
    if (['report', 'profile', 'locale', 'deadlines', 'catalog'].some((key) => changed.has(key))) {
      this.#result = this.#validate();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('report') && this.#result && !this.#result.ok) {
      this.dispatchEvent(new LawReportInvalidEvent(this.#result.issues));
    }
  }

  #validate(): ValidationResult {
    const profile: Profile = this.profile === 'draft' || this.profile === 'publish' ? this.profile : 'submit';
    try {
      return validateReport(this.report, {
        profile,
        locale: localeOf(this.locale),
        catalog: this.catalog,
        ...(this.deadlines ? { deadlines: this.deadlines } : {}),
      });
    } catch (error) {
      // Only bad deadline overrides throw; show them rather than break the page.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [{ code: 'invalid_input', severity: 'error', path: ['deadlines'], message, messages: { 'zh-CN': message, en: message } }] };
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const result = this.#result;
    if (!result) return nothing;
    const m = stringsOf(localeOf(this.locale));
    const report = result.report;
    if (!report) {
      return html`<div part="status" role="alert">
        <p>${m.ui.invalidReport}</p>
        ${this.#issues(result)}
      </div>`;
    }
    return html`
      <header part="header">
        <h2>${formatMessage(m.ui.summaryHeading, { unit: report.unit.name, year: report.year })}</h2>
        <p class="actions">
          <button type="button" part="download" @click=${() => this.#download(report)}>${m.ui.downloadDocx}</button>
          ${this.#downloadFailed ? html`<span role="alert">${m.form.loadFailed}</span>` : nothing}
        </p>
        <dl>
          <dt>${m.fields.issuer}</dt>
          <dd>${report.issuer}</dd>
          <dt>${m.ui.issuedOn}</dt>
          <dd>${report.issuedOn} ${this.#timeliness(report)}</dd>
        </dl>
      </header>
      <section part="contents" aria-labelledby="contents-heading">
        <h3 id="contents-heading">${m.ui.statutoryContents}</h3>
        <ul>
          ${STATUTORY_CONTENTS.map(({ kind }) => {
            const present = hasKind(report.sections, kind);
            return html`<li>${m.kinds[kind]}：<span class="badge ${present ? 'ok' : 'bad'}">${present ? m.ui.present : m.ui.absent}</span></li>`;
          })}
        </ul>
      </section>
      ${report.metrics.length > 0
        ? html`<section part="metrics" aria-labelledby="metrics-heading">
            <h3 id="metrics-heading">${m.ui.keyMetrics}</h3>
            <dl>${report.metrics.map((metric) => this.#metric(metric))}</dl>
          </section>`
        : nothing}
      <section part="status" aria-labelledby="status-heading">
        <h3 id="status-heading">${m.ui.status}</h3>
        <p>
          <span class="badge ${result.ok ? 'ok' : 'bad'}">
            ${result.ok ? m.ui.passed : formatMessage(m.ui.failed, { errors: count(result, 'error') })}
          </span>
          ${count(result, 'warning') > 0 ? formatMessage(m.ui.warnings, { warnings: count(result, 'warning') }) : nothing}
        </p>
        ${this.#issues(result)}
      </section>
    `;
  }

  // 下载 Word: the writer is loaded only now, from a file beside the embed file.
  async #download(report: Report): Promise<void> {
    let bytes: Uint8Array;
    try {
      const { renderDocx } = await import('@law-report/core/docx');
      bytes = await renderDocx(report);
    } catch {
      this.#downloadFailed = true;
      this.requestUpdate();
      return;
    }
    this.#downloadFailed = false;
    this.requestUpdate();
    const name = `${formatMessage(stringsOf('zh-CN').ui.summaryHeading, { unit: report.unit.name, year: report.year })}.docx`;
    downloadFile(bytes as Uint8Array<ArrayBuffer>, name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  }

  #timeliness(report: Report): TemplateResult {
    const m = stringsOf(localeOf(this.locale));
    let config;
    try {
      config = resolveDeadlines(this.deadlines);
    } catch {
      config = resolveDeadlines();
    }
    const late = submissionDelay(report, config).days;
    return late > 0
      ? html`<span class="badge bad">${formatMessage(m.ui.late, { days: late })}</span>`
      : html`<span class="badge ok">${m.ui.onTime}</span>`;
  }

  #metric(metric: Metric): TemplateResult {
    const locale = localeOf(this.locale);
    const m = stringsOf(locale);
    const label = this.catalog.get(metric.indicator)?.label[locale] ?? metric.label;
    const value = formatQualified(metric.value, metric.qualifier, locale);
    const quote = metric.source?.quote;
    return html`<dt>${label}</dt>
      <dd>
        <span>${formatMessage(m.ui.valueWithUnit, { value, unit: metric.unit })}</span>
        ${quote ? html`<details><summary>${m.ui.source}</summary><q>${quote}</q></details>` : nothing}
      </dd>`;
  }

  #issues(result: ValidationResult): TemplateResult | typeof nothing {
    if (result.issues.length === 0) return nothing;
    const m = stringsOf(localeOf(this.locale));
    return html`<ul>
      ${result.issues.map((issue) => html`<li>${m.severities[issue.severity]}：${issue.message}</li>`)}
    </ul>`;
  }
}

function hasKind(sections: Report['sections'], kind: SectionKind): boolean {
  return sections.some((section) => section.kind === kind || hasKind(section.sections, kind));
}

function count(result: ValidationResult, severity: 'error' | 'warning'): number {
  return result.issues.filter((issue) => issue.severity === severity).length;
}

declare global {
  interface HTMLElementTagNameMap {
    'law-report-summary': LawReportSummaryElement;
  }
}
