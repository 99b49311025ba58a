import { formatMessage } from '@law-report/core/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { FilesController } from './files-controller.js';
import type { YearsMessages } from './years-text.js';

/** The folder and file pickers, and the progress of a read or what it read. */
export function renderLoad(files: FilesController, y: YearsMessages): TemplateResult {
  const { progress, read } = files;
  return html`<div class="load" part="load">
    <h3>${y.load}</h3>
    <p id="load-help" class="hint">${y.loadHelp}</p>
    <div class="pickers">
      <span class="file-pick"><input type="file" id="load-folder" webkitdirectory multiple aria-describedby="load-help" @change=${files.picked} /><label for="load-folder">${y.folder}</label></span>
      <span class="file-pick"><input type="file" id="load-files" multiple accept=".docx,.doc,.txt,.md,.markdown,.html,.htm,.json,.jsonl" aria-describedby="load-help" @change=${files.picked} /><label for="load-files">${y.files}</label></span>
    </div>
    ${
      progress
        ? html`<progress max=${progress.total} value=${progress.done} aria-label=${y.load}></progress>
          <p role="status">${formatMessage(y.reading, { done: progress.done, total: progress.total })}</p>`
        : read
          ? html`<p id="read-status" role="status" tabindex="-1">${read.files === 0 ? y.readNone : formatMessage(y.read, { total: read.files, reports: read.inputs.length })}</p>`
          : nothing
    }
  </div>`;
}
