import {
  formatChange,
  formatFigure,
  formatMessage,
  yearsMessages,
  type Locale,
  type Report,
} from '@law-report/core/model';
import type { ReactiveControllerHost } from 'lit';
import { totalFigure } from '../internal/figure-markup.js';
import { localeOf } from '../internal/locale.js';
import type { TotalsController } from './totals-controller.js';
import { sourceFigure, SERVER_FILE, type OpenedTotal } from './years-sources.js';

/** The element whose sources dialog (the one `<dialog>` in its render root) lists a total's figures. */
type SourcesHost = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: string;
};

/**
 * The total opened in the sources dialog: the figures it adds up, each with the sentence it was read
 * from, and against the year before. Closed, the focus goes back to the total that opened it. It
 * needs none of the host's lifecycle, so it is not added to the host's controllers.
 */
export class SourcesController {
  readonly #host: SourcesHost;
  readonly #totals: TotalsController;
  #opened: OpenedTotal | undefined;
  #opener: HTMLElement | undefined;

  constructor(host: SourcesHost, totals: TotalsController) {
    this.#host = host;
    this.#totals = totals;
  }

  /** The total whose figures the dialog lists, while it is open. */
  get opened(): OpenedTotal | undefined {
    return this.#opened;
  }

  /** Opens the figures behind an indicator's total of a year (`label`: the indicator as the table names it). */
  async open(event: Event, indicator: string, year: number, label: string): Promise<void> {
    this.#opener = event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined;
    const locale = localeOf(this.#host.locale);
    const result = this.#totals.result;
    const aggregate = result?.byYear[year];
    const at = result?.years.indexOf(year) ?? -1;
    const point = result?.series[indicator]?.[at];
    if (!result || !aggregate || !point) return;
    const y = yearsMessages[locale];
    const figuresOf = (units: typeof aggregate.unitsDetail) =>
      units.flatMap((unit) => {
        if (!unit.values?.[indicator] || !unit.source) return [];
        const report = this.#totals.reportAt(unit.source.file, unit.source.line) as Report | undefined;
        const fromServer = unit.source.file === SERVER_FILE;
        const figure = report
          ? sourceFigure(unit.name, fromServer ? '' : unit.source.file, report, indicator, this.#totals.catalog)
          : undefined;
        return figure ? [fromServer ? { ...figure, place: y.serverSource } : figure] : [];
      });
    // Units not on the roster are never in a total: their figures are shown apart, saying so.
    const figures = figuresOf(aggregate.unitsDetail.filter((unit) => unit.status !== 'unlisted'));
    const unlisted = figuresOf(aggregate.unitsDetail.filter((unit) => unit.status === 'unlisted'));
    this.#opened = {
      indicator,
      year,
      yearOverYear: yearOverYear(result.changes[at - 1], indicator, locale),
      heading: formatMessage(y.sources, { indicator: label, year, total: formatFigure(totalFigure(point), locale) }),
      figures,
      unlisted,
    };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.#host.renderRoot.querySelector<HTMLElement>('#sources-heading')?.focus();
  }

  /** Closes the dialog (its 关闭 button). */
  readonly close = (): void => {
    this.#host.renderRoot.querySelector('dialog')?.close();
  };

  /** The dialog's `close`, however it closed: nothing opened, the focus back on the total. */
  readonly closed = (): void => {
    this.#opened = undefined;
    this.#host.requestUpdate();
    this.#opener?.focus();
  };
}

type YearsChange = NonNullable<TotalsController['result']>['changes'][number];

// An indicator against the year before, like for like; none for the first year.
function yearOverYear(before: YearsChange | undefined, indicator: string, locale: Locale): string | undefined {
  const y = yearsMessages[locale];
  const change = before?.indicators[indicator];
  if (!before) return undefined;
  return change && change.change !== null
    ? formatMessage(y.yearOverYear, {
        previous: before.previousYear,
        change: formatChange(change, locale) ?? '',
        units: change.units,
      })
    : formatMessage(y.noYearOverYear, { previous: before.previousYear });
}
