import {
  formatChange,
  formatRange,
  formatFigure,
  formatMessage,
  notCountedNotes,
  totalMovedOtherWay,
  writtenFigure,
  type AggregateComparison,
  type AggregateResult,
  type Catalog,
  type IndicatorTotal,
  type Locale,
  type QualifiedFigure,
  type UnitDetail,
  indicatorLabel,
} from '@law-report/core/model';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { doubtfulFiguresOf, type DoubtfulFigure } from '../internal/aggregate-review.js';
import { totalFigure } from '../internal/figure-markup.js';
import type { TotalsStrings } from '../internal/totals-strings.js';
import { formatParts, type Parts, reportText } from '../internal/report-text.js';
import { figureRows, sortRows, type FigureColumn, type FigureRow, type Sort } from './dashboard-rows.js';
import { sortHeader } from './sort-header.js';
import { scrollBox } from '../internal/scroll-box.js';

// The dashboard's parts about figures: the year's totals with a chart per indicator and the
// change from last year, and what is totalled apart (running totals, targets, other measure words).

/** What the figures' parts show and call. */
export interface FiguresView {
  readonly m: TotalsStrings;
  readonly locale: Locale;
  readonly result: AggregateResult;
  readonly catalog: Catalog;
  readonly comparison: AggregateComparison | undefined;
  /** From a server that holds no report on the year before, a note says there is nothing to compare. */
  readonly noPrevious: boolean;
  readonly sort: Sort<FigureColumn>;
  readonly setSort: (sort: Sort<FigureColumn>) => void;
  /** The indicators whose table of unit values is open. */
  readonly valuesOpen: ReadonlySet<string>;
  readonly toggleValues: (key: string, open: boolean) => void;
  /** The table of one indicator's unit values, once its code has loaded (with the first disclosure opened). */
  readonly valuesTable: ((row: FigureRow, units: readonly UnitDetail[]) => TemplateResult) | undefined;
}

