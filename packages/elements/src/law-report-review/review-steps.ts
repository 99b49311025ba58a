import { formatMessage, type Locale, type ValidationIssue } from '@law-report/core/model';
import { deskMessages } from '@law-report/core/review';
import { html, nothing, type TemplateResult } from 'lit';
import { stringsOf } from '../internal/strings.js';
import type { ReviewAction, ReviewedReport } from '../internal/review-client.js';

// The review steps of the report open: the buttons the server allows now (from its table of
// transitions), a reason box where one may be given, the confirmation of 保密审查 for 备案 and 公开
// (one rule on the server: it stands for the unit's own mark), and a refusal for what the report
// lacks. A template of the desk's state; its controller keeps it (steps-controller.ts).

/** The steps that take the reviewer's confirmation of 保密审查 (the server's `confirms`); 公开 always needs it. */
export const CONFIRMING: readonly ReviewAction[] = ['file', 'publish'];

/**
 * The steps that tell the unit why (退回, 撤销公开): their reason is required and sent. The box is theirs
 * alone: what it holds is never sent with 备案 or 公开 (a reviewer's “abc”, typed and left, was kept as the
 * reason of a 备案 in the history).
 */
export const REASONED: readonly ReviewAction[] = ['return', 'unpublish'];

// Whether the unit marked 保密审查 done in the report itself.
const markedReviewed = (report: unknown): boolean =>
  typeof report === 'object' &&
  report !== null &&
  (report as { confidentialityReviewed?: unknown }).confidentialityReviewed === true;

/** A step the server refused for what the report lacks (备案, 公开), with the problems it named. */
export interface Refused {
  readonly action: ReviewAction;
  /** What the unit must mend and send again. */
  readonly issues: readonly ValidationIssue[];
  /** 保密审查 not marked done besides: the reviewer's confirmation answers it, not the unit. */
  readonly confirmable: boolean;
}

/** What the steps show and call. */
export interface StepsView {
  readonly locale: Locale;
  readonly open: ReviewedReport;
  /** The step pressed without the reason it needs. */
  readonly reasonMissing: ReviewAction | undefined;
  /** 公开 pressed without the confirmation of 保密审查, or 备案 of a report not marked 保密审查 done. */
  readonly confirmMissing: boolean;
  readonly refused: Refused | undefined;
  /** A step is on its way to the server. */
  readonly busy: boolean;
  readonly act: (open: ReviewedReport, action: ReviewAction) => void;
  /** The confirmation of 保密审查 was ticked. */
  readonly confirmed: () => void;
}

/** The steps the server allows now, with a reason box where one may be given, and any refusal below them. */
export function renderSteps(view: StepsView): TemplateResult | typeof nothing {
  const { locale, open, reasonMissing, confirmMissing } = view;
  if (open.actions.length === 0) return nothing;
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  const needsReason = open.actions.some((action) => action === 'return' || action === 'unpublish');
  // 备案 and 公开 are never allowed together: the confirmation is worded for the one shown. 备案 asks for it only of
  // a report not marked 保密审查 done (a trial saw the box, worded for such a report, over one the town had marked).
  const confirming = open.actions.find(
    (action) => action === 'publish' || (CONFIRMING.includes(action) && !markedReviewed(open.report)),
  );
  const confirm =
    confirming === 'file'
      ? {
          label: d.confirmConfidentialityFile,
          help: d.confirmConfidentialityFileHelp,
          missing: d.confirmConfidentialityFileMissing,
        }
      : {
          label: d.confirmConfidentiality,
          help: d.confirmConfidentialityHelp,
          missing: d.confirmConfidentialityMissing,
        };
  // Focusable by the link back from the report's text (`#actions`).
  return html`<div class="actions" id="actions" role="group" tabindex="-1" aria-label=${d.actions}>
      ${
        needsReason
          ? html`<label for="reason">${d.reason}</label>
            <p class="help" id="reason-help">${d.reasonHelp}</p>
            ${reasonMissing ? html`<p class="problem" id="reason-error">${formatMessage(d.reasonMissing, { action: m.reviewActions[reasonMissing] })}</p>` : nothing}
            <textarea id="reason" rows="3" aria-describedby=${reasonMissing ? 'reason-help reason-error' : 'reason-help'} aria-invalid=${reasonMissing ? 'true' : 'false'}></textarea>`
          : nothing
      }
      ${
        confirming
          ? html`<div class="confirm">
            <input type="checkbox" id="confidentiality" aria-describedby=${confirmMissing ? 'confidentiality-help confidentiality-error' : 'confidentiality-help'} aria-invalid=${confirmMissing ? 'true' : 'false'}
              @change=${(event: Event) => {
                if ((event.target as HTMLInputElement).checked) view.confirmed();
              }} />
            <label for="confidentiality">${confirm.label}</label>
            <p class="help" id="confidentiality-help">${confirm.help}</p>
            ${confirmMissing ? html`<p class="problem" id="confidentiality-error">${confirm.missing}</p>` : nothing}
          </div>`
          : nothing
      }
      ${
        // Busy, the buttons say so but stay focusable: a disabled button would drop focus to the page's <body>.
        html`<div class="buttons">${open.actions.map((action) => html`<button type="button" class=${`act-${action}`} aria-disabled=${view.busy ? 'true' : 'false'} @click=${() => view.act(open, action)}>${m.reviewActions[action]}</button>`)}</div>`
      }
    </div>
    ${renderRefused(view.refused, locale)}`;
}

// A step refused for what the report lacks, as an error summary of its own below the buttons: named by its
// first sentence, focused, each problem in words.
function renderRefused(refused: Refused | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!refused) return nothing;
  const m = stringsOf(locale);
  const d = deskMessages[locale];
  return html`<div class="refused" id="refused" role="alert" tabindex="-1" aria-labelledby="refused-heading">
      <p id="refused-heading">${formatMessage(d.refusedHeading, { action: m.reviewActions[refused.action], count: refused.issues.length })}</p>
      <ul class="issues">${refused.issues.map((issue) => html`<li class="error">${issue.messages?.[locale] ?? issue.message}</li>`)}</ul>
      ${refused.confirmable ? html`<p>${d.refusedConfirmable}</p>` : nothing}
    </div>`;
}
