import {
  formatRange,
  indicatorLabel,
  publishedPercent,
  type AggregateResult,
  type Catalog,
  type Locale,
} from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { TotalsStrings } from '../internal/totals-strings.js';
import { scrollBox } from '../internal/scroll-box.js';

/** What the rates table is drawn from. */
export interface RatesView {
  readonly m: TotalsStrings;
  readonly locale: Locale;
  readonly result: AggregateResult;
  readonly catalog: Catalog;
}

/**
 * The year's rates as the county publishes them: each recomputed from the units' summed
 * numerators and denominators (调解成功率 = 481 ÷ 552), never an average of percentages; how many
 * units went into it and how many gave only a percentage; the percentages as units gave them
 * beside it. A rate no unit gave both counts for says it cannot be recomputed, never a made-up figure.
 */
export function renderRates(view: RatesView): TemplateResult | typeof nothing {
  const { m, locale, result, catalog } = view;
  const rates = Object.entries(result.rates);
  if (rates.length === 0) return nothing;
  const c = m.aggregate.rateColumns;
  return html`<section part="rates" aria-labelledby="rates-heading">
    <h3 id="rates-heading">${m.aggregate.yearRates}</h3>
    ${scrollBox(
      m,
      'rates-caption',
      html`<table>
        <caption id="rates-caption" class="visually-hidden">${m.dashboard.ratesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${c.rate}</th>
            <th scope="col">${c.value}</th>
            <th scope="col">${c.counts}</th>
            <th scope="col">${c.reporting}</th>
            <th scope="col">${c.excluded}</th>
            <th scope="col">${c.reported}</th>
          </tr>
        </thead>
        <tbody>
          ${rates.map(
            ([key, rate]) => html`<tr>
              <th scope="row">${indicatorLabel(key, catalog, result, locale) ?? key}</th>
              <td class="number">${rate.value === null ? m.aggregate.notRecomputed : `${publishedPercent(rate.value).toFixed(1)}%`}</td>
              <td class="number">${rate.value === null ? '—' : `${rate.numerator} ÷ ${rate.denominator}`}</td>
              <td class="number">${rate.reporting}</td>
              <td class="number">${rate.excluded}</td>
              <td class="number">${rate.reported ? formatRange(rate.reported, locale) : '—'}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    <p class="note">${m.aggregate.rateReportingNote}</p>
  </section>`;
}
