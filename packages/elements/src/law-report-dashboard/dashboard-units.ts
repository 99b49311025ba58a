import {
  completenessParts,
  coverageOf,
  daysPublishedLate,
  formatChinaDate,
  formatMessage,
  missingByDeadline,
  notYetDue,
  publicReportPath,
  publishedLate,
  STATUTORY_CONTENTS,
  type AggregateResult,
  type Locale,
  type UnitDetail,
} from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AggregateReview } from '../internal/aggregate-review.js';
import type { TotalsStrings } from '../internal/totals-strings.js';
import { formatParts, reportLang, reportText } from '../internal/report-text.js';
import type { Sort, UnitColumn, UnitRow } from './dashboard-rows.js';
import { sortHeader } from './sort-header.js';
import { scrollBox } from '../internal/scroll-box.js';

// The dashboard's parts about units: the three rates, whom to notify, the units table and the
// statutory-contents matrix. Templates of what the element holds; the element keeps the state.

/** What the units' parts show and call. */
export interface UnitsView {
  readonly m: TotalsStrings;
  readonly locale: Locale;
  readonly result: AggregateResult;
  /** The review's part of a server's aggregate, when the data came from one. */
  readonly review: AggregateReview | undefined;
  readonly endpoint: string | undefined;
  /** The data came from a collection server: its 报送日期 are the county's first receipts. */
  readonly served: boolean;
  /** The year's publication deadline, and today, both days in China: a unit not yet published before it is no unit to notify. */
  readonly publishBy: string | undefined;
  readonly today: string;
  /** The units' rows in the order on screen. */
  readonly rows: readonly UnitRow[];
  readonly sort: Sort<UnitColumn>;
  readonly setSort: (sort: Sort<UnitColumn>) => void;
  /** 导出 CSV. */
  readonly download: () => void;
  /** The report a unit's row was counted from, when the page gave the reports. */
  readonly reportOf: (unit: UnitDetail) => unknown;
  /** Opens a unit's report in the dialog. */
  readonly open: (event: Event, unit: string, given: unknown) => void;
}

/**
 * 报送率, 按时报送率 and 公开率, each with its count of units; while units not yet reported are not yet due (`today`
 * before their deadline), a line says how many the rates count as not reported for now (a 0.0% before anyone's
 * deadline read as a county that failed).
 */
export function renderTiles(result: AggregateResult, m: TotalsStrings, today: string): TemplateResult {
  const coverage = coverageOf(result);
  const notDue = missingByDeadline(result, today).notYetDue.length;
  const tile = (label: string, rate: number | null, part: number) => html`<div>
    <dt>${label}</dt>
    <dd><strong>${rate === null ? '—' : `${rate.toFixed(1)}%`}</strong> <span>${formatMessage(m.dashboard.ofUnits, { part, whole: coverage.expected })}</span></dd>
  </div>`;
  return html`<dl part="tiles" class="tiles">
    ${tile(m.dashboard.reportedRate, coverage.reportedRate, coverage.reported)} ${tile(m.dashboard.onTimeRate, coverage.onTimeRate, coverage.onTime)}
    ${tile(m.dashboard.publishedRate, coverage.publishedRate, coverage.published)}
  </dl>${notDue > 0 ? html`<p class="note" id="tiles-not-due">${formatMessage(m.dashboard.tilesNotDue, { n: notDue })}</p>` : nothing}`;
}

