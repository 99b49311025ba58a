import { formatMessage, type YearsResult } from '@law-report/core/model';
import { html, type TemplateResult } from 'lit';
import type { YearsMessages } from './years-text.js';

/** The years chosen, as the element's `from` and `to` properties hold them. */
export interface YearsRange {
  from: number | undefined;
  to: number | undefined;
}

/**
 * The first and the last year shown, each a select of every year read; choosing one past the other
 * moves the other along, so the range is never empty.
 */
export function renderRange(
  y: YearsMessages,
  years: readonly number[],
  result: YearsResult | undefined,
  range: YearsRange,
): TemplateResult {
  const from = result?.years[0] ?? years[0];
  const to = result?.years.at(-1) ?? years.at(-1);
  const select = (label: string, value: number | undefined, set: (year: number) => void) =>
    html`<label
      >${label}
      <select @change=${(event: Event) => set(Number((event.target as HTMLSelectElement).value))}>
        ${years.map((year) => html`<option value=${year} .selected=${year === value}>${formatMessage(y.yearOption, { year })}</option>`)}
      </select></label
    >`;
  return html`<div class="range">
    ${select(y.from, from, (year) => {
      range.from = year;
      if (range.to !== undefined && range.to < year) range.to = year;
    })}
    ${select(y.to, to, (year) => {
      range.to = year;
      if (range.from !== undefined && range.from > year) range.from = year;
    })}
  </div>`;
}
