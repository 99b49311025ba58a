/// <reference types="node" />
// The renderer behind prerenderForm, in a worker thread: Lit's DOM shim goes on this thread's globals
// (window, document, customElements…), never on the process that asked. Answers one HTML string.
import { parentPort, workerData } from 'node:worker_threads';
import { installWindowOnGlobal } from '@lit-labs/ssr/lib/dom-shim.js';

// The shim without its CSS-import hook (install-global-dom-shim.js registers one for the whole process's
// module loading; the form imports no CSS file).
installWindowOnGlobal();
const { attributes } = workerData as { readonly attributes: string };
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
const { localeOf, stringsReady } = await import('../internal/locale.js');
await import('../define-form.js');

// English screens are a chunk of their own: loaded before drawing, as the element waits for them in a browser.
const locale = /(?:^| )locale="([^"]*)"/.exec(attributes)?.[1];
await stringsReady(localeOf(locale));
const drawn = await collectResult(render(html`<law-report-form ${unsafeStatic(attributes)}></law-report-form>`));
// Lit's hydration markers: the element takes the drawing over rather than hydrating it, so they go. The year
// the form proposes is left out: a page drawn before 1 October and served after it would show last year's, and the
// element would put this year's in its place (a year typed in the drawing is kept).
const unmarked = drawn.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');
parentPort?.postMessage(unmarked.replace(/(<input [^>]*id="f-year"[^>]*\bvalue=")\d*"/, '$1"'));
