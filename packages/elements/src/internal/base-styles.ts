import { css } from 'lit';

/** What every element shares: the host's type and colours from `--law-*`, and hiding text for screen readers only. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--law-font-family, system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    color: var(--law-color-text, #1f2328);
    background: var(--law-color-surface, #fff);
    line-height: 1.6;
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
