import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeOf } from '../internal/locale.js';
import { droppedFiles } from './dropped-files.js';
import { readReportFiles, type PickedFile, type ReadFiles } from './read-report-files.js';

/** The element that reads files: dropped on it, or picked in its render root. */
type FilesHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly locale: string };

/**
 * The report files read on this computer (a folder's, a picker's or a drop on the host), in workers,
 * never uploaded, with progress while they are read; once read, the line that says so has the focus.
 */
export class FilesController implements ReactiveController {
  readonly #host: FilesHost;
  #read: ReadFiles | undefined;
  #progress: { readonly done: number; readonly total: number } | undefined;

  constructor(host: FilesHost) {
    this.#host = host;
    host.addController(this);
  }

  // A drop anywhere on the element reads the files dropped.
  hostConnected(): void {
    this.#host.addEventListener('dragover', dragOver);
    this.#host.addEventListener('drop', this.#dropped);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('dragover', dragOver);
    this.#host.removeEventListener('drop', this.#dropped);
  }

  /** The files read, once they are. */
  get read(): ReadFiles | undefined {
    return this.#read;
  }

  /** How many of the files are read, while they are being read. */
  get progress(): { readonly done: number; readonly total: number } | undefined {
    return this.#progress;
  }

  /** Reads report files into the view. */
  async readFiles(files: readonly PickedFile[]): Promise<void> {
    this.#setProgress({ done: 0, total: files.length });
    const read = await readReportFiles(files, localeOf(this.#host.locale), (done, total) =>
      this.#setProgress({ done, total }),
    );
    this.#progress = undefined;
    this.#read = read;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#read-status')?.focus();
  }

  /** A picker's choice, read. */
  readonly picked = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The same folder chosen again (a file added to it since) is a new choice.
    input.value = '';
    if (files.length > 0) await this.readFiles(files);
  };

  #setProgress(progress: { readonly done: number; readonly total: number }): void {
    this.#progress = progress;
    this.#host.requestUpdate();
  }

  readonly #dropped = async (event: DragEvent): Promise<void> => {
    event.preventDefault();
    const files = await droppedFiles(event);
    if (files.length > 0) await this.readFiles(files);
  };
}

// Without it, the browser opens a file dropped on the element instead of handing it over.
function dragOver(event: DragEvent): void {
  event.preventDefault();
}
