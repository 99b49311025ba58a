import { reportFormFields } from '@law-report/core/model';
import { html, type TemplateResult } from 'lit';
import { getPath, idOf } from './form-model.js';
import type { FormView } from './form-view.js';
import { renderField } from './field.js';
import { renderMetrics } from './metric-rows.js';
import { renderSections, type Removed } from './section-editor.js';

/**
 * The report in the form: its own fields (title, unit, year, 落款…) in one group, then its
 * sections, each with its figures, and the figures no section holds; each group's legend a heading.
 * Without `whole` (the first render, see top-first-controller.ts) the report's own fields only.
 */
export function renderReport(view: FormView, removed: Removed | undefined, whole: boolean): TemplateResult {
  const { m, draft } = view;
  const own = html`<fieldset>
          <legend><span role="heading" aria-level="2" class="legend-heading">${m.form.reportFields}</span></legend>
          ${reportFormFields.report.map((field) => renderField(view, field, field.path, getPath(draft, field.path)))}
        </fieldset>`;
  if (!whole) return own;
  return html`${own}
        <fieldset id=${idOf(['sections'])} tabindex="-1">
          <legend><span role="heading" aria-level="2" class="legend-heading">${m.form.sectionsLegend}</span></legend>
          ${renderSections(view, draft.sections, ['sections'], removed)}
          ${renderMetrics(view, undefined, '')}
        </fieldset>`;
}
