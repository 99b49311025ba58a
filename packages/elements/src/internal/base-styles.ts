import { css } from 'lit';

/**
 * What every element shares: the host's type and colours from `--law-*`, the focus indicator, and
 * hiding text for screen readers only.
 *
 * The focus indicator has two tones so it shows on any background: a light outline next to the
 * control (`--law-color-focus`, 12:1 on black) inside a dark ring (`--law-color-focus-ring`, 19:1
 * on white). The two differ by more than 9:1, so one of them is at least 3:1 against whatever is
 * behind (WCAG technique C40). `--law-color-focus` keeps its old meaning, the light focus colour a
 * page may already set (the county portal's #ffbf47), and gains the dark ring. `:host
 * :focus-visible` outranks a plain `:focus-visible` in an element's own styles, so all three
 * elements show the same indicator. The ring is a box-shadow, which forced-colours mode drops:
 * the outline stays.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--law-font-family, system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    color: var(--law-color-text, #1f2328);
    background: var(--law-color-surface, #fff);
    line-height: 1.6;
  }
  :host :focus-visible {
    outline: 3px solid var(--law-color-focus, #fd0);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--law-color-focus-ring, #0b0c0c);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
