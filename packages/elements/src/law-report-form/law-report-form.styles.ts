import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';

/** Styles of `<law-report-form>`; themed through `--law-*` custom properties. */
export const formStyles = [
  baseStyles,
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
  }
  /* Sections out of view are laid out and painted only when scrolled to: a report of 1,000
     figures renders as fast as the part on screen. Their content stays in the accessibility
     tree and in tab order. */
  fieldset.section {
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
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
    border: 1px solid var(--law-color-border, #6e7781);
    border-radius: 4px;
  }
  .field input[type='text'],
  .field textarea {
    width: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--law-color-focus, #fd0);
    outline-offset: 1px;
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
    border-collapse: collapse;
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
  .metrics .field {
    margin: 0;
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
  .to-confirm td {
    background: var(--law-color-warning-surface, #fff7ed);
  }
  .source td {
    font-size: 0.875rem;
    padding-bottom: 0.75rem;
  }
  .badge {
    border: 1px solid var(--law-color-warning, #f47738);
    border-radius: 3px;
    padding: 0 0.25rem;
  }
  mark {
    background: var(--law-color-mark, #ffdd00);
  }
  .row-actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  button {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border-radius: 4px;
    border: 1px solid var(--law-color-border, #6e7781);
    background: var(--law-color-button, #f6f8fa);
    cursor: pointer;
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