/** The year's totals per indicator, sortable, with a bar chart across units and its values behind a disclosure. */
export function renderFigures(view: FiguresView): TemplateResult | typeof nothing {
  const { m, locale, result, comparison } = view;
  const rows = sortRows(figureRows(result, view.catalog, locale, comparison), view.sort, locale);
  if (rows.length === 0) return nothing;
  const c = m.aggregate.figureColumns;
  const columns: [FigureColumn, string][] = [
    ['label', c.indicator],
    ['total', c.total],
    ['reporting', c.reporting],
    ['min', c.min],
    ['median', c.median],
    ['max', c.max],
    ...(comparison
      ? [
          [
            'change',
            formatMessage(m.dashboard.aside, {
              text: c.change,
              aside: formatMessage(m.dashboard.changeFrom, { year: result.year - 1 }),
            }),
          ] as [FigureColumn, string],
        ]
      : []),
  ];
  const units = result.unitsDetail.filter((unit) => unit.values);
  // Figures the server warned their units about, in the year's totals: each total they are in is marked.
  const warned = doubtfulFiguresOf(result);
  const doubtful = new Set(warned.map(({ figure }) => figure.indicator));
  return html`<section part="figures" aria-labelledby="figures-heading">
    <h3 id="figures-heading">${m.aggregate.yearTotals}</h3>
    <p class="note">
      ${m.dashboard.lowerBound}${
        comparison
          ? ` ${m.dashboard.changeNote}`
          : view.noPrevious
            ? ` ${formatMessage(m.dashboard.noPrevious, { year: result.year - 1 })}`
            : ''
      }
    </p>
    ${scrollBox(
      m,
      'figures-caption',
      html`<table>
        <caption id="figures-caption" class="visually-hidden">${m.dashboard.figuresCaption}</caption>
        <thead>
          <tr>
            ${columns.map(([column, label]) => sortHeader(column, label, view.sort, view.setSort))}
            ${units.length > 0 ? html`<th scope="col">${m.dashboard.chartColumn}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${row.label}${doubtful.has(row.key) ? html` <span class="badge doubtful">${m.dashboard.doubtfulBadge}</span>` : nothing}</th>
              <td class="number">${amount(totalFigure(row.figure), m, locale)}</td>
              <td class="number">${row.figure.reporting}</td>
              <td class="number">${row.figure.min}</td>
              <td class="number">${row.figure.median}</td>
              <td class="number">${row.figure.max}</td>
              ${comparison ? html`<td class="number">${change(row, locale)}${changeUnits(row, comparison.previousYear, m, locale)}</td>` : nothing}
              ${units.length > 0 ? html`<td>${chart(row, units, m, locale)} ${chartValues(view, row, units)}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${renderDoubtful(warned, m, locale)}
  </section>`;
}

// The figures to verify, under the totals they are in: which unit, the figure as written, what the unit was told.
function renderDoubtful(
  warned: readonly DoubtfulFigure[],
  m: TotalsStrings,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (warned.length === 0) return nothing;
  return html`<div class="warning doubtful" role="group" aria-labelledby="doubtful-heading">
    <p id="doubtful-heading">${m.dashboard.doubtfulHeading}</p>
    <ul>
      ${warned.map(
        ({ unit, figure, messages }) =>
          html`<li>${formatMessage(m.dashboard.doubtfulItem, { unit, label: figure.label, figure: formatFigure(figure, locale), message: messages[locale] })}</li>`,
      )}
    </ul>
  </div>`;
}

/** Running totals, targets and figures in another measure word: totalled apart, never in the year's totals. */
export function renderApart(
  view: Pick<FiguresView, 'm' | 'locale' | 'result' | 'catalog'>,
): TemplateResult | typeof nothing {
  const { m, locale, result, catalog } = view;
  const label = (key: string) => indicatorLabel(key, catalog, result, locale) ?? key;
  const c = m.aggregate.figureColumns;
  // Each table scrolls in a group of its own, as the year's tables do: an indicator key of another town
  // (x-longquan.gridMembers, no catalog to label it) has nowhere to break and would widen the page on a phone.
  const scroll = (id: string, table: TemplateResult) => scrollBox(m, id, table);
  const table = (
    id: string,
    heading: string,
    rows: readonly { key: string; scope?: string; figure: IndicatorTotal }[],
  ) =>
    rows.length === 0
      ? nothing
      : scroll(
          id,
          html`<table>
          <caption id=${id}>${heading}</caption>
          <thead>
            <tr><th scope="col">${c.indicator}</th><th scope="col">${c.total}</th><th scope="col">${c.reporting}</th></tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ key, scope, figure }) => html`<tr>
              <th scope="row">${scope ? formatMessage(m.dashboard.aside, { text: label(key), aside: scope }) : label(key)}</th>
              <td class="number">${amount(totalFigure(figure), m, locale)}</td>
              <td class="number">${figure.reporting}</td>
            </tr>`,
            )}
          </tbody>
        </table>`,
        );
  const rows = (totals: Record<string, IndicatorTotal>) =>
    Object.entries(totals).map(([key, figure]) => ({ key, figure }));
  const cumulative = rows(result.cumulative);
  const targets = rows(result.targets);
  const apart = result.apart.map((figure) => ({ key: figure.indicator, scope: m.scopes[figure.scope], figure }));
  const targetRates = Object.entries(result.targetRates);
  const notCounted = [...notCountedNotes(result, locale, catalog)];
  if (cumulative.length + targets.length + apart.length + targetRates.length + notCounted.length === 0) return nothing;
  // A target rate is each unit's own aim: shown as set (its range), never added up.
  const rates =
    targetRates.length === 0
      ? nothing
      : scroll(
          'apart-target-rates',
          html`<table>
          <caption id="apart-target-rates">${m.aggregate.targetRates}</caption>
          <thead>
            <tr><th scope="col">${c.indicator}</th><th scope="col">${c.range}</th><th scope="col">${c.reporting}</th></tr>
          </thead>
          <tbody>
            ${targetRates.map(
              ([key, range]) => html`<tr>
              <th scope="row">${label(key)}</th>
              <td class="number">${formatRange(range, locale)}</td>
              <td class="number">${range.reporting}</td>
            </tr>`,
            )}
          </tbody>
        </table>`,
        );
  return html`<section part="apart" class="apart" aria-labelledby="apart-heading">
    <h3 id="apart-heading">${m.dashboard.apart}</h3>
    ${table('apart-cumulative', m.aggregate.cumulativeTotals, cumulative)} ${table('apart-targets', m.aggregate.targetTotals, targets)}
    ${rates} ${table('apart-other-words', m.aggregate.apartTotals, apart)}
    ${
      // A figure a report gives beside a larger one of the same indicator: the totals count one, and it is said here.
      notCounted.length === 0
        ? nothing
        : html`<h4 id="not-counted-heading">${m.dashboard.notCountedFigures}</h4>
            <ul aria-labelledby="not-counted-heading" class="not-counted">
              ${notCounted.map((note) => html`<li>${note}</li>`)}
            </ul>`
    }
  </section>`;
}

/** A figure as the summary writes it (800件以上, 近800件), its measure word marked Chinese in English. */
export function amount(figure: QualifiedFigure, m: TotalsStrings, locale: Locale): Parts {
  const { number, unit } = writtenFigure(figure, locale);
  return formatParts(m.ui.valueWithUnit, { value: number, unit: reportText(unit, locale) });
}

// The change in words that say what is known of it (core's formatChange): 最多减少379（32.2%）
// for 800人次以上 after 1179, never -379余, which reads as a fall of more than 379.
function change(row: FigureRow, locale: Locale): string {
  return (row.change && formatChange(row.change, locale)) ?? '—';
}

// Whose change it is: the units that gave the figure both years, which may be fewer than this
// year's (552起 from 10 units, 减少59 over the 6 that gave it both years). When they are not all the
// units of either year, both years' totals of all units follow, and a total that certainly moved the
// other way is said (core's totalMovedOtherWay; a clerk's trial copied 同比减少59 beside a total that rose
// from 455起 to 552起). Each line ends in a pause for a screen reader, which reads the lines as one run.
function changeUnits(
  row: FigureRow,
  previousYear: number,
  m: TotalsStrings,
  locale: Locale,
): TemplateResult | typeof nothing {
  const change = row.change;
  if (!change) return nothing;
  const pause = html`<span class="visually-hidden">${m.dashboard.pause}</span>`;
  const units = html`<span class="change-units">${pause}${formatMessage(m.dashboard.changeUnits, { units: change.units })}</span>`;
  const before = change.previousTotal;
  if (!before || (change.units === before.reporting && change.units === row.figure.reporting)) return units;
  const figure = (total: IndicatorTotal) => html`<span class="figure">${amount(totalFigure(total), m, locale)}</span>`;
  return html`${units}<span class="change-units">${pause}${formatParts(m.dashboard.changeWhole, {
    year: previousYear,
    previous: figure(before),
    previousUnits: before.reporting,
    current: figure(row.figure),
    currentUnits: row.figure.reporting,
  })}</span>${
    totalMovedOtherWay(change, before, row.figure)
      ? html`<span class="change-units opposite">${pause}${m.dashboard.changeOpposite}</span>`
      : nothing
  }`;
}

// One bar per unit that reported, in the units' order, scaled to the largest figure; its title
// says the unit's figure in the word the unit wrote (5项, where the total is in 件).
function chart(row: FigureRow, units: readonly UnitDetail[], m: TotalsStrings, locale: Locale): TemplateResult {
  const width = 160;
  const height = 28;
  const step = width / units.length;
  const max = row.figure.max || 1;
  const label = formatMessage(m.dashboard.labelled, {
    label: formatMessage(m.dashboard.chart, { indicator: row.label }),
    text: formatMessage(m.dashboard.chartSummary, {
      n: row.figure.reporting,
      min: row.figure.min,
      max: row.figure.max,
    }),
  });
  return html`<svg class="chart" role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
    ${units.map((unit, i) => {
      const figure = unit.values?.[row.key];
      if (!figure) return nothing;
      const h = Math.max(1, (figure.value / max) * height);
      return svg`<rect x=${i * step} y=${height - h} width=${Math.max(1, step - 1)} height=${h}><title>${formatMessage(m.dashboard.labelled, { label: unit.name, text: formatFigure({ ...figure, unit: figure.unit ?? row.figure.unit }, locale) })}</title></rect>`;
    })}
  </svg>`;
}

// The chart's values as a table, behind a disclosure named by its indicator: what the bars'
// hover titles say, reachable by keyboard and read by screen readers cell by cell. The table is
// made when opened: 30 closed tables of 40 units are 1,200 cells no one sees on the first render.
function chartValues(view: FiguresView, row: FigureRow, units: readonly UnitDetail[]): TemplateResult {
  const { m } = view;
  const open = view.valuesOpen.has(row.key);
  return html`<details class="values" ?open=${open} @toggle=${(event: Event) => view.toggleValues(row.key, (event.currentTarget as HTMLDetailsElement).open)}>
    <summary aria-label=${formatMessage(m.dashboard.chartValuesOf, { indicator: row.label })}>${m.dashboard.chartValues}</summary>
    ${open && view.valuesTable ? view.valuesTable(row, units) : nothing}
  </details>`;
}
