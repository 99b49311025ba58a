import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { buttonStyles } from '../internal/button-styles.js';

/** Styles of `<law-report-review>`; themed through `--law-*` custom properties. */
export const reviewStyles = [
  baseStyles,
  buttonStyles,
  css`
    /* The queue's layout follows the width the desk is given, not the window's. */
    .root {
      container: desk / inline-size;
    }
    h2 {
      font-size: 1.25rem;
      margin: 0 0 0.75rem;
    }
    /* Other years with reports to review: a line under the year's select, one button a year. */
    .waiting-elsewhere {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
      padding: 0.5rem var(--law-space, 1rem);
      border-inline-start: 6px solid var(--law-color-warning, #f47738);
      background: var(--law-color-warning-surface, #fff7ed);
    }
    .waiting-elsewhere p {
      margin: 0;
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 2px solid var(--law-color-border, #d0d7de);
    }
    [role='tab'] {
      font: inherit;
      padding: 0.4rem 0.9rem;
      border: 1px solid var(--law-color-border, #d0d7de);
      border-bottom: none;
      border-radius: var(--law-radius, 6px) var(--law-radius, 6px) 0 0;
      background: var(--law-color-button, #f6f8fa);
      cursor: pointer;
    }
    [role='tab'][aria-selected='true'] {
      background: var(--law-color-primary, #00703c);
      color: var(--law-color-on-primary, #fff);
      font-weight: 600;
    }
    [role='tabpanel'] {
      padding: 0.75rem 0;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
    th,
    td {
      text-align: start;
      padding: 0.3rem 0.75rem 0.3rem 0;
      border-bottom: 1px solid var(--law-color-border, #d0d7de);
    }
    thead th,
    tbody th,
    td {
      white-space: nowrap;
    }
    td:last-child {
      white-space: normal;
    }
    /* The report open for review, marked in the queue wherever its steps take it. */
    tr[aria-current='true'] th {
      border-inline-start: 4px solid var(--law-color-primary, #00703c);
      padding-inline-start: 0.5rem;
    }
    .label {
      display: none;
    }
    /* Narrow (a phone, a side column), each report is a block of its own: the unit on a line, then
       its version, the last change with its column's name, then its button. */
    @container desk (width < 36rem) {
      table,
      caption,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      tbody tr {
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--law-color-border, #d0d7de);
      }
      tbody th,
      tbody td {
        border: none;
        padding: 0.1rem 0;
        white-space: normal;
      }
      tbody td:empty {
        display: none;
      }
      .label {
        display: inline;
        margin-inline-end: 0.5em;
        color: var(--law-color-muted, #57606a);
      }
      td .open {
        margin-top: 0.25rem;
      }
      tr[aria-current='true'] {
        border-inline-start: 4px solid var(--law-color-primary, #00703c);
        padding-inline-start: 0.5rem;
      }
      tr[aria-current='true'] th {
        border-inline-start: none;
        padding-inline-start: 0;
      }
    }
    .opened {
      border-top: 4px solid var(--law-color-primary, #00703c);
      margin-top: 1rem;
      padding-top: 0.5rem;
    }
    .opened h3 {
      font-size: 1.125rem;
    }
    .opened h4 {
      font-size: 1rem;
      margin: 1rem 0 0.25rem;
    }
    .actions {
      margin: 0.5rem 0;
      padding: 0.75rem;
      background: var(--law-color-warning-surface, #fff7ed);
    }
    .actions label {
      display: block;
      font-weight: 600;
    }
    textarea {
      font: inherit;
      width: 100%;
      box-sizing: border-box;
      padding: 0.25rem 0.4rem;
      border: 1px solid var(--law-color-input-border, #6e7781);
      border-radius: var(--law-radius-control, var(--law-radius, 4px));
    }
    .confirm {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.5rem;
      align-items: start;
      margin-top: 0.5rem;
    }
    .confirm input {
      margin: 0.25rem 0 0;
      width: 1.125rem;
      height: 1.125rem;
    }
    .confirm .help,
    .confirm .problem {
      grid-column: 2;
    }
    .actions .confirm label {
      font-weight: 600;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    .help {
      margin: 0;
      font-size: 0.875rem;
      color: var(--law-color-muted, #57606a);
    }
    .said {
      font-weight: 600;
    }
    /* A refused 备案 or 公开: an error summary of its own, below the buttons and outside the reason box. */
    .refused {
      margin: 0.5rem 0;
      padding: 0.5rem 0.75rem;
      border: 4px solid var(--law-color-error, #d4351c);
    }
    .refused p {
      margin: 0 0 0.25rem;
      font-weight: 600;
    }
    .refused:focus {
      outline: 3px solid var(--law-color-focus, #fd0);
      outline-offset: 0;
      box-shadow: 0 0 0 6px var(--law-color-focus-ring, #0b0c0c);
    }
    /* Empty, the status region stays in the page (a live region added with its text is not heard). */
    .said:empty {
      margin: 0;
    }
    /* After a refusal the desk sends focus to the control to mend (the reason box, the 保密审查 box),
       marked aria-invalid. Focused from script after a mouse click it does not match :focus-visible,
       so it is given the shared focus indicator on :focus: a mouse user sees where focus went too. */
    :host [aria-invalid='true']:focus {
      outline: 3px solid var(--law-color-focus, #fd0);
      outline-offset: 0;
      box-shadow: 0 0 0 6px var(--law-color-focus-ring, #0b0c0c);
    }
    button[aria-disabled='true'] {
      cursor: progress;
    }
    .problem,
    .issues .error {
      color: var(--law-color-error, #d4351c);
    }
    .issues .warning {
      color: var(--law-color-warning-text, #8a4b00);
    }
    .jump {
      margin: 0.25rem 0;
    }
    .jump a {
      color: var(--law-color-link, #0b5cad);
    }
    /* Focused by the links between the steps and the report's text. */
    .actions:focus,
    .full-text h4:focus {
      outline: 3px solid var(--law-color-focus, #fd0);
      outline-offset: 0;
      box-shadow: 0 0 0 6px var(--law-color-focus-ring, #0b0c0c);
    }
    /* The report's text as it is printed: paragraphs indented two characters, headings by level, the 落款 to the right. */
    .full-text .text {
      max-width: 42em;
      overflow-wrap: anywhere;
    }
    .full-text .text p {
      margin: 0 0 0.5rem;
      text-indent: 2em;
    }
    .full-text .text .title {
      text-indent: 0;
      text-align: center;
      font-size: 1.125rem;
      font-weight: 600;
    }
    .full-text h5,
    .full-text h6,
    .full-text .text .deeper {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
      text-indent: 0;
    }
    .full-text h5 {
      font-weight: 700;
    }
    .full-text h6,
    .full-text .text .deeper {
      font-weight: 600;
    }
    .full-text .text .signature {
      text-indent: 0;
      text-align: end;
      margin-top: 1rem;
    }
    .full-text .signature span {
      display: block;
    }
  `,
];
