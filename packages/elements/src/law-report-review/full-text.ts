import { formatChinaDate, type Locale, type Report } from '@law-report/core/model';
import { deskMessages, type NumberedSection, numberSections } from '@law-report/core/review';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REPORT_LANG, reportLang } from '../internal/report-text.js';

// The report's own text in the desk, so a reviewer reads it before 退回 or 备案 without Word: its
// title, its sections under headings numbered as the renderers number them (core's numberSections),
// their paragraphs and the 落款. Text bindings only: nothing the unit wrote is ever read as markup.

// Focuses an element of the desk's shadow root by id: `href="#id"` does not reach into a shadow root.
function focusIn(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Node).getRootNode() as ShadowRoot | Document;
  root.getElementById(id)?.focus();
}

/** The link from the top of the opened report to its text. */
export function renderToFullText(locale: Locale): TemplateResult {
  return html`<p class="jump"><a href="#full-text" @click=${(event: Event) => focusIn(event, 'full-text')}>${deskMessages[locale].toFullText}</a></p>`;
}

// A section's heading at its level under the part's h4: h5, h6, then ARIA's levels beyond six.
function heading(depth: number, text: string): TemplateResult {
  if (depth === 1) return html`<h5>${text}</h5>`;
  if (depth === 2) return html`<h6>${text}</h6>`;
  return html`<p class="deeper" role="heading" aria-level=${4 + depth}>${text}</p>`;
}

function renderSection({ section, depth, number, sections }: NumberedSection): TemplateResult {
  return html`${number ? heading(depth, `${number}${section.title}`) : nothing}
    ${section.paragraphs.map((text) => html`<p>${text}</p>`)}
    ${sections.map(renderSection)}`;
}

/**
 * The report's full text under a heading of its own (`#full-text`), with a link back to the steps
 * (`#actions`) when there are any.
 */
export function renderFullText(report: Report, locale: Locale, hasActions: boolean): TemplateResult {
  const d = deskMessages[locale];
  const numbered = numberSections(report.sections);
  return html`<section class="full-text" aria-labelledby="full-text">
      <h4 id="full-text" tabindex="-1">${d.fullText}</h4>
      <div class="text" lang=${ifDefined(reportLang(locale))}>
        <p class="title">${report.title}</p>
        ${report.sections.length === 0 ? html`<p class="none" lang=${ifDefined(locale === REPORT_LANG ? undefined : locale)}>${d.noText}</p>` : numbered.map(renderSection)}
        <p class="signature"><span>${report.issuer}</span><span>${formatChinaDate(report.issuedOn, REPORT_LANG)}</span></p>
      </div>
      ${hasActions ? html`<p class="jump"><a href="#actions" @click=${(event: Event) => focusIn(event, 'actions')}>${d.backToActions}</a></p>` : nothing}
    </section>`;
}
