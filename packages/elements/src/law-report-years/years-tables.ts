import {
  chinaToday,
  daysPublishedLate,
  notYetDue,
  formatChange,
  formatChinaDate,
  formatFigure,
  formatMessage,
  totalMovedOtherWay,
  type AggregateChange,
  type Catalog,
  type Locale,
  type YearPoint,
  type YearsResult,
} from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { figureMarkup, totalFigure } from '../internal/figure-markup.js';
import { totalsStringsOf } from '../internal/totals-strings.js';
import { reportLang } from '../internal/report-text.js';
import { scrollBox } from '../internal/scroll-box.js';
import type { ReadFiles } from './read-report-files.js';
import { yearsChart } from './years-chart.js';
import { gapOf, type YearsMessages } from './years-text.js';

type Messages = YearsMessages;

/** What the years view's tables are drawn from. */
export interface YearsTablesView {
  readonly result: YearsResult;
  readonly y: Messages;
  readonly locale: Locale;
  readonly catalog: Catalog;
  /** The files read on this computer, if any. */
  readonly read: ReadFiles | undefined;
  /** Whether reports from a collection server are shown. */
  readonly server: boolean;
  /** The server's returned reports, each said as a clerk reads it: not counted until submitted again. */
  readonly returned: readonly string[];
  /** The years of those returned reports. */
  readonly returnedYears: ReadonlySet<number>;
  /** The units and years of those returned reports, by {@link returnedKey}. */
  readonly returnedOf: ReadonlySet<string>;
  /** Opens the figures a total adds up. */
  readonly open: (event: Event, indicator: string, year: number, label: string) => void;
  /** Where an input came from, as a clerk finds it (a file and line, or a unit and year). */
  readonly placeOf: (file: string, line: number | undefined) => string;
  /** The publication deadline of a year, as the county set it (or the national default); undefined if it cannot be told. */
  readonly publishBy: (year: number) => string | undefined;
  /** The year an input names. */
  readonly yearOf: (file: string, line: number | undefined) => number | undefined;
}

// The years between the first and the last with no report counted: none at all, or only returned ones
// (a report the county returned exists: the page says so, not that there is none).
function renderGap(view: YearsTablesView): TemplateResult | typeof nothing {
  const { y } = view;
  const gap = gapOf(view.result.years);
  if (gap.length === 0) return nothing;
  const none = gap.filter((year) => !view.returnedYears.has(year));
  const returned = gap.filter((year) => view.returnedYears.has(year));
  const say = (message: string, years: readonly number[]) =>
    years.length > 0 ? formatMessage(message, { years: years.join(y.yearSeparator) }) : '';
  return html`<p class="hint">${say(y.gap, none)}${say(y.gapReturned, returned)}</p>`;
}

/**
 * The indicators by year: each total a button that opens the figures it adds up, how many units
 * gave it, a trend chart, and the change from the first year to the last counted like for like.
 */
