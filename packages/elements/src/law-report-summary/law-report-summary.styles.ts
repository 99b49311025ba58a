import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';

/** Styles of `<law-report-summary>`; themed through `--law-*` custom properties. */
export const summaryStyles = [
  baseStyles,
  css`
  :host {
    border: 1px solid var(--law-color-border, #d0d7de);
    border-radius: var(--law-radius, 6px);
    padding: var(--law-space, 1rem);
    line-height: 1.6;
  }
  /* Headings by role, not by tag: their level follows heading-level. */
  .title {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  section > :first-child {
    font-size: 1rem;
    margin: 1rem 0 0.25rem;
  }
  .note {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    color: var(--law-color-muted, #59636e);
  }
  /* A long English label wraps rather than push its figure off a narrow screen. */
  dl {
    display: grid;
    grid-template-columns: fit-content(60%) minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    margin: 0 0 0.5rem;
  }
  .actions button {
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--law-color-primary, #00703c);
    border-radius: var(--law-radius, 6px);
    background: var(--law-color-surface, #fff);
    color: var(--law-color-primary, #00703c);
    padding: 0.125rem 0.75rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.875rem;
    margin-inline-start: 0.5rem;
  }
  .ok {
    background: var(--law-color-ok-surface, #dafbe1);
    color: var(--law-color-ok, #116329);
  }
  .bad {
    background: var(--law-color-error-surface, #ffebe9);
    color: var(--law-color-error, #a40e26);
  }
  @media print {
    :host {
      border: none;
      padding: 0;
    }
    /* Nothing that does nothing on paper: no button, no closed 出处 (an opened one prints its sentence). */
    .actions,
    details:not([open]) {
      display: none;
    }
    summary {
      list-style: none;
    }
  }
`,
];
