import { formatMessage, reportFormFields, type Metric, type Section } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { getPath, metricName } from './form-model.js';
import type { FormView } from './form-view.js';
import { renderField, unitWordsOf } from './field.js';

/**
 * The figures of one section (or, without one, those in no section) as a table: one row group
 * per figure, its header row naming the figure (its words and value) with its 待核对 sentence
 * and its buttons, the row under it its fields, each named by the figure. At narrow widths the
 * fields stack, each with its visible label.
 */
export function renderMetrics(view: FormView, section: Section | undefined, title: string): TemplateResult | typeof nothing {
  const { m } = view;
  const rows: [Metric, number][] = [];
  view.draft.metrics.forEach((metric, index) => {
    if (section === undefined ? metric.sectionId === undefined : metric.sectionId === section.id) rows.push([metric, index]);
  });
  if (rows.length === 0 && (section === undefined || view.readonly)) return nothing;
  const fields = reportFormFields.metric;
  const caption = section ? formatMessage(m.form.metricsOf, { title }) : m.form.otherMetricsCaption;
  return html`${rows.length > 0
      ? html`<div class="table-scroll"><table class="metrics">
        <caption>${caption}</caption>
        <thead><tr>${fields.map((field) => html`<th scope="col">${m.fields[field.key]}</th>`)}</tr></thead>
        ${repeat(rows, ([metric]) => view.keyOf(metric), ([metric, index], place) => renderRow(view, metric, index, place + 1, fields.length))}
      </table></div>`
      : nothing}
    ${section && !view.readonly
      ? html`<div class="metric-actions">
          <button type="button" class="add-metric" data-section=${section.id} ?disabled=${view.inert} @click=${() => view.addMetric(section)}>${formatMessage(m.form.addMetricNamed, { title })}</button>
          ${renderFinder(view, section)}
        </div>`
      : nothing}`;
}

function renderRow(view: FormView, metric: Metric, index: number, place: number, columns: number): TemplateResult {
  const { m } = view;
  const name = metricName(metric, view.catalog, view.locale, place);
  const unconfirmed = view.imports.isUnconfirmed(metric);
  const note = unconfirmed ? view.imports.noteOf(metric) : undefined;
  const words = view.imports.wordsOf(metric);
  const quote = unconfirmed ? quoteWithFigure(metric.source?.quote, words) : nothing;
  const row = { rowName: name, unitWords: unitWordsOf(view, metric.indicator) };
  return html`<tbody class=${unconfirmed ? 'figure to-confirm' : 'figure'} data-metric=${index}>
    <tr class="figure-head"><th scope="rowgroup" colspan=${columns}>
      <span class="figure-name" lang="zh-CN">${name}</span>
      ${unconfirmed ? html`<span class="badge">${m.form.toConfirm}</span>` : nothing}
      ${view.readonly
        ? nothing
        : html`<span class="figure-buttons">
            ${unconfirmed ? html`<button type="button" class="confirm" aria-label=${formatMessage(m.form.confirmNamed, { name })} @click=${() => view.confirm(metric)}>${m.form.confirm}</button>` : nothing}
            <button type="button" class="remove-metric" ?disabled=${view.inert} aria-label=${formatMessage(m.form.removeMetricNamed, { name })} @click=${() => view.removeMetric(metric)}>${m.form.removeMetric}</button>
          </span>`}
      ${quote !== nothing || note ? html`<span class="source">${quote}${note ? html`<span class="note">${note}</span>` : nothing}</span>` : nothing}
    </th></tr>
    <tr class="figure-fields">${reportFormFields.metric.map((field) => html`<td>${renderField(view, field, ['metrics', index, ...field.path], getPath(metric, field.path), row)}</td>`)}</tr>
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
  const id = `find-${view.keyOf(section)}`;
  const find = view.findOf(section);
  const searched = find !== undefined && find.query.trim() !== '';
  const matches = find?.matches ?? [];
  const status = find?.failed ? m.form.loadFailed : searched ? (matches.length > 0 ? formatMessage(m.form.found, { n: matches.length }) : formatMessage(m.form.foundNone, { unclassified: m.form.unclassified })) : '';
  return html`<div class="finder">
    <label for=${id}>${m.form.findIndicator}</label>
    <input id=${id} type="search" autocomplete="off" enterkeyhint="search" aria-describedby=${`${id}-status`} .value=${live(find?.query ?? '')} ?disabled=${view.inert}
      @input=${(event: Event) => view.find(section, (event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        const first = matches[0];
        if (first) view.addMetric(section, first.indicator.key);
      }} />
    <p class="help" id=${`${id}-status`} role="status">${status}</p>
    ${matches.length > 0
      ? html`<ul class="found">${matches.map(
          ({ indicator, via, matched }) => html`<li><button type="button" ?disabled=${view.inert} @click=${() => view.addMetric(section, indicator.key)}>
            ${formatMessage(m.form.addFound, { label: indicator.label[locale] })}${via === 'alias' ? formatMessage(m.form.foundVia, { alias: matched }) : ''}
          </button></li>`,
        )}</ul>`
      : nothing}
  </div>`;
}
