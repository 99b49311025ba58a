import { css } from 'lit';

/** The plain buttons of the elements a clerk works in (the form, the review desk), themed by `--law-*`. */
export const buttonStyles = css`
  button {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border-radius: var(--law-radius-control, var(--law-radius, 4px));
    border: 1px solid var(--law-color-input-border, #6e7781);
    background: var(--law-color-button, #f6f8fa);
    cursor: pointer;
  }
`;
