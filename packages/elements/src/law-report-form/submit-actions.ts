import { formatMessage, type ValidationIssue } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChecksController } from './checks-controller.js';
import type { CheckResult } from './form-control-controller.js';
import type { FocusController } from './focus-controller.js';
import type { FormView } from './form-view.js';
import { issueText, renderErrorSummary, renderLink } from './notices.js';
import type { ServerLink } from './server-link.js';
import { toConfirmList } from './to-confirm.js';

/**
 * The error summary once the person submitted: the errors found, why the server did not take the
 * report, how many imported values are still to confirm (`toConfirm`, 0 when they do not stop it), and
 * an import whose question stopped the last 提交 (`importWaiting`, until it is answered).
 */
export function renderSummary(
  view: FormView,
  checks: ChecksController,
  server: ServerLink,
  toConfirm: number,
  focus: FocusController,
  importWaiting = false,
): TemplateResult | typeof nothing {
  if (!checks.shown) return nothing;
  const outcome = server.outcome;
  return renderErrorSummary(view, {
    errors: checks.listed('error'),
    warnings: checks.listed('warning'),
    refusal: outcome && !outcome.ok && 'text' in outcome ? outcome.text : undefined,
    toConfirm,
    // Each named: its guessed field, or its figure's 确认 (not the button that confirms them all).
    toConfirmItems: toConfirm > 0 ? toConfirmList(view.draft, view.catalog, view.locale, view.imports) : [],
    followTo: (event, selector) => focus.followTo(event, selector),
    importWaiting,
    href: (path) => `#${focus.fieldFor(path)}`,
    // 还有 N 项导入的内容待核对, where none can be named, leads to the first of them, not to the button that
    // confirms them all; an import waiting for its answer, to its question.
    follow: (event, path) =>
      path[0] === 'confirm-all'
        ? focus.followTo(event, view.imports.firstToCheck())
        : path[0] === 'import-choice'
          ? focus.followTo(event, '#import-choice')
          : focus.follow(event, path),
  });
}

/** What the buttons' line shows of a 检查报告: what it found, and the links to the fields of its warnings. */
export interface CheckedView {
  /** What the last 检查报告 found (see `FormControlController.checked`). */
  readonly checked: CheckResult | undefined;
  /** Its warnings, as the checks say them now (in the form's language). */
  readonly warnings: readonly ValidationIssue[];
  readonly check: () => void;
  readonly focus: FocusController;
}

/**
 * 检查报告 and 提交, with what the last check found or what became of the last submission beside
 * them, the question before a new version of a year the county holds is sent, and the county's
 * warnings below.
 */
export function renderActions(view: FormView, server: ServerLink, checking: CheckedView): TemplateResult {
  const { m } = view;
  const outcome = server.outcome;
  return html`<div class="actions" part="actions">
          ${view.readonly ? nothing : html`<button part="button check" type="button" ?disabled=${view.inert || server.busy} @click=${checking.check}>${m.form.check}</button>`}
          <button part="button submit" type="submit" ?disabled=${view.inert || server.busy}>${m.form.submit}</button>
          <p class="sent" id="sent" role="status" tabindex="-1">${outcome?.ok ? outcome.text : ''}</p>
        </div>
        <div class="checked" id="checked" role="status" tabindex="-1">${renderChecked(view, checking)}</div>
        ${server.renderAsk(view)}
        ${
          outcome?.ok && outcome.warnings.length > 0
            ? html`<div class="sent-warnings" role="group" aria-labelledby="sent-warnings"><p id="sent-warnings">${m.form.sentWarnings}</p><ul>${outcome.warnings.map((issue) => html`<li>${issue.message}</li>`)}</ul></div>`
            : nothing
        }`;
}

// What 检查报告 found: nothing to correct (and whether 提交 would send it), its warnings as links to their fields
// named as the error summary names them, or that the checks could not be loaded.
function renderChecked(view: FormView, checking: CheckedView): TemplateResult | typeof nothing {
  const { m } = view;
  const { checked, warnings, focus } = checking;
  if (!checked) return nothing;
  if ('failed' in checked) return html`<p class="error">${m.form.checkFailed}</p>`;
  return html`<p>${checked.sends ? m.form.checkedOk : m.form.checkedClean}${
    warnings.length > 0 ? formatMessage(m.form.checkedWarnings, { count: warnings.length }) : ''
  }</p>${
    warnings.length > 0
      ? html`<ul>${warnings.map((issue) =>
          renderLink(
            issue.path,
            issueText(view, issue),
            (path) => `#${focus.fieldFor(path)}`,
            (event, path) => focus.follow(event, path),
          ),
        )}</ul>`
      : nothing
  }`;
}
