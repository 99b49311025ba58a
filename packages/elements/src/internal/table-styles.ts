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
  /* Over a table wider than its box, while it is (scroll-box.ts measures it): the shadows at the edges alone went unseen. */
  .scroll-hint {
    color: var(--law-color-muted, #59636e);
    font-size: 0.875rem;
    margin: 0 0 0.25rem;
  }
  .dialog-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  /*
   * The padding keeps the focus indicator of the first and last rows' buttons inside the scroll box, which clips.
   * A table wider than the box shows it: a shadow at each edge beyond which the table goes on (on a
   * phone the columns after 合计 were simply cut off). The shadows stay at the box's edges; two covers
   * in the surface's colour scroll with the table and hide a shadow once its end of the table is in view.
   * The box is focusable and named in the markup, so the keyboard scrolls it too.
   */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    padding: 0.25rem;
    background:
      linear-gradient(to right, var(--law-color-surface, #fff) 40%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--law-color-surface, #fff) 40%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.3), transparent) left / 1rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.3), transparent) right / 1rem 100% no-repeat
      scroll var(--law-color-surface, #fff);
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
  /*
   * What a row or a total opens is often longer than the screen: the dialog keeps a margin to the viewport (its
   * border box, padding included, so it never reaches the edges at 1280×720 or 375×667) and scrolls inside, its
   * bar (what it shows and 关闭) sticking to its top edge.
   */
  dialog {
    box-sizing: border-box;
    width: min(48rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 3rem);
    border: 1px solid var(--law-color-border, #d0d7de);
    border-radius: var(--law-radius, 6px);
    padding: 0 var(--law-space, 1rem) var(--law-space, 1rem);
    overscroll-behavior: contain;
    color: inherit;
    background: var(--law-color-surface, #fff);
  }
  dialog .dialog-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    align-items: center;
    background: var(--law-color-surface, #fff);
    padding-block: var(--law-space, 1rem) 0.5rem;
    border-block-end: 1px solid var(--law-color-border, #d0d7de);
    margin-block-end: 0.5rem;
  }
  dialog .dialog-bar h3 {
    margin: 0;
  }
`;
