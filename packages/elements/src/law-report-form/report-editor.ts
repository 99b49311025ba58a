import { html, type TemplateResult } from 'lit';
import { idOf } from './form-model.js';
import type { FormView } from './form-view.js';
import { renderMetrics } from './metric-rows.js';
import { renderSections, type Removed } from './section-editor.js';

/**
 * The report's sections in the form, each with its figures, and the figures no section holds, in
 * one group after the report's own fields (own-fields.ts); its legend a heading.
 */
export function renderReportSections(view: FormView, removed: Removed | undefined): TemplateResult {
  return html`<fieldset id=${idOf(['sections'])} tabindex="-1">
    <legend><span role="heading" aria-level="2" class="legend-heading">${view.m.form.sectionsLegend}</span></legend>
    ${renderSections(view, view.draft.sections, ['sections'], removed)}
    ${renderMetrics(view, undefined, '')}
  </fieldset>`;
}
