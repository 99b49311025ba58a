import { html, type TemplateResult } from 'lit';
import type { FormView } from './form-view.js';
import type { SubmissionController } from './submission-controller.js';
import { renderHeld, renderReturned, renderUnitReports } from './unit-reports.js';

// What the form loads once it has a collection server to talk to (see server-link.ts): the
// submission, the unit's reports and their screens, and the server's client, in one file.
export { SubmissionController } from './submission-controller.js';
export { renderHeldAsk } from './held-ask.js';

/** The server's parts of the form: above it, a returned or held report; below, the unit's reports. */
export function renderServer(
  view: FormView,
  server: SubmissionController,
): { readonly top: TemplateResult; readonly list: ReturnType<typeof renderUnitReports> } {
  return {
    top: html`${renderReturned(view, server)}${renderHeld(view, server)}`,
    list: renderUnitReports(view, server),
  };
}
