import { html, type TemplateResult } from 'lit';
import type { Sort } from './dashboard-rows.js';

/**
 * A column header that sorts its table: named by its text like any other header, the button
 * inside sorts, and `aria-sort` says how (the table's caption says the headers sort).
 */
export function sortHeader<C extends string>(
  column: C,
  label: string,
  sort: Sort<C>,
  set: (sort: Sort<C>) => void,
): TemplateResult {
  const active = sort.column === column;
  const direction = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
  return html`<th scope="col" aria-sort=${direction}>
    <button type="button" class="sort" @click=${() => set({ column, descending: active && !sort.descending })}>
      ${label}<span aria-hidden="true">${active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
    </button>
  </th>`;
}
