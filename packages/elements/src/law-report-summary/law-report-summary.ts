import {
  defaultCatalog,
  formatChinaDate,
  formatMessage,
  judgedSubmission,
  writtenFigure,
  STATUTORY_CONTENTS,
  resolveDeadlines,
  submissionDelay,
  validateReport,
  type Catalog,
  type DeadlineOverrides,
  type JudgedSubmission,
  type Locale,
  type Metric,
  type Profile,
  type Report,
  type SectionKind,
  type ValidationResult,
} from '@law-report/core/model';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { LawReportInvalidEvent } from '../events/law-report-invalid-event.js';
import { resolveCatalog, type CatalogInput } from '../internal/catalog-property.js';
import { downloadFile } from '../internal/download.js';
import { localeOf, stringsReady } from '../internal/locale.js';
import { stringsOf, type Strings } from '../internal/strings.js';
import { formatParts, reportText } from '../internal/report-text.js';
import { summaryStyles } from './law-report-summary.styles.js';

// Heading tags by level, as static values: a tag name is never built from a string.
const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A read-only, print-friendly view of one report: unit, year, date of issue with an
 * on-time badge, which of the five statutory contents are present, key metrics (each with the
 * sentence it came from, when the report was imported), targets apart as 目标 (figures of the
 * plans and `scope: 'target'`), and the validation status. A qualifier is shown in the report's
 * own word (不少于6场 stays 不少于, core's `qualifierWord`). 下载 Word writes the report as a .docx
 * in the GB/T 9704 layout (the writer is loaded when first used). All text comes from core's
 * zh-CN / en messages; the element's language is on its content (`lang`), and the report's own
 * Chinese words are marked `lang="zh-CN"` in an English view. In print, the button and closed
 * 出处 disclosures are left out.
 *
 * @tag law-report-summary
 * @attr locale - `zh-CN` (default) or `en`
 * @attr profile - validation profile: `draft`, `submit` (default) or `publish`
 * @attr heading-level - the level of the report's heading, 1–5 (default 2); its sections' headings are one below. Inside a part of a page headed by an `<h3>`, set 4.
 * @prop report - the report to show (any value: it is validated, never trusted)
 * @prop deadlines - a county's deadline overrides for the on-time badge
 * @prop judged - the date a county judges the report's timeliness by (core's `judgedSubmission`), when it knows one: the badge and the validation status (a late warning) judge that date, and where it is not the 报送日期 the unit wrote, the row is named for what it is (收到日期（首次报送）) and the unit's own date is shown below it
 * @prop catalog - the indicator catalog, e.g. with a town's extensions: a `createCatalog` result, or the town's extension catalog JSON itself (the file `law-report --catalog` reads), checked; JSON that is not one is said under the heading and the built-in catalog is used
 * @fires law-report-invalid - when the report has errors; `event.issues` lists them
 * @csspart header - the heading and dates
 * @csspart download - the 下载 Word / Download .docx button
 * @csspart contents - the list of statutory contents
 * @csspart metrics - the key metrics
 * @csspart targets - the targets (目标), apart from the year's figures
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
 * @cssprop --law-color-primary - the download button
 * @cssprop --law-color-focus - the focus outline, next to the control (light, for dark backgrounds)
 * @cssprop --law-color-focus-ring - the ring around the focus outline (dark, for light backgrounds; keep it 9:1 against `--law-color-focus`)
 * @cssprop --law-color-muted - secondary text: hints and notes
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
    judged: { attribute: false },
    catalog: { attribute: false },
    locale: { reflect: true },
    profile: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare report: unknown;
  declare deadlines: DeadlineOverrides | undefined;
  declare judged: JudgedSubmission | undefined;
  declare catalog: CatalogInput;
  declare locale: string;
  declare profile: Profile;
  declare headingLevel: number;

  #result: ValidationResult | undefined;
  #downloadFailed = false;
  // The catalog in use (`catalog`, or the one built from the extension JSON it holds), and why `catalog` is not.
  #catalog: Catalog = defaultCatalog;
  #catalogProblem = '';

  constructor() {
    super();
    this.report = undefined;
    this.deadlines = undefined;
    this.judged = undefined;
    this.catalog = defaultCatalog;
    this.locale = 'zh-CN';
    this.profile = 'submit';
    this.headingLevel = 2;
  }

  /** The result of validating the current report, once rendered. */
  get validation(): ValidationResult | undefined {
    return this.#result;
  }

  // Shown in English, an element waits for the English strings of its screens before it updates,
  // so its first render is in English and `updateComplete` covers the wait.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(localeOf(this.locale));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalog') || changed.has('locale')) {
      const locale = localeOf(this.locale);
      const { catalog, problem } = resolveCatalog(this.catalog, locale, stringsOf(locale).ui.badCatalog);
      this.#catalog = catalog;
      this.#catalogProblem = problem;
    }
    if (this.report === undefined) {
      this.#result = undefined;
      return;
    }
    if (['report', 'profile', 'locale', 'deadlines', 'judged', 'catalog'].some((key) => changed.has(key))) {
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
        catalog: this.#catalog,
        ...(this.deadlines ? { deadlines: this.deadlines } : {}),
        // 校验结果 judges lateness by the day the badge judges.
        ...(this.judged ? { judged: this.judged } : {}),
      });
    } catch (error) {
      // Only bad deadline overrides (or a judged date that is no date) throw; show them rather than break the page.
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        issues: [
          {
            code: 'invalid_input',
            severity: 'error',
            path: ['deadlines'],
            message,
            messages: { 'zh-CN': message, en: message },
          },
        ],
      };
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const result = this.#result;
    if (!result) return nothing;
    const locale = localeOf(this.locale);
    const m = stringsOf(locale);
    const report = result.report;
    if (!report) {
      return html`<div part="status" role="alert" lang=${locale}>
        <p>${m.ui.invalidReport}</p>
        ${this.#issues(result)}
      </div>`;
    }
    // Clamped so the sections' headings (one below) stay within h6.
    const level = Math.min(5, Math.max(1, Math.trunc(Number(this.headingLevel)) || 2));
    const title = HEADINGS[level - 1];
    const sub = HEADINGS[level];
    const targets = targetsOf(report);
    const year = report.metrics.filter((metric) => !targets.has(metric));
    // A figure whose sentence is no longer in the text (figure-sources) is marked where it is shown.
    const stale = new Set(
      result.issues
        .filter((issue) => issue.code === 'figure_source_changed')
        .map((issue) => report.metrics[Number(issue.path[1])]),
    );
    const figures = (metrics: readonly Metric[]) =>
      html`<dl>${metrics.map((metric) => this.#metric(metric, locale, m, stale.has(metric)))}</dl>`;
    return staticHtml`<div class="summary" lang=${locale}>
      <div part="header" class="header">
        <${title} class="title">${formatParts(m.ui.summaryHeading, { unit: reportText(report.unit.name, locale), year: report.year })}</${title}>
        <p class="actions">
          <button type="button" part="download" @click=${() => this.#download(report)}>${m.ui.downloadDocx}</button>
          ${this.#downloadFailed ? html`<span role="alert">${m.form.loadFailed}</span>` : nothing}
        </p>
        ${this.#catalogProblem ? html`<p role="alert" class="note">${this.#catalogProblem}</p>` : nothing}
        <dl>
          <dt>${m.fields.issuer}</dt>
          <dd>${reportText(report.issuer, locale)}</dd>
          <dt>${m.ui.issuedOn}</dt>
          <dd>${formatChinaDate(report.issuedOn, locale)} ${this.#judgedOn(report).kind === 'issued' ? this.#timeliness(report) : nothing}</dd>
          ${this.#submission(report, m, locale)}
        </dl>
      </div>
      <section part="contents" aria-labelledby="contents-heading">
        <${sub} id="contents-heading">${m.ui.statutoryContents}</${sub}>
        <ul>
          ${STATUTORY_CONTENTS.map(({ kind }) => {
            const present = hasKind(report.sections, kind);
            return html`<li>${m.kinds[kind]}${m.ui.colon}<span class="badge ${present ? 'ok' : 'bad'}">${present ? m.ui.present : m.ui.absent}</span></li>`;
          })}
        </ul>
      </section>
      ${
        year.length > 0
          ? staticHtml`<section part="metrics" aria-labelledby="metrics-heading">
            <${sub} id="metrics-heading">${m.ui.keyMetrics}</${sub}>
            ${figures(year)}
          </section>`
          : nothing
      }
      ${
        targets.size > 0
          ? staticHtml`<section part="targets" aria-labelledby="targets-heading">
            <${sub} id="targets-heading">${m.summary.targets}</${sub}>
            <p class="note">${m.summary.targetsNote}</p>
            ${figures([...targets])}
          </section>`
          : nothing
      }
      <section part="status" aria-labelledby="status-heading">
        <${sub} id="status-heading">${m.ui.status}</${sub}>
        <p>
          <span class="badge ${result.ok ? 'ok' : 'bad'}">
            ${result.ok ? m.ui.passed : formatMessage(m.ui.failed, { errors: count(result, 'error') })}
          </span>
          ${count(result, 'warning') > 0 ? formatMessage(m.ui.warnings, { warnings: count(result, 'warning') }) : nothing}
        </p>
        ${this.#issues(result)}
      </section>
    </div>`;
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
    downloadFile(
      bytes as Uint8Array<ArrayBuffer>,
      name,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  }

  // The date judged: the county's (`judged`) when given, else core's rule for a report on its own.
  #judgedOn(report: Report): JudgedSubmission {
    return this.judged ?? judgedSubmission(report);
  }

  // 按时 or 逾期 beside the day judged, named for what it is; the unit's own 报送日期 below a county's receipt.
  #submission(report: Report, m: Strings, locale: Locale): TemplateResult | typeof nothing {
    const judged = this.#judgedOn(report);
    if (judged.kind === 'issued') return nothing;
    // Named for what it is only where it is not the day the unit wrote.
    const own = judged.on === report.submittedOn;
    const label = own ? m.ui.submittedOn : judged.kind === 'received' ? m.ui.receivedOn : m.ui.loadedOn;
    const typed =
      !own && report.submittedOn
        ? html`<dt>${m.ui.typedOn}</dt>
          <dd>${formatChinaDate(report.submittedOn, locale)}</dd>`
        : nothing;
    return html`<dt>${label}</dt>
          <dd>${formatChinaDate(judged.on, locale)} ${this.#timeliness(report)}</dd>
          ${typed}`;
  }

  #timeliness(report: Report): TemplateResult {
    const m = stringsOf(localeOf(this.locale));
    let config: ReturnType<typeof resolveDeadlines>;
    try {
      config = resolveDeadlines(this.deadlines);
    } catch {
      config = resolveDeadlines();
    }
    const late = submissionDelay({ ...report, submittedOn: this.#judgedOn(report).on }, config).days;
    return late > 0
      ? html`<span class="badge bad">${formatMessage(m.ui.late, { days: late })}</span>`
      : html`<span class="badge ok">${m.ui.onTime}</span>`;
  }

  #metric(metric: Metric, locale: Locale, m: Strings, stale: boolean): TemplateResult {
    const catalogued = this.#catalog.get(metric.indicator)?.label[locale];
    const { number, unit } = writtenFigure(metric, locale);
    const quote = metric.source?.quote;
    // The disclosure is named by its figure: a list of 22 links all called 出处 says nothing.
    const figure = `${catalogued ?? metric.label} ${formatMessage(m.ui.valueWithUnit, { value: number, unit })}`;
    return html`<dt>${catalogued ?? reportText(metric.label, locale)}</dt>
      <dd>
        <span>${formatParts(m.ui.valueWithUnit, { value: number, unit: reportText(unit, locale) })}</span>
        ${stale ? html`<span class="badge bad">${m.summary.textChanged}</span>` : nothing}
        ${
          quote
            ? html`<details>
              <summary aria-label=${formatMessage(m.summary.sourceOf, { figure })}>${m.ui.source}</summary>
              <q lang="zh-CN">${quote}</q>
            </details>`
            : nothing
        }
      </dd>`;
  }

  #issues(result: ValidationResult): TemplateResult | typeof nothing {
    if (result.issues.length === 0) return nothing;
    const m = stringsOf(localeOf(this.locale));
    return html`<ul>
      ${result.issues.map((issue) => html`<li>${m.severities[issue.severity]}${m.ui.colon}${issue.message}</li>`)}
    </ul>`;
  }
}

// The targets: figures with `scope: 'target'` and every figure in a plans section (or under one).
function targetsOf(report: Report): Set<Metric> {
  const plans = new Set<string>();
  const visit = (sections: Report['sections'], inPlans: boolean): void => {
    for (const section of sections) {
      const planned = inPlans || section.kind === 'plans';
      if (planned) plans.add(section.id);
      visit(section.sections, planned);
    }
  };
  visit(report.sections, false);
  return new Set(
    report.metrics.filter(
      (metric) => metric.scope === 'target' || (metric.sectionId !== undefined && plans.has(metric.sectionId)),
    ),
  );
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