/** The units to notify: nothing sent (or not counted), late with its days, not published, not on the roster. */
export function renderNotify(view: UnitsView): TemplateResult {
  const { m, locale, result, review } = view;
  const late = result.unitsDetail.filter((unit) => unit.status === 'late');
  const list = (heading: string, items: readonly unknown[]) => html`<section aria-label=${heading}>
    <h4>${formatMessage(m.dashboard.countOf, { heading, n: items.length })}</h4>
    ${items.length === 0 ? html`<p>${m.dashboard.none}</p>` : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`}
  </section>`;
  const names = (units: readonly string[]) => units.map((name) => reportText(name, locale));
  // A unit that sent a report not counted (returned, or not yet filed when only filed ones count) says so.
  const named = (name: string) => {
    const workflow = review?.workflow[name];
    return workflow
      ? formatParts(m.dashboard.withStatus, { unit: reportText(name, locale), status: m.review[workflow.status] })
      : reportText(name, locale);
  };
  // Before its deadline a unit with nothing counted is no one to notify yet: listed apart, with its day. Nor is a
  // unit whose report waits for the county to file it, when only filed reports count: that is the county's backlog.
  const { overdue, notYetDue: notDue } = missingByDeadline(result, view.today);
  const awaiting = (name: string) => {
    const status = review?.workflow[name]?.status;
    return status === 'submitted' && !review?.counted.includes(status);
  };
  const missing = overdue.filter((name) => !awaiting(name)).map(named);
  const waiting = overdue.filter(awaiting);
  // Published, but after the day it was due: counted in 公开率, and the county is judged on the day too.
  const latePublished = view.publishBy ? publishedLate(result, view.publishBy) : [];
  return html`<section part="notify" class="notify" aria-labelledby="notify-heading">
    <h3 id="notify-heading">${m.dashboard.toNotify}</h3>
    <div class="lists">
      ${list(m.dashboard.missing, missing)}
      ${
        notDue.length > 0
          ? list(
              m.dashboard.notYetSubmitted,
              notDue.map((unit) =>
                formatParts(m.dashboard.dueBy, {
                  unit: html`${named(unit.name)}`,
                  date: formatChinaDate(unit.deadline, locale),
                }),
              ),
            )
          : nothing
      }
      ${list(
        m.dashboard.late,
        late.map((unit) =>
          formatParts(m.dashboard.daysLate, { unit: reportText(unit.name, locale), days: unit.daysLate ?? 0 }),
        ),
      )}
      ${list(
        view.publishBy && view.today <= view.publishBy
          ? formatMessage(m.dashboard.notYetPublished, { date: formatChinaDate(view.publishBy, locale) })
          : m.dashboard.unpublished,
        names(result.units.unpublished),
      )}
      ${
        latePublished.length > 0
          ? list(
              m.dashboard.latePublished,
              latePublished.map((unit) =>
                formatParts(m.dashboard.daysLate, { unit: reportText(unit.name, locale), days: unit.days }),
              ),
            )
          : nothing
      }
      ${result.units.unlisted.length > 0 ? list(m.dashboard.unlisted, names(result.units.unlisted)) : nothing}
    </div>
    ${
      waiting.length > 0
        ? html`<p class="note">${formatParts(formatMessage(m.dashboard.awaitingFiling, { n: waiting.length }), {
            units: html`${waiting.map((name, i) => html`${i > 0 ? m.dashboard.listSeparator : nothing}${reportText(name, locale)}`)}`,
          })}</p>`
        : nothing
    }
  </section>`;
}

/** The units table: sortable, exportable, each unit's name opening its report. */
export function renderUnits(view: UnitsView): TemplateResult {
  const { m, locale } = view;
  const columns: readonly [UnitColumn, string][] = [
    ['name', m.aggregate.columns.unit],
    ['status', m.aggregate.columns.status],
    ['submittedOn', m.aggregate.columns.submittedOn],
    ['deadline', m.aggregate.columns.deadline],
    ['daysLate', m.aggregate.columns.daysLate],
    ['completeness', m.aggregate.columns.completeness],
  ];
  return html`<section part="units" aria-labelledby="units-heading">
    <div class="section-bar">
      <h3 id="units-heading">${m.dashboard.units}</h3>
      <button type="button" @click=${view.download}>${m.dashboard.exportCsv}</button>
    </div>
    <span id="open-hint" hidden>${m.dashboard.open}</span>
    ${view.served ? html`<p class="note">${m.dashboard.submittedFromServer}</p>` : nothing}
    ${scrollBox(
      m,
      'units-caption',
      html`<table class="units">
        <caption id="units-caption" class="visually-hidden">${m.dashboard.unitsCaption}</caption>
        <thead>
          <tr>${columns.map(([column, label]) => sortHeader(column, label, view.sort, view.setSort))}</tr>
        </thead>
        <tbody>
          ${view.rows.map(
            ({ unit, workflow }) => html`<tr>
              <th scope="row" lang=${ifDefined(reportLang(locale))}>${unitName(view, unit)}</th>
              <td>${status(view, unit, workflow)}</td>
              <td>${unit.submittedOn ? formatChinaDate(unit.submittedOn, locale) : '—'}</td>
              <td>${formatChinaDate(unit.deadline, locale)}</td>
              <td class="number">${unit.daysLate ?? '—'}</td>
              <td class="number">${formatPercent(unit.completeness * 100, locale)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    ${completenessNote(m, locale)}
  </section>`;
}

// What 完整度 counts and by how much, from the weights core scores by, under the table that
// shows the score: a clerk asked why a unit had 70%, and the CSV's column says no more.
function completenessNote(m: TotalsStrings, locale: Locale): TemplateResult {
  const note = m.aggregate.completenessNote;
  return html`<details class="completeness">
    <summary>${note.heading}</summary>
    <p>${note.intro}</p>
    <ul>
      ${completenessParts(locale).map((line) => html`<li>${line.text}</li>`)}
    </ul>
  </details>`;
}

/** Which of the statutory contents each unit that reported has, in the units table's order. */
export function renderCoverage(view: UnitsView): TemplateResult {
  const { m, locale } = view;
  const units = view.rows.map((row) => row.unit).filter((unit) => unit.status !== 'missing');
  return html`<section part="coverage" aria-labelledby="coverage-heading">
    <h3 id="coverage-heading">${m.dashboard.coverage}</h3>
    ${scrollBox(
      m,
      'coverage-caption',
      html`<table class="matrix">
        <caption id="coverage-caption" class="visually-hidden">${m.dashboard.coverageCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${m.aggregate.columns.unit}</th>
            ${STATUTORY_CONTENTS.map(({ kind }) => html`<th scope="col"><abbr title=${m.kinds[kind]}>${m.kindsShort[kind]}</abbr></th>`)}
          </tr>
        </thead>
        <tbody>
          ${units.map(
            (unit) => html`<tr>
              <th scope="row" lang=${ifDefined(reportLang(locale))}>${unit.name}</th>
              ${STATUTORY_CONTENTS.map(({ kind }) =>
                unit.contents.some((content) => content === kind)
                  ? html`<td class="has">${m.dashboard.hasContent}</td>`
                  : html`<td class="lacks">${m.dashboard.lacksContent}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
  </section>`;
}

// The aggregate's status (已报送, 逾期, 未公开, 未报送) and, from a server, the review's: a report
// the totals leave out (returned, or not filed when only filed ones count) says 未计入 instead.
function status(view: UnitsView, unit: UnitDetail, workflow: UnitRow['workflow']): TemplateResult {
  const { m, review, endpoint } = view;
  const counted =
    unit.status === 'missing' && notYetDue(unit.deadline, view.today)
      ? html`<span class="status pending">${m.dashboard.notYetDue}</span>`
      : html`<span class="status ${unit.status}">${m.aggregate.statuses[unit.status]}</span>`;
  const late = daysPublishedLate(unit, view.publishBy);
  const lateNote =
    late > 0
      ? html` · <span class="status late">${formatMessage(m.dashboard.publishedLate, { days: late })}</span>`
      : nothing;
  if (!workflow) return html`${counted}${lateNote}`;
  const shown = html`<span class="review ${workflow.status}">${m.review[workflow.status]}</span>`;
  // A published report links to its page for the public on the same server.
  const page =
    workflow.status === 'published' && endpoint
      ? html` · <a href=${`${endpoint.replace(/\/?api\/?$/, '')}${publicReportPath(view.result.year, unit.name, 'html')}`} aria-label=${formatMessage(m.dashboard.publicPageOf, { unit: unit.name })}>${m.dashboard.publicPage}</a>`
      : nothing;
  if (review?.counted.includes(workflow.status)) return html`${counted} · ${shown}${lateNote}${page}`;
  return html`${shown} · <span class="status missing">${m.dashboard.notCounted}</span>`;
}

// Named by the unit alone (a row header read with every cell of its row); what it does is its description.
function unitName(view: UnitsView, unit: UnitDetail): TemplateResult | string {
  const report = view.reportOf(unit);
  // From a server, a unit's report (returned ones too) is fetched when its name is clicked.
  const fromServer =
    report === undefined &&
    view.endpoint !== undefined &&
    (view.review?.workflow[unit.name] !== undefined || unit.submittedOn !== null);
  if (report === undefined && !fromServer) return unit.name;
  return html`<button type="button" class="link" aria-describedby="open-hint" @click=${(event: Event) => view.open(event, unit.name, report)}>${unit.name}</button>`;
}

function formatPercent(value: number, locale: Locale): string {
  return `${value.toLocaleString(locale, { maximumFractionDigits: 0 })}%`;
}
