import { formatMessage } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldView } from './form-view.js';
import type { Strings } from '../internal/strings.js';
import type { ImportController } from './import-controller.js';

/** What a Word or text file chooser offers: Word files, text, Markdown and saved pages. */
const IMPORT_FILES =
  '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.txt,.md,.html,.htm';

/**
 * 从文本导入: the text box, the file chooser (or a file dropped on it), the question asked when
 * the form already has content (替换全部 / 只填空白项 / 取消, with a word first when the report is
 * another unit's), and the result with 全部确认 beside it. The result's live region is in the page
 * before any text comes into it, so it is heard. Before the form's controllers arrive (`rest`
 * undefined) the heading only: one template either way, so a panel opened meanwhile stays open.
 */
export function renderImportPanel(
  view: FieldView,
  rest: { readonly imports: ImportController; readonly m: Strings } | undefined,
  focusAfter: (selector: string) => Promise<void>,
): TemplateResult {
  const { m } = view;
  const imports = rest?.imports;
  // Each step (导入, a file chosen, an answer), then focus on what follows it once it is on screen:
  // the question when one is asked, else what the import did.
  const then = (step: Promise<void>) =>
    void step.then(() => focusAfter(imports?.pending ? '#import-choice' : '#import-result'));
  const note = imports?.note;
  const toConfirm = imports?.toConfirm ?? 0;
  return html`<details class="import" ?open=${imports !== undefined && (imports.text !== '' || imports.pending !== undefined)}
      @dragover=${(event: DragEvent) => {
        if (imports && !view.inert && event.dataTransfer?.types.includes('Files')) event.preventDefault();
      }}
      @drop=${(event: DragEvent) => {
        const file = event.dataTransfer?.files[0];
        if (!file || !imports || view.inert) return;
        event.preventDefault();
        then(imports.fromFile(file));
      }}>
      <summary id="import-summary">${m.form.importTitle}</summary>
      ${rest ? renderImportBody(view, rest.m, rest.imports, then) : html`<p class="help">${m.form.importLoading}</p>`}
    </details>
    <div class="import-result" id="import-result" tabindex="-1">
      <p class=${note?.error ? 'error' : 'help'} role="status">${note?.warning ? html`<span class="error unit-warning">${note.warning}</span>${view.locale === 'en' ? ' ' : ''}` : nothing}${note?.text ?? ''}</p>
      ${toConfirm > 0 ? html`<p class="to-confirm-count">${formatMessage(m.form.unconfirmed, { count: toConfirm })}</p>` : nothing}
      ${toConfirm > 0 && !view.readonly ? html`<button part="button" type="button" id="f-confirm-all" @click=${() => imports?.confirm()}>${m.form.confirmAll}</button>` : nothing}
    </div>`;
}

// The panel's text box, file chooser and question.
function renderImportBody(
  view: FieldView,
  m: Strings,
  imports: ImportController,
  then: (step: Promise<void>) => void,
): TemplateResult {
  // Another unit's report is said before the person answers, not after.
  const warning = imports.pendingWarning;
  return html`<p class="help" id="import-help">${m.form.importHelp}</p>
      <label for="import-text">${m.form.importText}</label>
      <textarea part="input" id="import-text" rows="6" aria-describedby="import-help" .value=${live(imports.text)} @input=${(event: Event) => (imports.text = (event.target as HTMLTextAreaElement).value)}></textarea>
      <button part="button" type="button" id="import-run" ?disabled=${view.inert} @click=${() => then(imports.fromText())}>${m.form.importButton}</button>
      <span class="file-pick"><input part="input" id="import-file" type="file" accept=${IMPORT_FILES} ?disabled=${view.inert}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) then(imports.fromFile(file));
          // The same file chosen again is a new choice.
          input.value = '';
        }} /><label for="import-file">${m.form.importFile}</label></span>
      ${
        imports.pending
          ? html`<div class="import-ask" role="group" aria-labelledby="import-ask" aria-describedby=${warning ? 'import-warning' : nothing} id="import-choice" tabindex="-1"
            @keydown=${(event: KeyboardEvent) => {
              // Escape is 取消, as in any question a page asks.
              if (event.key !== 'Escape') return;
              event.preventDefault();
              then(Promise.resolve(imports.choose('cancel')));
            }}>
            ${warning ? html`<p class="error" id="import-warning">${warning}</p>` : nothing}
            <p id="import-ask">${m.form.importAsk}</p>
            <button part="button" type="button" @click=${() => then(Promise.resolve(imports.choose('replace')))}>${m.form.importReplace}</button>
            <button part="button" type="button" @click=${() => then(Promise.resolve(imports.choose('blanks')))}>${m.form.importBlanks}</button>
            <button part="button" type="button" @click=${() => then(Promise.resolve(imports.choose('cancel')))}>${m.form.importCancel}</button>
          </div>`
          : nothing
      }`;
}
