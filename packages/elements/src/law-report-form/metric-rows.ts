import { formatMessage, reportFormFields, writtenWordsOf, type Metric, type Section } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { getPath, idOf } from './form-model.js';
import { metricName } from './metric-name.js';
import type { FormView } from './form-view.js';
import { renderField, type Control } from './field.js';
import { fillPicker, indicatorOptions } from './indicator-options.js';

/** A figure deleted a moment ago, offered back where its section's figures are. */
export interface RemovedFigure {
  readonly sectionId: string | undefined;
  readonly name: string;
  readonly undo: () => void;
}

/**
 * The figures of one section (or, without one, those in no section) as a table: one row group
 * per figure, its header row naming the figure (its words and value) with its 待核对 sentence
 * and its buttons, the row under it its fields, each named by the figure. At narrow widths the
 * fields stack, each with its visible label.
 */
export function renderMetrics(
  view: FormView,
  section: Section | undefined,
  title: string,
): TemplateResult | typeof nothing {
  const { m } = view;
  const rows: [Metric, number][] = [];
  view.draft.metrics.forEach((metric, index) => {
    if (section === undefined ? metric.sectionId === undefined : metric.sectionId === section.id)
      rows.push([metric, index]);
  });
  const undo = view.removedFigure && view.removedFigure.sectionId === section?.id ? view.removedFigure : undefined;
  if (rows.length === 0 && !undo && (section === undefined || view.readonly)) return nothing;
  const fields = reportFormFields.metric;
  const caption = section ? formatMessage(m.form.metricsOf, { title }) : m.form.otherMetricsCaption;
  const table = section ? `c${view.keys.of(section)}` : 'c-none';
  return html`${
    rows.length > 0
      ? html`<div class="table-scroll"><table class="metrics" @input=${(event: Event) => onField(view, event, 'input')} @change=${(event: Event) => onField(view, event, 'change')}
          @focusout=${(event: Event) => onField(view, event, 'blur')} @focusin=${(event: Event) => openPicker(view, event)} @pointerdown=${(event: Event) => openPicker(view, event)}>
        <caption>${caption}</caption>
        <thead><tr>${fields.map((field, i) => html`<th scope="col" id=${`${table}-${i}`}>${m.fields[field.key]}</th>`)}</tr></thead>
        ${repeat(
          rows,
          ([metric]) => view.keys.of(metric),
          ([metric, index], place) => renderRow(view, metric, index, place + 1, table),
        )}
      </table></div>`
      : nothing
  }
    ${
      undo
        ? html`<p class="undo" id="undo-figure"><span id="undo-figure-what">${formatMessage(m.form.removed, { name: undo.name })}</span>
          <button part="button" type="button" aria-describedby="undo-figure-what" @click=${undo.undo}>${m.form.undo}</button></p>`
        : nothing
    }
    ${
      section && !view.readonly
        ? html`<div class="metric-actions">
          <button part="button" type="button" class="add-metric" data-section=${section.id} ?disabled=${view.inert} @click=${() => view.editor.addMetric(section)}>${formatMessage(m.form.addMetricNamed, { title })}</button>
          ${renderFinder(view, section)}
        </div>`
        : nothing
    }`;
}

// The one listener of a figures table: which figure and which of its fields the event is for.
function onField(view: FormView, event: Event, kind: 'input' | 'change' | 'blur'): void {
  const target = event.target as HTMLElement;
  const fieldIndex = target.dataset['field'];
  const index = target.closest<HTMLElement>('tbody[data-metric]')?.dataset['metric'];
  const field = fieldIndex === undefined ? undefined : reportFormFields.metric[Number(fieldIndex)];
  if (!field || index === undefined) return;
  const path = ['metrics', Number(index), ...field.path];
  // Text is taken as it is typed; a choice when it is made (a text field's change adds nothing).
  // An indicator left judges the figure's measure word: a word not usual for it is said then.
  if (kind === 'blur')
    view.checks.leave(path, field.key === 'metric.indicator' ? [['metrics', Number(index), 'unit']] : []);
  else if ((kind === 'change') === target instanceof HTMLSelectElement) view.input(path, field, event);
}

