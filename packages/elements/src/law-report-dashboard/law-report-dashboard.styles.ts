import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { tableStyles } from '../internal/table-styles.js';

/** Styles of `<law-report-dashboard>`; themed through `--law-*` custom properties. */
export const dashboardStyles = [
  baseStyles,
  tableStyles,
  css`
    h4 {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem var(--law-space, 1rem);
      margin-block-end: 0.25rem;
    }
    .controls select {
      font: inherit;
      margin-inline-start: 0.5rem;
      padding: 0.25rem 0.5rem;
    }
    .controls fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      border: none;
      margin: 0;
      padding: 0;
    }
    .controls legend {
      padding: 0;
      margin-block-end: 0.25rem;
    }
    .controls input {
      margin-inline-end: 0.375rem;
    }
    .counted {
      margin: 0 0 var(--law-space, 1rem);
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: var(--law-space, 1rem);
      margin: 0;
    }
    .tiles > div {
      border: 1px solid var(--law-color-border, #d0d7de);
      border-radius: var(--law-radius, 6px);
      padding: 0.75rem 1rem;
    }
    .tiles dt {
      color: var(--law-color-muted, #59636e);
    }
    .tiles dd {
      margin: 0;
    }
    .tiles strong {
      display: block;
      font-size: 1.75rem;
      line-height: 1.2;
    }
    .lists {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--law-space, 1rem);
    }
    .lists p,
    .lists ul {
      margin: 0;
    }
    .lists ul {
      padding-inline-start: 1.25rem;
    }
    .section-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5rem;
    }
    abbr {
      text-decoration: none;
    }
    /* A status (逾期 · 已提交) or a date broken over lines reads as nonsense; the table scrolls instead. */
    .units td {
      white-space: nowrap;
    }
    .status.missing,
    .status.late,
    .lacks {
      color: var(--law-color-error, #a40e26);
    }
    .review.returned {
      color: var(--law-color-error, #a40e26);
    }
    .status.reported,
    .review.published,
    .has {
      color: var(--law-color-ok, #116329);
    }
    /* Whose 同比 it is, under the change: a line of its own, as quiet as a note. */
    .change-units {
      display: block;
      font-size: 0.8125rem;
      color: var(--law-color-muted, #59636e);
    }
    /* The totals of all units wrap in a column of a readable width (the change above them does not). */
    .change-units + .change-units {
      white-space: normal;
      min-width: 18em;
      text-align: start;
    }
    /* The pause a screen reader hears between the lines stays in its cell: an absolute box would be placed
       outside the table's scrolling region and widen the page at 375 px. */
    .change-units .visually-hidden {
      position: static;
      display: inline-block;
      clip-path: inset(50%);
    }
    /* A figure is not broken between its number and its measure word (807 / 起). */
    .change-units .figure {
      white-space: nowrap;
    }
    /* A total that moved the other way from the like-for-like change: not to be missed. */
    .change-units.opposite {
      color: var(--law-color-error, #a40e26);
    }
    .note {
      color: var(--law-color-muted, #59636e);
      font-size: 0.875rem;
    }
    /* Figures its unit was warned about, in a total the county is about to publish: not to be missed. */
    .badge.doubtful {
      display: inline-block;
      font-size: 0.75rem;
      font-weight: normal;
      padding: 0 0.25rem;
      border: 1px solid var(--law-color-warning, #b45309);
      border-radius: 3px;
      color: var(--law-color-warning-text, #7c2d12);
      background: var(--law-color-warning-surface, #fff7ed);
      white-space: nowrap;
    }
    .warning.doubtful {
      border-inline-start: 6px solid var(--law-color-warning, #f47738);
      padding: 0.5rem var(--law-space, 1rem);
      margin: var(--law-space, 1rem) 0;
      background: var(--law-color-warning-surface, #fff7ed);
    }
    .warning.doubtful ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    button {
      font: inherit;
      cursor: pointer;
    }
    .section-bar button,
    .dialog-bar button {
      border: 1px solid var(--law-color-primary, #00703c);
      border-radius: var(--law-radius, 6px);
      background: var(--law-color-surface, #fff);
      color: var(--law-color-primary, #00703c);
      padding: 0.25rem 0.75rem;
    }
    .sort,
    .link {
      border: none;
      background: none;
      padding: 0;
      color: inherit;
      font-weight: inherit;
      text-align: start;
    }
    .link {
      color: var(--law-color-primary, #00703c);
      text-decoration: underline;
    }
    .chart rect {
      fill: var(--law-color-primary, #00703c);
    }
    .completeness {
      margin-block-start: 0.5rem;
      font-size: 0.875rem;
    }
    .completeness p,
    .completeness ul {
      margin: 0.25rem 0;
    }
    .values summary,
    .completeness summary {
      cursor: pointer;
      font-size: 0.875rem;
      color: var(--law-color-primary, #00703c);
      width: max-content;
    }
    .values table {
      width: auto;
      margin-block-end: 0.25rem;
    }
    .values caption {
      padding-block-start: 0.25rem;
      font-size: 0.875rem;
    }
    .history {
      margin: 0 0 var(--law-space, 1rem);
      padding-inline-start: 1.5rem;
    }
    @media print {
      .section-bar button,
      .sort span,
      .values:not([open]),
      .completeness:not([open]) {
        display: none;
      }
    }
  `,
];
