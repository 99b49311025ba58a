import { html, nothing, type TemplateResult } from 'lit';
import type { FieldView } from './form-view.js';

/**
 * 跳到报告末尾: the first stop of the keyboard, straight to the buttons at the end (in `root`): 检查报告, with
 * 提交 the next stop. On 提交 itself, 检查报告 was behind it and the next Tab left the form (a town clerk's trial).
 */
export function renderSkip(view: FieldView, root: ParentNode): TemplateResult | typeof nothing {
  return view.readonly
    ? nothing
    : html`<button part="button" type="button" class="skip" @click=${() => root.querySelector<HTMLElement>('.actions button')?.focus()}>${view.m.form.skipToSubmit}</button>`;
}
