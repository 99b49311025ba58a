import { formatMessage } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { renderApart, renderFigures, type FiguresView } from './dashboard-figures.js';
import { renderRates } from './dashboard-rates.js';
import { renderCoverage, renderNotify, renderTiles, renderUnits, type UnitsView } from './dashboard-units.js';

/** What a year's parts show and call: the units' parts' view, with the figures' own. */
export interface YearView extends UnitsView {
  readonly figures: Omit<FiguresView, 'm' | 'locale' | 'result'>;
}

/**
 * The year on screen: the three rates, whom to notify, the units table, the statutory-contents
 * matrix, the year's totals, its rates recomputed, what is totalled apart, and a note of the reports
 * set aside (superseded by a later version, or no report).
 */
export function renderYear(view: YearView): TemplateResult {
  const { m, locale, result } = view;
  const catalog = view.figures.catalog;
  return html`${renderTiles(result, m, view.today)} ${renderNotify(view)} ${renderUnits(view)} ${renderCoverage(view)}
    ${renderFigures({ m, locale, result, ...view.figures })}
    ${renderRates({ m, locale, result, catalog })}
    ${renderApart({ m, locale, result, catalog })}
    ${
      result.superseded.length + result.skipped.length > 0
        ? html`<p class="note">${formatMessage(m.dashboard.setAside, { superseded: result.superseded.length, skipped: result.skipped.length })}</p>`
        : nothing
    }`;
}