export function renderIndicators(view: YearsTablesView): TemplateResult {
  const { result, y, locale } = view;
  const keys = Object.keys(result.series).sort((a, b) => orderOf(view.catalog, a) - orderOf(view.catalog, b));
  const first = result.years[0];
  const last = result.years.at(-1);
  const span = result.span;
  return html`<h3 id="indicators-heading">${y.indicators}</h3>
      <p class="hint">${y.indicatorsNote}</p>
      ${renderGap(view)}
      ${scrollBox(
        totalsStringsOf(locale),
        'indicators-heading',
        html`<table aria-labelledby="indicators-heading">
          <thead>
            <tr>
              <th scope="col">${y.indicator}</th>
              ${result.years.map((year) => html`<th scope="col" class="number">${formatMessage(y.yearOption, { year })}</th>`)}
              <th scope="col">${y.trend}</th>
              ${span ? html`<th scope="col">${formatMessage(y.change, { from: first ?? '', to: last ?? '' })}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${keys.map((key) => {
              const points = result.series[key] ?? [];
              const label = labelOf(view.catalog, key, locale);
              const totals = points.filter((point) => point !== null);
              const min = Math.min(...totals.map((point) => point.total));
              const max = Math.max(...totals.map((point) => point.total));
              const chartLabel = `${formatMessage(y.trendOf, { indicator: label })}${y.colon}${formatMessage(y.trendSummary, { first: first ?? '', last: last ?? '', min, max })}`;
              const change = span?.indicators[key];
              return html`<tr>
                <th scope="row">${label}</th>
                ${points.map((point, at) =>
                  point
                    ? html`<td class="number">
                        <button
                          type="button"
                          class="total"
                          aria-label=${formatMessage(y.openSources, { indicator: label, year: result.years[at] ?? '', total: formatFigure(totalFigure(point), locale), n: point.reporting })}
                          @click=${(event: Event) => view.open(event, key, result.years[at] ?? 0, label)}
                        >
                          ${figureMarkup(totalFigure(point), y.total, locale)}
                        </button>
                        <span class="reporting">${formatMessage(y.reporting, { n: point.reporting })}</span>
                      </td>`
                    : html`<td class="number none">—</td>`,
                )}
                <td>${yearsChart(points, chartLabel, locale, y.colon)}</td>
                ${span ? html`<td class="change">${changeCell(points, change, y, locale, result.years.at(-1))}</td>` : nothing}
              </tr>`;
            })}
          </tbody>
        </table>`,
        { part: 'indicators', role: 'region' },
      )}`;
}

// The county's totals first and last, then the change of the units comparable in both years:
// a like-for-like rise can sit beside a falling total, and the cell says both.
function changeCell(
  points: readonly (YearPoint | null)[],
  change: AggregateChange | undefined,
  y: Messages,
  locale: Locale,
  lastYear: number | undefined,
): string {
  const first = points[0];
  const last = points.at(-1);
  // No figure of it in the last year chosen (the year under way, say): that is why, not a want of units in both.
  if (!last && lastYear !== undefined && !(change && change.change !== null))
    return formatMessage(y.noLastYet, { year: lastYear });
  const totals =
    first && last
      ? formatMessage(y.totals, {
          first: formatFigure(totalFigure(first), locale),
          last: formatFigure(totalFigure(last), locale),
        })
      : '';
  const comparable =
    change && change.change !== null
      ? formatMessage(y.changeValue, {
          change: formatChange(change, locale) ?? '',
          units: change.units,
        })
      : y.noChange;
  // A total that certainly moved the other way from the like-for-like change is said (20起→40起 beside 减少10).
  const opposite = first && last && change ? totalMovedOtherWay(change, first, last) : false;
  const said = totals ? `${totals}${y.listSeparator}${comparable}` : comparable;
  return opposite ? `${said}${y.listSeparator}${y.opposite}` : said;
}

/** Each unit by year: what it did (reported, late, …) and when. */
export function renderUnits(view: YearsTablesView): TemplateResult {
  const { result, y, locale } = view;
  const m = totalsStringsOf(locale);
  // Today in China: a unit whose deadline is still to come is not yet due, not missing. Each unit's deadline by
  // year, looked up once.
  const today = chinaToday();
  const deadlines = new Map(
    result.years.flatMap((year) =>
      (result.byYear[year]?.unitsDetail ?? []).map((one) => [`${year}\t${one.name}`, one.deadline] as const),
    ),
  );
  return html`<h3 id="units-heading">${y.units}</h3>
      <p class="hint">${view.server ? y.unitsNoteServer : y.unitsNote}</p>
      ${scrollBox(
        m,
        'units-heading',
        html`<table aria-labelledby="units-heading">
          <thead>
            <tr>
              <th scope="col">${y.unit}</th>
              ${result.years.map((year) => html`<th scope="col">${formatMessage(y.yearOption, { year })}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${result.units.map(
              (unit) =>
                html`<tr>
                  <th scope="row" lang=${ifDefined(reportLang(locale))}>${unit.name}</th>
                  ${result.years.map((year) => {
                    const did = unit.years[year];
                    // A report the county returned is there, not counted: never said as none (—, 未报送).
                    if ((!did || did.status === 'missing') && view.returnedOf.has(returnedKey(unit.name, year)))
                      return html`<td class="returned">${y.returnedCell}</td>`;
                    if (!did) return html`<td>${y.notSubmitted}</td>`;
                    // Before its deadline a unit that has not reported is not missing (the dashboard says the same):
                    // in red, a clerk read the towns of the year under way as late.
                    const deadline = deadlines.get(`${year}\t${unit.name}`);
                    if (did.status === 'missing' && deadline && notYetDue(deadline, today))
                      return html`<td class="pending">${m.dashboard.notYetDue}</td>`;
                    const status = m.aggregate.statuses[did.status];
                    const said = did.submittedOn
                      ? formatMessage(y.statusOn, { status, date: formatChinaDate(did.submittedOn, locale) })
                      : status;
                    // Published is said in words, not only left unsaid where 未公开 is not written; late, with its days.
                    const late = daysPublishedLate(did, view.publishBy(year));
                    return html`<td class=${did.status}>${did.publishedOn ? formatMessage(late > 0 ? y.publishedLateAlso : y.publishedAlso, { said, date: formatChinaDate(did.publishedOn, locale), days: late }) : said}</td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>`,
        { part: 'units', role: 'region' },
      )}`;
}

/**
 * Every file and report not counted, with why: not a report file, unreadable, not on the roster,
 * superseded by a later report; reports outside the years chosen counted by year.
 */
export function renderSetAside(view: YearsTablesView): TemplateResult {
  const { result, y, locale, read } = view;
  const outside = new Map<number, number>();
  const skipped: string[] = [];
  for (const one of result.skipped) {
    const year = one.code === 'other_year' ? view.yearOf(one.file, one.line) : undefined;
    if (year !== undefined) outside.set(year, (outside.get(year) ?? 0) + 1);
    else skipped.push(formatMessage(y.setAsideItem, { file: view.placeOf(one.file, one.line), reason: one.reason }));
  }
  const unlisted = result.years.flatMap((year) =>
    (result.byYear[year]?.unitsDetail ?? [])
      .filter((unit) => unit.status === 'unlisted')
      .map((unit) => formatMessage(y.unlisted, { unit: unit.name, year })),
  );
  const items = [
    ...(read?.passedOver ?? []).map((file) => formatMessage(y.setAsideItem, { file, reason: y.notReportFile })),
    ...(read?.problems ?? []).map((problem) =>
      formatMessage(y.setAsideItem, {
        file: problem.file,
        reason: formatMessage(problem.code === 'not_a_report' ? y.notReport : y.unreadable, {
          reason: problem.reason,
        }),
      }),
    ),
    ...skipped,
    ...view.returned,
    ...unlisted,
    ...result.superseded.map((superseded) =>
      formatMessage(y.superseded, {
        file: view.placeOf(superseded.file, superseded.line),
        unit: superseded.unit,
        year: superseded.year,
      }),
    ),
  ];
  const hidden = [...outside]
    .sort(([a], [b]) => a - b)
    .map(([year, count]) => formatMessage(y.outsideRange, { year, count }));
  if (items.length === 0 && hidden.length === 0 && result.years.length === 0) return html``;
  return html`<h3>${y.setAside}</h3>
      ${items.length === 0 ? html`<p>${y.setAsideNone}</p>` : html`<ul class="set-aside" lang=${ifDefined(reportLang(locale))}>${items.map((item) => html`<li>${item}</li>`)}</ul>`}
      ${hidden.length > 0 ? html`<p class="hint">${hidden.join(y.listSeparator)}</p>` : nothing}`;
}

// An indicator's name in the locale, its key when the catalog does not know it.
function labelOf(catalog: Catalog, key: string, locale: Locale): string {
  return catalog.get(key)?.label[locale] ?? key;
}

// An indicator's place in the catalog: the tables list indicators in the catalog's order.
function orderOf(catalog: Catalog, key: string): number {
  const at = catalog.indicators.findIndex((definition) => definition.key === key);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

/** The key of a unit's returned report of a year, in {@link YearsTablesView.returnedOf}. */
export function returnedKey(unit: string, year: number): string {
  return `${year}\u0000${unit}`;
}
