import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { buttonStyles } from '../internal/button-styles.js';

/** Styles of `<law-report-form>`; themed through `--law-*` custom properties. */
export const formStyles = [
  baseStyles,
  buttonStyles,
  css`
  form {
    max-width: 100%;
  }
  fieldset {
    border: 1px solid var(--law-color-border, #d0d7de);
    border-radius: var(--law-radius, 6px);
    margin: 0 0 var(--law-space, 1rem);
    padding: var(--law-space, 1rem);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  /* Each section is its own layout: a keystroke in one never lays out the others. No
     content-visibility: it takes sections out of view out of the accessibility tree. */
  fieldset.section {
    contain: layout style;
  }
  /* The form's width, which a phone's figures are laid out by (the page's is not the form's column). */
  .root {
    container: law-report-form / inline-size;
  }
  /* Narrow (a phone): groups inside groups keep a little side room, not a full step each, so a figure
     two sections deep still has most of the width (273 of 375 px before). */
  @container law-report-form (max-width: 30rem) {
    fieldset fieldset {
      padding-inline: calc(var(--law-space, 1rem) / 4);
      margin-inline: calc(var(--law-space, 1rem) / -4);
    }
  }
  .legend-heading {
    font-size: 1.05rem;
    font-weight: 600;
  }
  .field {
    margin: 0 0 0.75rem;
  }
  .field label {
    display: block;
    font-weight: 500;
  }
  .field.checkbox {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .field.checkbox label {
    display: inline;
  }
  input,
  select,
  textarea {
    font: inherit;
    box-sizing: border-box;
    max-width: 100%;
    padding: 0.25rem 0.4rem;
    border: 1px solid var(--law-color-input-border, #6e7781);
    border-radius: var(--law-radius-control, var(--law-radius, 4px));
  }
  .field input[type='text'],
  .field textarea {
    width: 100%;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--law-color-error, #d4351c);
  }
  .required {
    font-weight: normal;
    margin-inline-start: 0.25rem;
  }
  .help {
    margin: 0.1rem 0 0;
    font-size: 0.875rem;
    color: var(--law-color-muted, #57606a);
  }
  .error {
    margin: 0.1rem 0 0;
    color: var(--law-color-error, #d4351c);
    font-weight: 600;
  }
  /* Another unit's report imported: said on a line of its own above what the import did, and kept in view. */
  .unit-warning {
    display: block;
  }
  .summary {
    border: 4px solid var(--law-color-error, #d4351c);
    padding: var(--law-space, 1rem);
    margin: 0 0 var(--law-space, 1rem);
  }
  .summary h2 {
    font-size: 1.125rem;
    margin: 0 0 0.5rem;
  }
  .summary a {
    color: var(--law-color-error, #d4351c);
    font-weight: 600;
  }
  .summary h3 {
    font-size: 1rem;
    margin: 0.75rem 0 0.5rem;
  }
  .summary .check a {
    color: inherit;
  }
  /* A line mended since 提交 or 检查报告: kept in its place, quieter, with its words saying so. */
  .summary li.fixed,
  .summary li.fixed a {
    color: var(--law-color-muted, #57606a);
    font-weight: normal;
  }
  .warning,
  .restore {
    border-inline-start: 6px solid var(--law-color-warning, #f47738);
    padding: 0.5rem var(--law-space, 1rem);
    margin: 0 0 var(--law-space, 1rem);
    background: var(--law-color-warning-surface, #fff7ed);
  }
  .table-scroll {
    /* Positioned, so the visually hidden labels inside scroll with it, not the page. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    margin: 0.5rem 0;
  }
  .metrics {
    width: 100%;
  }
  .metrics caption {
    text-align: start;
    font-weight: 500;
  }
  .metrics th,
  .metrics td {
    padding: 0.25rem;
    text-align: start;
    vertical-align: top;
  }
  .figure {
    border-top: 1px solid var(--law-color-border, #d0d7de);
  }
  .figure-head th {
    font-weight: normal;
  }
  .figure-name {
    font-weight: 600;
    margin-inline-end: 0.5rem;
  }
  .figure-buttons {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-inline-start: 0.5rem;
  }
  .figure-buttons button {
    white-space: nowrap;
  }
  .source {
    display: block;
    font-size: 0.875rem;
    margin-top: 0.25rem;
  }
  .note {
    display: block;
  }
  .metrics .field {
    margin: 0;
  }
  /* A figure's fields side by side, each with its column's name above it, wrapping onto another
     line where the column is too narrow for all seven: a field is never narrower than what it
     shows (the longest indicator's name, the phrase as written, a date), nor covered by the next
     (a fixed table of seven equal columns cut the select and laid 数值 over 原文表述 at 1280 px).
     The header row stays for its ids: it names each field, with the figure's name. */
  .metrics thead {
    display: none;
  }
  .metrics,
  .metrics caption,
  .metrics tbody,
  .metrics tr,
  .metrics th {
    display: block;
  }
  .metrics .figure-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .figure-fields td {
    display: block;
    flex: 1 1 8rem;
    min-width: 0;
    padding: 0.25rem 0;
  }
  /* 指标, 原文表述, 数值, 计量单位, 数值限定, 统计口径, 截至日期: the room each needs. */
  .figure-fields td:nth-child(1) {
    flex: 1 1 16rem;
  }
  .figure-fields td:nth-child(2) {
    flex: 2 1 20rem;
  }
  /* Numbers, words and dates keep to a size that reads as one; a line they start is left open. */
  .figure-fields td:nth-child(n + 3) {
    max-width: 16rem;
  }
  .figure-fields td:nth-child(3) {
    flex-basis: 7rem;
  }
  .figure-fields td:nth-child(4) {
    flex-basis: 6rem;
  }
  /* 数值限定: never narrower than its longest choice (余、多、逾、以上（下限）), read whole; it goes onto the
     next line before it is cut (at 1280 px it showed 余、多、逾、以上). */
  .figure-fields td:nth-child(5) {
    flex: 1 0 auto;
  }
  .figure-fields td:nth-child(7) {
    flex-basis: 10rem;
  }
  /* Each field's name from its column, shown above it (its accessible name comes from the header). */
  .figure-fields td::before {
    content: attr(data-label);
    display: block;
    font-weight: 500;
    font-size: 0.875rem;
  }
  .figure-fields td select,
  .figure-fields td input,
  .figure-fields td textarea {
    width: 100%;
    min-width: 0;
  }
  /* 原文表述: as tall as its phrase, wrapped, one line while it is short; where a browser cannot size a
     box to its text, two lines and a handle to make it taller. */
  textarea.phrase {
    display: block;
    resize: none;
    field-sizing: content;
    min-height: calc(1lh + 0.5rem + 2px);
    overflow-wrap: anywhere;
  }
  @supports not (field-sizing: content) {
    textarea.phrase {
      resize: vertical;
    }
  }
  /* Narrow (a phone): each field on a line of its own. By the form's width: a figures table that was a
     size container of its own lost its other rows from the screen when one was deleted (Chromium drew them
     0 px high, out of reach of Tab, until something else laid the table out again). */
  @container law-report-form (max-width: 30rem) {
    .figure-fields td:nth-child(n) {
      flex-basis: 100%;
      max-width: none;
    }
  }
  .finder {
    margin: 0.5rem 0 0;
  }
  .finder input {
    width: 100%;
  }
  .found {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .import {
    margin: 0 0 var(--law-space, 1rem);
  }
  .import textarea {
    display: block;
    width: 100%;
    margin: 0.25rem 0 0.5rem;
  }
  .to-confirm {
    background: var(--law-color-warning-surface, #fff7ed);
    border-inline-start: 6px solid var(--law-color-warning, #f47738);
  }
  .guess {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.5rem;
    border-inline-start: 6px solid var(--law-color-warning, #f47738);
    background: var(--law-color-warning-surface, #fff7ed);
    font-size: 0.875rem;
  }
  .guess button {
    margin-inline-start: 0.5rem;
  }
  /* A figure's warnings under its fields, across the row: to judge, not errors (the report may go with them). */
  .figure-notes td {
    display: block;
    padding: 0 0 0.25rem;
  }
  .field-warning {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.5rem;
    border-inline-start: 6px solid var(--law-color-warning, #f47738);
    background: var(--law-color-warning-surface, #fff7ed);
    font-size: 0.875rem;
  }
  .section-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
  }
  .undo,
  .import-ask,
  .returned,
  .held {
    border-inline-start: 6px solid var(--law-color-warning, #f47738);
    padding: 0.5rem var(--law-space, 1rem);
    margin: 0 0 var(--law-space, 1rem);
    background: var(--law-color-warning-surface, #fff7ed);
  }
  .undo button,
  .import-ask button {
    margin-inline-end: 0.5rem;
  }
  .import-result {
    margin: 0 0 var(--law-space, 1rem);
  }
  .import-result:empty {
    display: none;
  }
  /* A long report is hundreds of tab stops: the first one skips to 提交, shown when focused. */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .sent-warnings {
    border-inline-start: 6px solid var(--law-color-warning, #f47738);
    padding: 0.25rem var(--law-space, 1rem);
    background: var(--law-color-warning-surface, #fff7ed);
  }
  /* What 检查报告 found: said beside the buttons, its warnings as links to their fields. */
  .checked:not(:empty) {
    border-inline-start: 6px solid var(--law-color-ok, #116329);
    padding: 0 var(--law-space, 1rem);
  }
  /* A check that could not run is no good news: its bar is the error colour. */
  .checked:has(.error) {
    border-inline-start-color: var(--law-color-error, #d4351c);
  }
  .checked p {
    margin: 0.25rem 0;
    font-weight: 600;
  }
  .sent {
    margin: 0;
    font-weight: 600;
    align-self: center;
  }
  .unit-reports table {
    border-collapse: collapse;
  }
  .unit-reports th,
  .unit-reports td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    text-align: start;
  }
  /* A status or a version never breaks inside its word (已提/交) on a phone. */
  .unit-reports thead th,
  .unit-reports td:nth-of-type(1),
  .unit-reports td:nth-of-type(2) {
    white-space: nowrap;
  }
  /* A time breaks between its day and its hour, never inside 12月 (keep-all: no break between CJK characters). */
  .unit-reports .public-page {
    white-space: nowrap;
    margin-inline-start: 0.5rem;
  }
  .unit-reports .when {
    word-break: keep-all;
  }
  /* The county's reason under a status: a sentence that wraps, in the cell it belongs to. */
  .unit-reports .step-back,
  .unit-reports .first-day,
  .unit-reports .sent-notes {
    display: block;
    white-space: normal;
    word-break: normal;
    max-inline-size: 36em;
  }
  .unit-reports {
    margin: 0 0 var(--law-space, 1rem);
    overflow-x: auto;
    container-type: inline-size;
  }
  /* Narrow (a phone): each report one line of its own that wraps between its cells, never inside a
     word or a button; the headers are still there for a screen reader (the table's roles are explicit). */
  @container (max-width: 30rem) {
    .unit-reports-table,
    .unit-reports-table tbody {
      display: block;
    }
    .unit-reports-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .unit-reports-table tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.75rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--law-color-border, #b1b4b6);
    }
    .unit-reports-table th,
    .unit-reports-table td {
      padding: 0;
    }
  }
  .badge {
    white-space: nowrap;
    border: 1px solid var(--law-color-warning, #f47738);
    border-radius: 3px;
    padding: 0 0.25rem;
  }
  mark {
    background: var(--law-color-mark, #ffdd00);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  button[type='submit'] {
    background: var(--law-color-primary, #00703c);
    color: var(--law-color-on-primary, #fff);
    border-color: transparent;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`,
];
