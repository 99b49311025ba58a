/// <reference types="node" />
import { Worker } from 'node:worker_threads';
import { escapeHtml } from '@law-report/core';

/** What `prerenderForm` draws: the attributes of the `<law-report-form>` the page has. */
export interface PrerenderFormOptions {
  /**
   * The element's attributes as the page writes them (`name`, `draft-key`, `locale`, `profile`…);
   * `locale` also chooses the language drawn. Names are lower-case HTML attribute names; values are
   * escaped here.
   */
  readonly attributes?: Readonly<Record<string, string>>;
}

/** The attributes as HTML, each name checked and each value escaped. */
function attributeText(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name))
        throw new Error(`prerenderForm: ${JSON.stringify(name)} is not an attribute name (a-z, 0-9, -)`);
      if (name.startsWith('on'))
        throw new Error(`prerenderForm: ${name} is an event handler's attribute, which a drawing never carries`);
      if (typeof value !== 'string')
        throw new Error(`prerenderForm: the attribute ${name} is ${typeof value}, not a string`);
      return `${name}="${escapeHtml(value)}"`;
    })
    .join(' ');
}

// From the sources (the repository's dev server and tests), the worker is TypeScript, run by tsx
// with the workspaces' source condition; from the package, the built worker beside this file.
const fromSource = import.meta.url.endsWith('.ts');
// Rendering takes a second or so; a minute is a renderer stuck.
const PATIENCE = 60_000;
const workerFile = new URL(fromSource ? './prerender-worker.ts' : './prerender-worker.js', import.meta.url);

/**
 * `<law-report-form>` with its top drawn in: the report's own fields and the import's heading, as the
 * element's first render draws them for an empty report, in a declarative shadow root (HTML a page
 * writes where its `<law-report-form>` goes, so a clerk can start typing before the script has come).
 * The element takes the drawing over when it starts, keeping what was typed, chosen and focused in it
 * (see docs/embed.md, "The form's top in the page's HTML").
 *
 * Rendered by Lit's server renderer in a worker thread of its own, whose DOM shim never reaches this
 * process's globals. For a build step or a server that caches it: it takes a second or so.
 *
 * @param options The element's attributes.
 * @returns The element's HTML, its shadow root drawn in.
 * @example
 * const form = await prerenderForm({ attributes: { name: 'report', 'draft-key': 'town-draft' } });
 * page = page.replace('<law-report-form name="report" draft-key="town-draft"></law-report-form>', form);
 */
export function prerenderForm(options: PrerenderFormOptions = {}): Promise<string> {
  let attributes: string;
  try {
    attributes = attributeText(options.attributes ?? {});
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    const worker = fromSource
      ? // tsx's loader registered in the worker itself: Node 20 takes no --import in a worker's execArgv.
        new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerFile.href)}); })`,
          { eval: true, workerData: { attributes }, execArgv: ['--conditions=@law-report/source'] },
        )
      : // The built worker reads the built packages, whatever conditions the asking process was started with.
        new Worker(workerFile, { workerData: { attributes }, execArgv: [] });
    // The first of an answer, an error, an exit or the time running out settles it; the worker goes.
    let answered = false;
    const settle = (outcome: () => void) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    // A renderer that neither answers nor stops would hold a build forever.
    const timer = setTimeout(
      () => settle(() => reject(new Error(`prerenderForm: the renderer gave no answer in ${PATIENCE / 1000} s`))),
      PATIENCE,
    );
    worker.once('message', (html: unknown) =>
      settle(() =>
        typeof html === 'string'
          ? resolve(html)
          : reject(new Error('prerenderForm: the renderer answered with no HTML')),
      ),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`prerenderForm: the renderer stopped (exit code ${code}) before it answered`))),
    );
  });
}
