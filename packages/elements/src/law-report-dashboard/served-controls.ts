import { formatChinaDate, formatMessage, type Locale } from '@law-report/core/model';
import { html, type TemplateResult } from 'lit';
import type { AggregateReview, CountFrom, JudgedBy } from '../internal/aggregate-review.js';
import type { Strings } from '../internal/strings.js';
import type { Served } from './served-years.js';

// The dashboard's controls over a collection server's data, loaded with the code that reads the
// server: a page that gives its own reports never shows them.

/** What the controls show and change. */
export interface ControlsView {
  readonly m: Strings;
  readonly locale: Locale;
  readonly served: Served;
  readonly review: AggregateReview | undefined;
  /** A year is being loaded. */
  readonly loading: boolean;
  /** The year asked for, while it loads. */
  readonly year: number | undefined;
  readonly countFrom: CountFrom;
  readonly setYear: (year: number) => void;
  readonly setCountFrom: (from: CountFrom) => void;
}

/**
 * The year (the years the server holds) and which reports count, with a note saying which do:
 * a live region, so a person who changes either hears what is now shown.
 */
export function renderControls(view: ControlsView): TemplateResult {
  const { m, locale, served, review } = view;
  const statuses = review
    ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(review.counted.map((status) => m.review[status]))
    : '';
  const note = view.loading
    ? formatMessage(m.dashboard.loading, { year: view.year ?? served.year })
    : review
      ? formatMessage(view.countFrom === 'filed' ? m.dashboard.countedFiled : m.dashboard.counted, {
          year: served.year,
          statuses,
        })
      : '';
  const counts: readonly [CountFrom, string][] = [
    ['submitted', m.dashboard.countSubmitted],
    ['filed', m.dashboard.countFiled],
  ];
  return html`<div part="controls" class="controls">
      <label class="year"
        >${m.dashboard.year}
        <select @change=${(event: Event) => view.setYear(Number((event.target as HTMLSelectElement).value))}>
          ${served.years.map((year) => html`<option value=${year} .selected=${year === served.year}>${formatMessage(m.dashboard.yearOption, { year })}</option>`)}
        </select>
      </label>
      <fieldset>
        <legend>${m.dashboard.counting}</legend>
        ${counts.map(
          ([from, label]) =>
            html`<label><input type="radio" name="count-from" value=${from} .checked=${view.countFrom === from} @change=${() => view.setCountFrom(from)} />${label}</label>`,
        )}
      </fieldset>
    </div>
    <p class="note counted" role="status">${note}</p>`;
}

/** The deadlines the server judged 按时 by: the towns' and departments', and publication. */
export function renderJudgedBy(judged: JudgedBy, m: Strings, locale: Locale): TemplateResult {
  const levels = (['town', 'department'] as const)
    .filter((level) => judged.submitBy[level])
    .map((level) =>
      formatMessage(m.dashboard.deadlineOf, {
        level: m.levels[level],
        date: formatChinaDate(judged.submitBy[level] ?? '', locale),
      }),
    );
  return html`<p class="note" part="deadlines">${formatMessage(m.dashboard.judgedBy, { deadlines: levels.join(m.dashboard.listSeparator), publish: judged.publishBy ? formatChinaDate(judged.publishBy, locale) : '—', source: judged.source === 'default' ? m.dashboard.bySource.default : m.dashboard.bySource.county })}</p>`;
}
