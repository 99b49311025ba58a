import {
  countedFigures,
  formatMessage,
  parseReport,
  type Catalog,
  type Locale,
  type Report,
  type UnitDetail,
} from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TotalsStrings } from '../internal/totals-strings.js';
import { reportLang } from '../internal/report-text.js';
import { amount } from './dashboard-figures.js';
import type { FigureRow } from './dashboard-rows.js';

// Loaded when a chart's values are first opened: the first render of the dashboard never draws them.

/** What an open table of unit values reads. */
export interface ValuesSource {
  readonly m: TotalsStrings;
  readonly locale: Locale;
  readonly catalog: Catalog;
  /** The report a unit's row was counted from, when the page gave the reports. */
  readonly reportOf: (unit: UnitDetail) => unknown;
  /** The reports already read, so each is parsed once. */
  readonly parsed: WeakMap<object, Report | null>;
}

/**
 * One indicator's value for each unit, as the chart's bars show them, each in the word its unit
 * wrote (5项 stays 5项 where the total is in 件), and, with the reports at hand, the sentence each
 * unit's counted figure was read from.
 */
export function renderValuesTable(source: ValuesSource, row: FigureRow, units: readonly UnitDetail[]): TemplateResult {
  const { m, locale } = source;
  const quotes = new Map(units.map((unit) => [unit.name, quoteOf(source, unit, row.key)]));
  const withQuotes = [...quotes.values()].some((quote) => quote !== undefined);
  return html`<table>
      <caption>${formatMessage(m.dashboard.chart, { indicator: row.label })}</caption>
      <thead>
        <tr><th scope="col">${m.aggregate.columns.unit}</th><th scope="col">${m.dashboard.value}</th>${withQuotes ? html`<th scope="col">${m.dashboard.quote}</th>` : nothing}</tr>
      </thead>
      <tbody>
        ${units.map((unit) => {
          const figure = unit.values?.[row.key];
          const quote = quotes.get(unit.name);
          return figure
            ? html`<tr>
                <th scope="row" lang=${ifDefined(reportLang(locale))}>${unit.name}</th>
                <td class="number">${amount({ ...figure, unit: figure.unit ?? row.figure.unit }, m, locale)}</td>
                ${withQuotes ? html`<td class="quote" lang="zh-CN">${quote ?? '—'}</td>` : nothing}
              </tr>`
            : nothing;
        })}
      </tbody>
    </table>`;
}

// The sentence a unit's counted figure of `key` was read from, when its report is at hand.
function quoteOf(source: ValuesSource, unit: UnitDetail, key: string): string | undefined {
  const given = source.reportOf(unit);
  if (typeof given !== 'object' || given === null) return undefined;
  let report = source.parsed.get(given);
  if (report === undefined) {
    const parsed = parseReport(given);
    report = parsed.success ? parsed.data : null;
    source.parsed.set(given, report);
  }
  return report ? countedFigures(report, key, source.catalog).counted?.source?.quote : undefined;
}
