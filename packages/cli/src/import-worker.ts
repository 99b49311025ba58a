// A worker of `law-report import <dir>`: imports the files it is sent, one at a time, and
// posts back each draft (or why there is none). Many of these run at once, one per core.
import { parentPort } from 'node:worker_threads';
import { createCatalog, type Catalog, type Locale } from '@law-report/core';
import { readReportFile } from './read-report-file.js';

/** A file for a worker to import. */
export interface ImportJob {
  readonly id: number;
  readonly path: string;
  readonly locale: Locale;
  /** The extension catalogs of `--catalog` as JSON (a catalog's functions do not cross threads), already checked. */
  readonly extensions?: readonly unknown[];
}

// Built once per worker: every job of a run carries the same extensions.
let catalog: Catalog | undefined;

parentPort?.on('message', (job: ImportJob) => {
  if (job.extensions && !catalog) catalog = createCatalog(job.extensions);
  readReportFile(job.path, job.locale, catalog).then(
    (result) => parentPort?.postMessage({ id: job.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        result: { report: undefined, issues: [], encoding: '', unreadable: String(error) },
      }),
  );
});
