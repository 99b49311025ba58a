// Build step for the folder reader's worker: the source starts it with
// `new Worker(new URL('./read-files-worker.ts', import.meta.url))`, which Vite (the dev server and
// the tests) understands; a build points that URL at the worker file it writes beside itself.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const WORKER_URL = "new URL('./read-files-worker.ts', import.meta.url)";

/** The folder reader's source with its worker URL pointed at `file`, a built worker beside it. */
export function pointWorkerAt(source: string, path: string, file: string): string {
  if (!source.includes(WORKER_URL))
    throw new Error(`worker-url: ${path} no longer starts its worker with ${WORKER_URL}`);
  return source.replace(WORKER_URL, `new URL('./${file}', import.meta.url)`);
}

/** Points the folder reader's worker URL at `file`, a built worker beside the bundle. */
export function workerUrl(file: string): Plugin {
  return {
    name: 'law-report:worker-url',
    setup(build) {
      build.onLoad({ filter: /law-report-years[\\/]read-report-files\.ts$/ }, async (args) => ({
        contents: pointWorkerAt(await readFile(args.path, 'utf8'), args.path, file),
        loader: 'ts',
      }));
    },
  };
}
