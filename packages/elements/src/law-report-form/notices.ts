import { formatChinaDateTime, formatMessage, type ValidationIssue } from '@law-report/core/model';
import { withoutEndStop } from './without-end-stop.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { ListedIssue } from './checks-controller.js';
import type { DraftController, DraftTarget, SavedDraft } from './draft-controller.js';
import { placeInSection, type Path } from './form-model.js';
import { metricName } from './metric-name.js';
import type { ReturnedChoice } from './server-link.js';
import type { FormView } from './form-view.js';
import { renderToConfirm, type ToConfirm } from './to-confirm.js';

/**
 * 发现2025年1月20日 10:32保存的未提交草稿：《…》: which report, the time in China, with 恢复草稿 and
 * 放弃, which put the draft `drafts` offers back `into` the form, or forget it. When the county has
 * returned that year's report (`returned`), the question is which of the two to go on with: 恢复草稿
 * or the returned version, nothing discarded (the draft stays offered while the returned one is in
 * the form; the returned one can be loaded over the draft later). A draft not taken up when the
 * person went on with another version is kept (`drafts.offered`) and offered beside the latest,
 * at most two besides the latest, each button named by which it restores (最近的, 较早的, 最早的) and, for
 * the earlier ones, by the draft's title and when it was saved (two saved in one minute read alike).
 */
export function renderRestore(
  view: FormView,
  drafts: DraftController,
  into: DraftTarget,
  returned?: ReturnedChoice,
): TemplateResult | typeof nothing {
  const [saved, ...others] = drafts.offered;
  if (!saved) return nothing;
  const { m, locale } = view;
  const when = (draft: SavedDraft) => formatChinaDateTime(draft.at, locale);
  const labelledBy = [
    'restore-prompt',
    returned ? 'restore-returned' : '',
    ...others.map((_, i) => `restore-other-${i}`),
  ];
  return html`<div class="restore" role="group" aria-labelledby=${labelledBy.filter(Boolean).join(' ')} id="restore" tabindex="-1">
    <p id="restore-prompt">${formatMessage(m.form.restorePrompt, { when: when(saved), what: whatDraft(saved, m.form.draftOfYear) })}</p>
    ${returned ? html`<p id="restore-returned">${formatMessage(m.form.restoreOrReturned, { year: returned.year, version: returned.version, reason: withoutEndStop(returned.reason) })}</p>` : nothing}
    ${others.map((other, i) => html`<p id=${`restore-other-${i}`}>${formatMessage(m.form.restoreOther, { when: when(other), what: whatDraft(other, m.form.draftOfYear) })}</p>`)}
    <button part="button" type="button" @click=${() => drafts.restore(into)}>${others.length > 0 ? m.form.restoreLatest : m.form.restore}</button>
    ${others.map((other, i) => html`<button part="button" type="button" @click=${() => drafts.restore(into, i + 1)}>${formatMessage(i === 0 ? m.form.restoreEarlier : m.form.restoreEarliest, { when: when(other), what: whatDraft(other, m.form.draftOfYear) })}</button>`)}
    ${
      returned
        ? html`<button part="button" type="button" @click=${returned.load}>${formatMessage(m.form.loadReturned, { version: returned.version })}</button>`
        : html`<button part="button" type="button" @click=${() => drafts.discard(into)}>${others.length > 0 ? m.form.discardLatest : m.form.discard}</button>`
    }
  </div>`;
}

// A draft named by its title, else by its year, so a person knows which report it is.
function whatDraft(saved: SavedDraft, ofYear: string): string {
  const title = typeof saved.report.title === 'string' ? saved.report.title.trim() : '';
  return title ? `《${title}》` : formatMessage(ofYear, { year: String(saved.report.year) });
}

/** What the error summary lists and how its links reach their fields. */
export interface SummaryContent {
  /** The errors, each said mended (`fixed`) once it is, in its line until the next 提交 (see `ChecksController.listed`). */
  readonly errors: readonly ListedIssue[];
  /** What to check besides (the report may go with it): listed under the errors while there are any. */
  readonly warnings?: readonly ListedIssue[];
  /** Why the server did not take the report (a refusal, no connection). */
  readonly refusal: string | undefined;
  /** Imported figures and guessed values still to confirm (0: none, or a draft may keep them). */
  readonly toConfirm: number;
  /** Which they are, in the order of the page, each named by a link to its field (`followTo`). */
  readonly toConfirmItems?: readonly ToConfirm[];
  /** Focuses what `selector` finds (a guessed field, a figure's 确认). */
  readonly followTo?: (event: Event, selector: string) => void;
  /** An import waits for its question (替换全部 / 只填空白项 / 取消): nothing was sent. */
  readonly importWaiting?: boolean;
  readonly href: (path: Path) => string;
  readonly follow: (event: Event, path: Path) => void;
}

