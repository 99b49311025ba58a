import { describe, expect, it } from 'vitest';
import { minifyCssTemplates } from '../packages/elements/build/minify-css.js';

describe('minifyCssTemplates', () => {
  it('minifies the CSS of a css template and keeps the code around it', () => {
    const source =
      'export const s = css`\n  /* why */\n  :host([readonly]) .row > input {\n    color: var(--law-x, #ff0000);\n  }\n`;\nconst t = 1;';
    expect(minifyCssTemplates(source)).toBe(
      'export const s = css`:host([readonly]) .row>input{color:var(--law-x, #ff0000)}`;\nconst t = 1;',
    );
  });

  it('leaves templates with interpolations and other tags as written', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with an interpolation, as the build reads it
    const source = 'css`a { color: ${c}; }`; html`<p>  a  </p>`';
    expect(minifyCssTemplates(source)).toBe(source);
  });
});
