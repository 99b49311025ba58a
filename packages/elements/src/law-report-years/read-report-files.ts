import type { Locale } from '@law-report/core/model';
import { readOneFile, REPORT_FILE_NAME, type FileProblem, type FileResult, type ReadInput } from './read-one-file.js';

/** What a folder gave: every report read, and every file (or line) that gave none, with why. */
export interface ReadFiles {
  readonly inputs: readonly ReadInput[];
  readonly problems: readonly FileProblem[];
  /** How many files were report files (by name). */
  readonly files: number;
  /** The files passed over as no report files (a photo, a spreadsheet), by name: listed, never silently dropped. */
  readonly passedOver: readonly string[];
}

/** A file as the browser gives it from a folder, a picker or a drop. */
export interface PickedFile {
  readonly name: string;
  readonly webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads the report files among `files` (by name: Word, text, Markdown, HTML, JSON, JSON Lines) in
 * workers when the page can start them, else on the page one file at a time, calling `progress`
 * after each. Files are read on this computer only. Never throws.
 */
export async function readReportFiles(
  files: readonly PickedFile[],
  locale: Locale,
  progress: (done: number, total: number) => void,
): Promise<ReadFiles> {
  const picked = files
    .filter((file) => REPORT_FILE_NAME.test(file.name))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const results: FileResult[] = new Array(picked.length);
  let done = 0;
  progress(0, picked.length);
  const pool = startWorkers(Math.min(picked.length, workerCount()));
  let next = 0;
  const run = async (read: (file: PickedFile) => Promise<FileResult>): Promise<void> => {
    for (let at = next++; at < picked.length; at = next++) {
      const file = picked[at] as PickedFile;
      let result: FileResult;
      try {
        result = await read(file);
      } catch (error) {
        result = {
          inputs: [],
          problems: [
            { file: nameOf(file), code: 'unreadable', reason: error instanceof Error ? error.message : String(error) },
          ],
        };
      }
      results[at] = result;
      progress(++done, picked.length);
    }
  };
  const onPage = async (file: PickedFile) =>
    readOneFile(new Uint8Array(await file.arrayBuffer()), nameOf(file), locale);
  // A worker that cannot start (no module workers, a page's policy) leaves its files to the page.
  const inWorker = (worker: FileWorker) => async (file: PickedFile) => {
    try {
      return await worker.read(new Uint8Array(await file.arrayBuffer()), nameOf(file), locale);
    } catch {
      return onPage(file);
    }
  };
  await Promise.all(pool.length > 0 ? pool.map((worker) => run(inWorker(worker))) : [run(onPage)]);
  for (const worker of pool) worker.stop();
  const passedOver = files
    .filter((file) => !REPORT_FILE_NAME.test(file.name))
    .map(nameOf)
    .sort();
  return {
    inputs: results.flatMap((result) => result.inputs),
    problems: results.flatMap((result) => result.problems),
    files: picked.length,
    passedOver,
  };
}

function nameOf(file: PickedFile): string {
  return file.webkitRelativePath || file.name;
}

function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores - 1));
}

interface FileWorker {
  read(bytes: Uint8Array, file: string, locale: Locale): Promise<FileResult>;
  stop(): void;
}

function startWorkers(count: number): FileWorker[] {
  const workers: FileWorker[] = [];
  for (let i = 0; i < count; i++) {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./read-files-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return workers;
    }
    workers.push(fileWorker(worker));
  }
  return workers;
}

// One request at a time per worker: the reader awaits each answer before sending the next file.
function fileWorker(worker: Worker): FileWorker {
  let id = 0;
  let pending: { id: number; resolve: (result: FileResult) => void; reject: (error: unknown) => void } | undefined;
  let broken = false;
  worker.addEventListener('message', (event: MessageEvent<{ id: number; result: FileResult }>) => {
    if (pending && event.data.id === pending.id) pending.resolve(event.data.result);
  });
  worker.addEventListener('error', (event) => {
    broken = true;
    event.preventDefault();
    pending?.reject(new Error('worker failed'));
  });
  return {
    read(bytes, file, locale) {
      if (broken) return Promise.reject(new Error('worker failed'));
      return new Promise((resolve, reject) => {
        pending = { id: ++id, resolve, reject };
        worker.postMessage({ id, bytes, file, locale }, [bytes.buffer]);
      });
    },
    stop: () => worker.terminate(),
  };
}
