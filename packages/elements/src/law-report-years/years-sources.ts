import {
  countedFigures,
  formatFigure,
  formatMessage,
  writtenFigure,
  type Catalog,
  type Locale,
  type Metric,
  type Report,
} from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { figureMarkup } from '../internal/figure-markup.js';
import { formatParts, reportLang, reportText } from '../internal/report-text.js';
import type { YearsMessages } from './years-text.js';

// The years view's sources dialog: the figures a total adds up, each with the sentence it was read
// from (the figure marked), the paragraph around it and the file.

/**
 * The `file` of a report from a collection server: no file read on this computer has this name. Here,
 * with what the element loads up front, so that naming a server's report never needs the server part.
 */
export const SERVER_FILE = '\u0000server';

/** The figures behind one total, as the sources dialog lists them. */
export interface OpenedTotal {
  readonly indicator: string;
  readonly year: number;
  readonly heading: string;
  /** Against the year before, like for like, when there is one. */
  readonly yearOverYear: string | undefined;
  readonly figures: readonly SourceFigure[];
  /** Figures of units not on the roster: shown apart, never in the total. */
  readonly unlisted: readonly SourceFigure[];
}

/** One unit's figure behind a total, with the sentence it came from. */
export interface SourceFigure {
  readonly unit: string;
  readonly file: string;
  readonly metric: Metric;
  readonly restated: readonly Metric[];
  /** The whole paragraph the sentence sits in, when it says more than the sentence. */
  readonly paragraph: string | undefined;
  /** Where it came from when that is no file (a collection server), as a clerk reads it. */
  readonly place?: string;
}

/** A unit's figure behind a total of `indicator`, read from its report by the aggregation's own rules. */
export function sourceFigure(
  unit: string,
  file: string,
  report: Report,
  indicator: string,
  catalog: Catalog,
): SourceFigure | undefined {
  const counted = countedFigures(report, indicator, catalog);
  return counted.counted
    ? {
        unit,
        file,
        metric: counted.counted,
        restated: counted.restated,
        paragraph: paragraphOf(report, counted.counted),
      }
    : undefined;
}

/** The dialog's content for an opened total; `close` closes the dialog. */
export function renderSources(
  opened: OpenedTotal | undefined,
  y: YearsMessages,
  locale: Locale,
  close: () => void,
): TemplateResult | typeof nothing {
  if (!opened) return nothing;
  return html`<div class="dialog-bar">
      <h3 id="sources-heading" tabindex="-1">${opened.heading}</h3>
      <button type="button" @click=${close}>${y.close}</button>
    </div>
    ${opened.yearOverYear ? html`<p>${opened.yearOverYear}</p>` : nothing}
    ${figureList(opened.figures, y, locale)}
    ${
      opened.unlisted.length > 0
        ? html`<h4>${y.unlistedFigures}</h4>
          ${figureList(opened.unlisted, y, locale)}`
        : nothing
    }`;
}

function figureList(figures: readonly SourceFigure[], y: YearsMessages, locale: Locale): TemplateResult {
  return html`<ol class="sources">
    ${figures.map(
      ({ unit, file, metric, restated, paragraph, place }) =>
        html`<li>
          <p>
            <strong lang=${ifDefined(reportLang(locale))}>${unit}</strong>${y.colon}${figureMarkup(metric, y.total, locale)}
          </p>
          ${metric.source?.quote ? html`<blockquote lang="zh-CN">${marked(metric.source.quote, metric)}</blockquote>` : html`<p class="hint">${y.noQuote}</p>`}
          ${
            paragraph
              ? html`<details class="paragraph">
                <summary aria-label=${formatMessage(y.paragraphOf, { unit })}>${y.paragraph}</summary>
                <p lang="zh-CN">${marked(paragraph, metric)}</p>
              </details>`
              : nothing
          }
          ${file ? html`<p class="hint">${formatParts(y.sourceFile, { file: reportText(file, locale) })}</p>` : place ? html`<p class="hint">${place}</p>` : nothing}
          ${
            restated.length > 0
              ? html`<p class="hint">${formatMessage(y.restated, { values: restated.map((other) => formatFigure(other, locale)).join(y.listSeparator) })}</p>`
              : nothing
          }
        </li>`,
    )}
  </ol>`;
}

// The paragraph of the report that holds the figure's sentence (a Word file's paragraph, a text's),
// when it holds more than that sentence: the figure read in its context.
function paragraphOf(report: Report, metric: Metric): string | undefined {
  const quote = metric.source?.quote;
  if (!quote) return undefined;
  const stack = [...report.sections];
  for (let section = stack.pop(); section; section = stack.pop()) {
    for (const paragraph of section.paragraphs)
      if (paragraph.includes(quote) && paragraph.length > quote.length) return paragraph;
    for (const child of section.sections) stack.push(child);
  }
  return undefined;
}

// The sentence with the figure marked: where the figure is written in it (number and measure word,
// the number alone), else the words it counts.
function marked(quote: string, metric: Metric): TemplateResult {
  const { number, unit } = writtenFigure(metric);
  const needles = [`${number}${unit}`, number, String(metric.value), metric.label].filter(
    (needle) => needle.length > 0,
  );
  for (const needle of needles) {
    const at = quote.indexOf(needle);
    if (at >= 0) return html`${quote.slice(0, at)}<mark>${needle}</mark>${quote.slice(at + needle.length)}`;
  }
  return html`${quote}`;
}