// A figure's indicator picker gets its whole list when focus or a press first enters the figure: a
// keyboard user reaches the picker from the figure's own buttons or fields before it, so the list
// they arrow through is whole from the first key and never swapped under the focus.
function openPicker(view: FormView, event: Event): void {
  const figure = (event.target as HTMLElement).closest<HTMLElement>('tbody[data-metric]');
  const index = figure?.dataset['metric'];
  if (!figure || index === undefined) return;
  const id = idOf(['metrics', Number(index), 'indicator']);
  if (view.search.isOpen(id)) return;
  view.search.open(id);
  fillPicker(figure.querySelector<HTMLSelectElement>(`#${CSS.escape(id)}`));
}

function renderRow(view: FormView, metric: Metric, index: number, place: number, table: string): TemplateResult {
  const columns = reportFormFields.metric.length;
  const { m } = view;
  const name = metricName(metric, view.catalog, view.locale, place);
  const unconfirmed = view.imports.isUnconfirmed(metric);
  const note = unconfirmed ? view.imports.noteOf(metric) : undefined;
  const words = view.imports.wordsOf(metric);
  const quote = unconfirmed ? quoteWithFigure(metric.source?.quote, words) : nothing;
  const unitWords = unitWordsOf(view, metric.indicator);
  const paths = reportFormFields.metric.map((field) => ['metrics', index, ...field.path]);
  // Its errors and warnings, under its fields, each tied to its field (an error before a warning).
  const errors = paths.map((path) => view.checks.errorAt(path));
  const warnings = paths.map((path) => view.checks.warningAt(path));
  return html`<tbody part="figure" class=${unconfirmed ? 'figure to-confirm' : 'figure'} data-metric=${index}>
    <tr class="figure-head"><th scope="rowgroup" colspan=${columns}>
      <span class="figure-name" id=${`n-${index}`} lang="zh-CN">${name}</span>
      ${unconfirmed ? html`<span class="badge" id=${`b-${index}`}>${m.form.toConfirm}</span>` : nothing}
      ${
        view.readonly
          ? nothing
          : html`<span class="figure-buttons">
            ${unconfirmed ? html`<button part="button" type="button" class="confirm" aria-label=${formatMessage(m.form.confirmNamed, { name })} @click=${() => view.imports.confirm(metric)}>${m.form.confirm}</button>` : nothing}
            <button part="button" type="button" class="remove-metric" ?disabled=${view.inert} aria-label=${formatMessage(m.form.removeMetricNamed, { name })} @click=${() => view.editor.removeMetric(metric)}>${m.form.removeMetric}</button>
          </span>`
      }
      ${quote !== nothing || note ? html`<span class="source" id=${`q-${index}`}>${quote}${note ? html`<span class="note">${note}</span>` : nothing}</span>` : nothing}
    </th></tr>
    <tr class="figure-fields">${reportFormFields.metric.map(
      (field, i) =>
        html`<td data-label=${view.m.fields[field.key]}>${renderField(view, field, paths[i] ?? [], getPath(metric, field.path), { labelledBy: `${table}-${i} n-${index}`, describedBy: unconfirmed ? `b-${index}${quote === nothing && !note ? '' : ` q-${index}`}` : undefined, fieldIndex: i, unitWords, warning: warnings[i], indicator: (control) => indicatorSelect(view, control, metric.indicator) })}</td>`,
    )}</tr>
    ${
      errors.some(Boolean) || warnings.some(Boolean)
        ? html`<tr class="figure-notes"><td colspan=${columns}>${errors.map((error, i) =>
            error ? html`<p class="error" id=${`e-${idOf(paths[i] ?? [])}`}>${error.message}</p>` : nothing,
          )}${warnings.map((warning, i) =>
            warning && !errors[i]
              ? html`<p class="field-warning" id=${`w-${idOf(paths[i] ?? [])}`}>${warning.message}</p>`
              : nothing,
          )}</td></tr>`
        : nothing
    }
  </tbody>`;
}

