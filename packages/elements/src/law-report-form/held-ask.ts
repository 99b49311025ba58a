import { formatMessage } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormView } from './form-view.js';
import type { SubmissionController } from './submission-controller.js';

/**
 * Beside 提交, before a new version of a year the county holds is sent over another version than
 * its latest: which report the county has and what 提交 makes of it, with 仍然提交（第 N 版）, which
 * submits again, and 取消, which sends nothing. A group named by the question, focused when it comes.
 */
export function renderHeldAsk(view: FormView, server: SubmissionController): TemplateResult | typeof nothing {
  const held = server.asking;
  if (!held) return nothing;
  const { m } = view;
  const next = held.version + 1;
  return html`<div class="import-ask held-ask" role="group" aria-labelledby="held-ask-text" id="held-ask" tabindex="-1">
    <p id="held-ask-text">${formatMessage(m.form.heldAsk, { year: held.year, version: held.version, status: m.review[held.status], next })}</p>
    <button part="button" type="button" ?disabled=${view.inert || server.busy} @click=${(event: Event) => agree(server, event)}>${formatMessage(m.form.heldAskConfirm, { next })}</button>
    <button part="button" type="button" ?disabled=${view.inert || server.busy} @click=${() => server.decline()}>${m.form.importCancel}</button>
  </div>`;
}

// 仍然提交: agreed, then 提交 again as the button would (the checks run on what the form holds now).
function agree(server: SubmissionController, event: Event): void {
  const asked = server.asking;
  if (!asked) return;
  server.agree(asked);
  (event.currentTarget as HTMLButtonElement).form?.requestSubmit();
}
