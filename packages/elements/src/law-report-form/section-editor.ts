import { formatMessage, reportFormFields, type FormField, type Section } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatParts, reportText } from '../internal/report-text.js';
import { getPath, idOf, type Path } from './form-model.js';
import type { FormView } from './form-view.js';
import { renderField } from './field.js';
import { renderMetrics } from './metric-rows.js';

/** A section deleted a moment ago, shown where it was with a button that puts it back. */
export interface Removed {
  readonly list: Section[];
  readonly index: number;
  readonly title: string;
  readonly undo: () => void;
}

/**
 * The sections of a report as nested fieldsets, each legend a heading (h3 for the top level,
 * one lower for each level down), its buttons beside the legend and named by the section
 * (上移章节「…」), its fields, its figures and its sub-sections. A section just deleted leaves
 * a line with 撤销删除 in its place.
 */
export function renderSections(
  view: FormView,
  sections: Section[],
  path: Path,
  removed: Removed | undefined,
  depth = 0,
): TemplateResult {
  const { m } = view;
  const undoAt = removed?.list === sections ? removed.index : -1;
  const level = Math.min(6, 3 + depth);
  return html`
    ${repeat(
      sections,
      (section) => view.keys.of(section),
      (section, index) => {
        const at = [...path, index];
        // A section without a title is named by its kind where that names it (导语), else as untitled.
        const title = section.title.trim() || (section.kind === 'preamble' ? m.kinds.preamble : m.form.untitled);
        return html`${index === undoAt && removed ? renderUndo(view, removed) : nothing}<fieldset part="section" class="section" id=${idOf([...at, 'group'])} tabindex="-1">
          <legend><span role="heading" aria-level=${level} class="legend-heading">${formatParts(m.form.sectionLegend, { title: reportText(title, view.locale) })}</span></legend>
          ${
            view.readonly
              ? nothing
              : html`<div class="section-actions">
                <button part="button" type="button" class="move-up" ?disabled=${view.inert || index === 0} aria-label=${formatMessage(m.form.moveUpNamed, { title })} @click=${() => view.editor.moveSection(sections, index, -1, path)}>${m.form.moveUp}</button>
                <button part="button" type="button" class="move-down" ?disabled=${view.inert || index === sections.length - 1} aria-label=${formatMessage(m.form.moveDownNamed, { title })} @click=${() => view.editor.moveSection(sections, index, 1, path)}>${m.form.moveDown}</button>
                <button part="button" type="button" class="remove-section" ?disabled=${view.inert} aria-label=${formatMessage(m.form.removeSectionNamed, { title })} @click=${() => view.editor.removeSection(sections, index, path)}>${m.form.removeSection}</button>
              </div>`
          }
          ${reportFormFields.section.map((field) => renderField(view, untitledPreamble(section, field), [...at, ...field.path], getPath(section, field.path), undefined, kindNote(view, section, field)))}
          ${renderMetrics(view, section, title)}
          ${section.sections.length > 0 || removed?.list === section.sections ? renderSections(view, section.sections, [...at, 'sections'], removed, depth + 1) : nothing}
          ${
            view.readonly
              ? nothing
              : html`<button part="button" type="button" class="add-subsection" ?disabled=${view.inert} aria-label=${formatMessage(m.form.addSubsectionNamed, { title })} @click=${() => view.editor.addSection(section.sections, [...at, 'sections'], section.kind)}>${m.form.addSubsection}</button>`
          }
        </fieldset>`;
      },
    )}
    ${undoAt === sections.length && removed ? renderUndo(view, removed) : nothing}
    ${view.readonly || depth > 0 ? nothing : html`<button part="button" type="button" class="add-section" ?disabled=${view.inert} @click=${() => view.editor.addSection(sections, path)}>${m.form.addSection}</button>`}
  `;
}

function renderUndo(view: FormView, removed: Removed): TemplateResult {
  const { m } = view;
  // The button takes focus and is described by what was deleted: heard once, where focus is.
  return html`<p class="undo" id="undo-remove">
    <span id="undo-what">${formatMessage(m.form.removed, { name: removed.title })}</span>
    <button part="button" type="button" aria-describedby="undo-what" @click=${removed.undo}>${m.form.undo}</button>
  </p>`;
}

// A kind its title set is said under the kind's select, with how to change it: the select alone
// changes without a word where the clerk is typing the title. The kind is named as the select shows it.
function kindNote(view: FormView, section: Section, field: FormField): string | undefined {
  if (field.key !== 'section.kind' || !view.kinds.setByTitle(section)) return undefined;
  return formatMessage(view.m.form.kindFromTitle, { kind: view.m.kindsShort[section.kind] });
}

// The text before the first heading has no title of its own: its title field is not marked 必填.
function untitledPreamble(section: Section, field: FormField): FormField {
  return section.kind === 'preamble' && field.key === 'section.title' ? { ...field, required: false } : field;
}