// The sentence a figure came from, the figure's own words marked in it.
function quoteWithFigure(quote: string | undefined, words: string | undefined): TemplateResult | typeof nothing {
  if (!quote) return nothing;
  const at = words ? quote.indexOf(words) : -1;
  if (!words || at < 0) return html`<q lang="zh-CN">${quote}</q>`;
  return html`<q lang="zh-CN">${quote.slice(0, at)}<mark>${words}</mark>${quote.slice(at + words.length)}</q>`;
}

// Search the catalog by label or alias; each match is a button that adds a figure of it.
// The count is announced (its live region is there before any text); Enter picks the first match.
function renderFinder(view: FormView, section: Section): TemplateResult {
  const { m, locale } = view;
  const id = `find-${view.keys.of(section)}`;
  const find = view.search.of(section);
  const searched = find !== undefined && find.query.trim() !== '';
  const matches = find?.matches ?? [];
  const status = find?.failed
    ? m.form.loadFailed
    : find?.loading && searched
      ? m.form.findLoading
      : searched
        ? matches.length > 0
          ? formatMessage(m.form.found, { n: matches.length })
          : formatMessage(m.form.foundNone, { unclassified: m.form.unclassified })
        : '';
  return html`<div class="finder">
    <label for=${id}>${m.form.findIndicator}</label>
    <input part="input" id=${id} type="search" autocomplete="off" enterkeyhint="search" aria-describedby=${`${id}-status`} .value=${live(find?.query ?? '')} ?disabled=${view.inert}
      @input=${(event: Event) => void view.search.find(section, (event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        const first = matches[0];
        if (first) view.editor.addMetric(section, first.indicator.key);
      }} />
    <p class="help" id=${`${id}-status`} role="status">${status}</p>
    ${
      matches.length > 0
        ? html`<ul class="found">${matches.map(
            ({
              indicator,
              via,
              matched,
            }) => html`<li><button part="button" type="button" ?disabled=${view.inert} @click=${() => view.editor.addMetric(section, indicator.key)}>
            ${formatMessage(m.form.addFound, { label: indicator.label[locale] })}${via === 'alias' ? formatMessage(m.form.foundVia, { alias: matched }) : ''}
          </button></li>`,
          )}</ul>`
        : nothing
    }
  </div>`;
}

// The indicator picker: 请选择指标 (no choice: the arrow keys pass it by, and Home is 未归类),
// 未归类, and the catalog's options (indicatorOptions: the figure's own indicator until focus or a
// press first enters its figure, then the whole catalog).
function indicatorSelect(view: FormView, c: Control, value: string): TemplateResult {
  const { m, locale, catalog } = view;
  return html`<select part="input" id=${c.id} aria-labelledby=${c.labelledBy} data-field=${c.fieldIndex} aria-invalid=${c.invalid} aria-describedby=${c.describedBy} ?required=${c.required} ?disabled=${c.disabled || c.readonly}
    @change=${c.input ?? nothing} @blur=${c.blur ?? nothing} ${indicatorOptions({ open: view.search.isOpen(c.id), catalog, locale, kinds: m.kinds, value })}>
    <option value="" disabled>${m.form.chooseIndicator}</option>
    <option value="unclassified">${m.form.unclassified}</option>
  </select>`;
}

// The measure words offered for a figure of a catalog indicator; undefined for a free one.
function unitWordsOf(view: FormView, indicator: string): readonly string[] | undefined {
  const definition = view.catalog.get(indicator);
  return definition ? writtenWordsOf(definition) : undefined;
}