/**
 * The error summary, GOV.UK style: an alert named by its heading that takes focus (focused, it is
 * read even where a screen reader misses the alert's own announcement), one link per problem that
 * focuses its field from script (`href="#id"` cannot reach into a shadow root).
 */
export function renderErrorSummary(view: FormView, content: SummaryContent): TemplateResult | typeof nothing {
  const { errors, refusal, toConfirm, importWaiting } = content;
  const warnings = content.warnings ?? [];
  if (errors.length === 0 && !refusal && toConfirm === 0 && !importWaiting) return nothing;
  const { m } = view;
  const link = (path: Path, text: string, after?: string) =>
    renderLink(path, text, content.href, content.follow, after);
  const line = ({ issue, fixed }: ListedIssue) =>
    link(issue.path, issueText(view, issue), fixed ? m.form.fixedInSummary : undefined);
  return html`<div class="summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <h2 id="summary-title">${refusal || importWaiting ? m.form.notSent : m.form.errorSummary}</h2>
    <ul>
      ${refusal ? html`<li>${refusal}</li>` : nothing}
      ${importWaiting ? link(['import-choice'], m.form.importWaiting) : nothing}
      ${errors.map(line)}
      ${
        toConfirm === 0
          ? nothing
          : content.toConfirmItems?.length && content.followTo
            ? renderToConfirm(view.locale, toConfirm, content.toConfirmItems, content.followTo)
            : link(['confirm-all'], formatMessage(m.form.unconfirmed, { count: toConfirm }))
      }
    </ul>
    ${
      // With errors to mend or values to confirm, what to check besides is in the same list of links, so one pass
      // covers both (a title naming 2026 over a year typed 2062 was found only at its field; a heading naming the
      // wrong year, imported, only once its values were confirmed).
      (errors.length > 0 || toConfirm > 0 || importWaiting) && warnings.length > 0
        ? html`<h3 id="summary-check">${m.form.alsoCheck}</h3><ul class="check" aria-labelledby="summary-check">${warnings.map(line)}</ul>`
        : nothing
    }
  </div>`;
}

/**
 * One line of a list of problems: a link to the field at `path` that focuses it from script (`href="#id"`
 * cannot reach into a shadow root); the error summary's lines and 检查报告's warnings. `after`: words after
 * the link (（已改正）), the line then marked mended.
 */
export function renderLink(
  path: Path,
  text: string,
  href: (path: Path) => string,
  follow: (event: Event, path: Path) => void,
  after?: string,
): TemplateResult {
  return html`<li class=${after === undefined ? nothing : 'fixed'}><a href=${href(path)} @click=${(event: Event) => follow(event, path)}>${text}</a>${after ?? nothing}</li>`;
}

/**
 * An issue as a link says it, in the form's language (an issue listed before the language changed too): a
 * figure's names the figure (召开党委会（2次）：数值…), so two links never read the same.
 */
export function issueText(view: FormView, issue: ValidationIssue): string {
  const message = issue.messages?.[view.locale] ?? issue.message;
  const [head, index] = issue.path;
  const metric = head === 'metrics' && typeof index === 'number' ? view.draft.metrics[index] : undefined;
  if (!metric) return message;
  return `${metricName(metric, view.catalog, view.locale, placeInSection(view.draft.metrics, index as number))}${view.m.ui.colon}${message}`;
}

/**
 * What the person must know at once (a draft that cannot be saved, a catalog that is not one) and,
 * politely, another window editing the same draft: live regions always in the page, so each is heard.
 */
export function renderWarnings(
  view: FormView,
  storageFailed: boolean,
  catalogProblem: string,
  otherWindow: boolean,
): TemplateResult {
  const { m } = view;
  return html`<div role="alert" class="live">${storageFailed ? html`<p class="warning">${m.form.storageFailed}</p>` : nothing}${catalogProblem ? html`<p class="warning" id="catalog-problem">${catalogProblem}</p>` : nothing}</div>
      <div role="status" class="live">${otherWindow ? html`<p class="warning">${m.form.otherTab}</p>` : nothing}</div>`;
}
