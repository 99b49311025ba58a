import { reportFormFields } from '@law-report/core/model';
import { html, type TemplateResult } from 'lit';
import { renderField } from './field.js';
import { getPath } from './form-model.js';
import type { FieldView } from './form-view.js';

/**
 * The report's own fields (title, unit, year, 落款…) in one group, its legend a heading: what the
 * form's first render draws. One template whatever follows it, so the fields a clerk has started on
 * stay the same elements (focus, selection) when the sections arrive.
 */
export function renderOwnFields(view: FieldView): TemplateResult {
  const { m, draft } = view;
  return html`<fieldset>
    <legend><span role="heading" aria-level="2" class="legend-heading">${m.form.reportFields}</span></legend>
    ${reportFormFields.report.map((field) => renderField(view, field, field.path, getPath(draft, field.path)))}
  </fieldset>`;
}
