import { html, nothing, type TemplateResult } from 'lit';
import type { FieldView } from './form-view.js';

/** 跳到报告末尾: the first stop of the keyboard, straight to 提交 (in `root`). */
export function renderSkip(view: FieldView, root: ParentNode): TemplateResult | typeof nothing {
  return view.readonly
    ? nothing
    : html`<button part="button" type="button" class="skip" @click=${() => root.querySelector<HTMLElement>('button[type="submit"]')?.focus()}>${view.m.form.skipToSubmit}</button>`;
}
