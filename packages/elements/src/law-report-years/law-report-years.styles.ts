import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { buttonStyles } from '../internal/button-styles.js';
import { tableStyles } from '../internal/table-styles.js';

/** Styles of `<law-report-years>`; themed through `--law-*` custom properties. */
export const yearsStyles = [
  baseStyles,
  buttonStyles,
  tableStyles,
  css`
    .hint {
      color: var(--law-color-muted, #59636e);
      font-size: 0.875rem;
      margin: 0.25rem 0;
    }
    .load {
      border: 1px dashed var(--law-color-border, #d0d7de);
      border-radius: var(--law-radius, 6px);
      padding: 0.75rem var(--law-space, 1rem);
    }
    .load h3,
    .server h3 {
      margin-block-start: 0;
    }
    .server {
      border: 1px solid var(--law-color-border, #d0d7de);
      border-radius: var(--law-radius, 6px);
      padding: 0.75rem var(--law-space, 1rem);
      margin-block-end: var(--law-space, 1rem);
    }
    .said {
      margin: 0.25rem 0;
    }
    .said.problem {
      color: var(--law-color-error, #b42318);
    }
    .pickers,
    .range {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem var(--law-space, 1rem);
      align-items: center;
      margin: 0.5rem 0;
    }
    .range {
      margin-block-start: var(--law-space, 1rem);
    }
    select {
      font: inherit;
      margin-inline-start: 0.5rem;
      padding: 0.25rem 0.5rem;
    }
    progress {
      inline-size: min(24rem, 100%);
    }
    table {
      font-size: 0.9375rem;
    }
    /* A figure's cell holds its total and, under it, how many units gave it. */
    td {
      vertical-align: top;
    }
    dialog h4,
    .apart h4 {
      font-size: 1rem;
      margin: 1rem 0 0.25rem;
    }
    .none {
      color: var(--law-color-muted, #59636e);
    }
    button.total {
      font: inherit;
      font-variant-numeric: tabular-nums;
      background: none;
      border: none;
      border-block-end: 1px dotted currentColor;
      color: var(--law-color-link, #0b5cad);
      cursor: pointer;
      padding: 0;
    }
    .reporting {
      display: block;
      color: var(--law-color-muted, #59636e);
      font-size: 0.75rem;
    }
    .trend rect {
      fill: var(--law-color-primary, #0b5cad);
    }
    .trend rect.none {
      fill: var(--law-color-border, #d0d7de);
    }
    /* A unit's year on one line (已报送，2023-01-21；…已公开): a phone scrolls the table, never splits a date. */
    /* The change over the years reads in lines of a readable width, its figures whole (455起→552起 was broken
       after 552 in a 147 px column at 375 px); the table scrolls in its own region instead. */
    td.change {
      min-width: 16em;
    }
    [part='units'] td {
      white-space: nowrap;
    }
    td.late,
    td.missing {
      color: var(--law-color-error, #b42318);
    }
    .sources {
      padding-inline-start: 1.25rem;
    }
    .sources li + li {
      margin-block-start: 0.75rem;
    }
    .sources p {
      margin: 0.125rem 0;
    }
    blockquote {
      border-inline-start: 3px solid var(--law-color-border, #d0d7de);
      margin: 0.25rem 0;
      padding-inline-start: 0.75rem;
    }
    details.paragraph summary {
      cursor: pointer;
      font-size: 0.875rem;
      color: var(--law-color-muted, #59636e);
    }
    details.paragraph p {
      margin: 0.25rem 0 0;
    }
    mark {
      background: var(--law-color-mark, #fff3b0);
      color: inherit;
    }
    .set-aside li,
    .not-counted li {
      overflow-wrap: anywhere;
    }
  `,
];
