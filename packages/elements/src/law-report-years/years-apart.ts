import {
  formatFigure,
  formatMessage,
  indicatorLabel,
  notCountedNotes,
  unknownIndicators,
  unknownNote,
  type AggregateResult,
  type Catalog,
  type Locale,
  type YearsResult,
} from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { totalsStringsOf } from '../internal/totals-strings.js';
import { reportLang } from '../internal/report-text.js';
import type { YearsMessages } from './years-text.js';

/** What the notes on figures left out of the years' totals are drawn from. */
export interface YearsApartView {
  readonly result: YearsResult;
  readonly y: YearsMessages;
  readonly locale: Locale;
  readonly catalog: Catalog;
}

/**
 * A year's figures its totals do not take, each said in the words the dashboard and the county's sheet use: an
 * indicator the catalog in use does not know (another town's `x-…`), totalled apart under its key; a known
 * indicator's figures in a word of another quantity; a figure beside a larger one of the same indicator; figures no
 * indicator holds (未归类). Running totals and targets are not here: the indicators' note says they are not counted.
 *
 * @example apartNotes(decade.result().byYear[2023], defaultCatalog, 'zh-CN') // ['注：“x-yourtown.gridEvents”不在所用的指标目录中，…']
 */
export function apartNotes(result: AggregateResult, catalog: Catalog, locale: Locale): string[] {
  const m = totalsStringsOf(locale);
  const unknown = unknownIndicators(result, catalog);
  const otherWords = result.apart.filter((total) => total.scope === 'year' && !unknown.includes(total));
  return [
    ...unknown.map((total) => unknownNote(total, locale)),
    ...otherWords.map((total) =>
      formatMessage(m.aggregate.csv.apartNote, {
        indicator: indicatorLabel(total.indicator, catalog, result, locale) ?? total.indicator,
        scope: m.scopes.year,
        total: formatFigure({ value: total.total, unit: total.unit, qualifier: total.qualifier }, locale),
        reporting: total.reporting,
      }),
    ),
    ...notCountedNotes(result, locale, catalog),
  ];
}

/** Each year's figures not in the indicators' totals (see {@link apartNotes}), under the year; nothing when none. */
export function renderApart(view: YearsApartView): TemplateResult | typeof nothing {
  const { result, y, locale, catalog } = view;
  const years = result.years.flatMap((year) => {
    const aggregate = result.byYear[year];
    const notes = aggregate ? apartNotes(aggregate, catalog, locale) : [];
    return notes.length > 0 ? [{ year, notes }] : [];
  });
  if (years.length === 0) return nothing;
  return html`<section class="apart" aria-labelledby="apart-heading">
    <h3 id="apart-heading">${totalsStringsOf(locale).dashboard.notCountedFigures}</h3>
    ${years.map(
      ({ year, notes }) => html`<h4 id=${`apart-${year}`}>${formatMessage(y.yearOption, { year })}</h4>
        <ul class="not-counted" aria-labelledby=${`apart-${year}`} lang=${ifDefined(reportLang(locale))}>
          ${notes.map((note) => html`<li>${note}</li>`)}
        </ul>`,
    )}
  </section>`;
}
