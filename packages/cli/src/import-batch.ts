import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '@law-report/core';
import type { CatalogFile } from './catalog-file.js';
import type { ImportJob } from './import-worker.js';
import { readReportFile, type ReadReport } from './read-report-file.js';

/** The files `law-report import` reads in a folder. */
export const REPORT_FILES = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.doc']);

/** A file to import: where it is, and how to name it to the user. */
export interface ReportFile {
  readonly path: string;
  readonly shown: string;
}

/**
 * The files named, with folders expanded to the report files below them in name order. Word's
 * lock files (`~$…`) and hidden files are left out; a path that does not exist is kept, so
 * reading it reports it.
 */
export async function listReportFiles(paths: readonly string[], cwd: string): Promise<ReportFile[]> {
  const files: ReportFile[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push({ path: absolute, shown: path });
      continue;
    }
    const prefix = path.endsWith(sep) || path.endsWith('/') ? path : `${path}${sep}`;
    for (const file of await walk(absolute)) files.push({ path: file, shown: `${prefix}${relative(absolute, file)}` });
  }
  return files;
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) for (const file of await walk(path)) files.push(file);
    else if (REPORT_FILES.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
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
