import { css } from 'lit';

/**
 * The plain buttons of the elements a clerk works in (the form, the review desk, the years view), themed by
 * `--law-*`; and their file choosers drawn as buttons. A native `<input type="file">` says "Choose File" and
 * "No file chosen" in the browser's language, whatever the page's, so it stays in the tab order and the
 * accessibility tree (named by its label) but out of sight, and its label is the button:
 * `<span class="file-pick"><input type="file" id="x" /><label for="x">选择文件</label></span>` (the input
 * first, so its focus and its disabled state show on the label).
 */
export const buttonStyles = css`
  button,
  .file-pick label {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border-radius: var(--law-radius-control, var(--law-radius, 4px));
    border: 1px solid var(--law-color-input-border, #6e7781);
    background: var(--law-color-button, #f6f8fa);
    cursor: pointer;
  }
  .file-pick {
    display: inline-block;
    position: relative;
  }
  .file-pick label {
    display: inline-block;
  }
  .file-pick input {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    opacity: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .file-pick input:focus-visible + label {
    outline: 3px solid var(--law-color-focus, #fd0);
    box-shadow: 0 0 0 6px var(--law-color-focus-ring, #0b0c0c);
  }
  .file-pick input:disabled + label {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
