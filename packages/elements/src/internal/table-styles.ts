import { css } from 'lit';

/**
 * What the county's views share (the dashboard, the years view): their headings, tables of figures
 * that scroll sideways in a narrow column, and the dialog a row or a total opens.
 */
export const tableStyles = css`
  h2 {
    font-size: 1.375rem;
    margin: 0 0 var(--law-space, 1rem);
  }
  h3 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.5rem;
  }
  .dialog-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  /* The padding keeps the focus indicator of the first and last rows' buttons inside the scroll box, which clips. */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    padding: 0.25rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.75rem 0 0.25rem;
  }
  th,
  td {
    border-bottom: 1px solid var(--law-color-border, #d0d7de);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    white-space: nowrap;
  }
  tbody th {
    font-weight: normal;
    white-space: nowrap;
  }
  .number {
    text-align: end;
    white-space: nowrap;
  }
  dialog {
    width: min(48rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    border: 1px solid var(--law-color-border, #d0d7de);
    border-radius: var(--law-radius, 6px);
    padding: var(--law-space, 1rem);
    color: inherit;
    background: var(--law-color-surface, #fff);
  }
  dialog h3 {
    margin: 0 0 0.5rem;
  }
`;
