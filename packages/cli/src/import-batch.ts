import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '@law-report/core';
import type { CatalogFile } from './catalog-file.js';
import type { ImportJob } from './import-worker.js';
import { readReportFile, type ReadReport } from './read-report-file.js';
import { isLeftOut, REPORT_FILES } from './report-files.js';
import { walkFolder } from './walk-folder.js';

/** A file to import: where it is, and how to name it to the user. */
export interface ReportFile {
  readonly path: string;
  readonly shown: string;
}

/** An entry of a folder that is not imported, and why (a link to a folder, a pipe): said, never dropped. */
export interface SkippedFile {
  readonly shown: string;
  readonly reason: string;
}

/**
 * The files named, with folders expanded to the report files below them in name order. Word's
 * lock files (`~$…`) and hidden files are left out; a link to a report file is read, a link to a
 * folder (never followed) and anything that is no regular file are `skipped` with why; a path
 * that does not exist is kept, so reading it reports it.
 */
export async function listReportFiles(
  paths: readonly string[],
  cwd: string,
  locale: Locale,
): Promise<{ files: ReportFile[]; skipped: SkippedFile[] }> {
  const files: ReportFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push({ path: absolute, shown: path });
      continue;
    }
    const prefix = path.endsWith(sep) || path.endsWith('/') ? path : `${path}${sep}`;
    const shownOf = (file: string) => `${prefix}${relative(absolute, file)}`;
    await walkFolder(
      absolute,
      {
        file: (file) => {
          if (REPORT_FILES.has(extname(file).toLowerCase())) files.push({ path: file, shown: shownOf(file) });
        },
        skip: (file, reason) => skipped.push({ shown: shownOf(file), reason }),
        leaveOut: isLeftOut,
      },
      locale,
    );
  }
  return { files, skipped };
}

// The worker beside this file once built; from the TypeScript sources (tests) there is none,
// and the files are read in this thread instead.
const WORKER = new URL('./import-worker.js', import.meta.url);
const hasWorker = () => WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));

/**
 * Imports `files` on every core (one worker thread each), calling `done` with each result as
 * it comes; the order of the calls is the order files finish, `index` says which it was.
 * With `extension` (from `--catalog`) the town's own indicators are found too.
 */
export async function importFiles(
  files: readonly ReportFile[],
  locale: Locale,
  done: (index: number, result: ReadReport) => void,
  extension?: CatalogFile,
): Promise<void> {
  const threads = Math.min(files.length, availableParallelism());
  if (threads <= 1 || !hasWorker()) {
    for (const [index, file] of files.entries())
      done(index, await readReportFile(file.path, locale, extension?.catalog));
    return;
  }
  let next = 0;
  // One thread: a worker fed a file at a time. A worker that dies (a file that exhausts its
  // memory) fails that file only; a new worker takes the rest.
  const thread = () =>
    new Promise<void>((finish) => {
      let current = -1;
      const start = () => {
        const worker = new Worker(WORKER);
        const send = () => {
          if (next >= files.length) {
            current = -1;
            void worker.terminate().then(() => finish());
            return;
          }
          current = next++;
          const extensions = extension
            ? { extensions: Array.isArray(extension.json) ? (extension.json as unknown[]) : [extension.json] }
            : {};
          const job: ImportJob = { id: current, path: files[current]?.path ?? '', locale, ...extensions };
          worker.postMessage(job);
        };
        worker.on('message', ({ id, result }: { id: number; result: ReadReport }) => {
          done(id, result);
          send();
        });
        worker.once('error', (error) => {
          if (current >= 0) done(current, { report: undefined, issues: [], encoding: '', unreadable: error.message });
          current = -1;
          start();
        });
        send();
      };
      start();
    });
  await Promise.all(Array.from({ length: threads }, thread));
}
