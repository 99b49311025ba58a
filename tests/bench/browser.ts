// What the browser benchmarks share: the built elements served from packages/elements/dist with
// pages of the bench's own beside them, and one Chromium.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.js';

/** The built elements: the embed file and its chunks. */
export const dist = fileURLToPath(new URL('../../packages/elements/dist/', import.meta.url));

/**
 * Serves `dist` plus `pages` (path → HTML, or a script when the path ends in `.js`, gzipped as
 * dist's are; a page of 1 kB or more gzipped too) on loopback, launches Chromium, runs `fn` with the origin, and closes both whatever
 * happens. `pages` is read at each request, so `fn` may add pages it makes on the way.
 */
export async function withDistPages<T>(
  pages: Readonly<Record<string, string>>,
  fn: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    // Scripts gzipped when the browser takes it, as any web server sends them (the size budgets are gzip sizes), and
    // pages of a kilobyte or more, as `law-report serve` sends its portal's.
    const send = (path: string, body: string | Buffer, page: boolean) => {
      const script = extname(path) === '.js';
      const zipped = script || (page && Buffer.byteLength(body) >= 1024);
      const gzip = zipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response
        .writeHead(200, {
          'content-type': script ? 'text/javascript' : page ? 'text/html; charset=utf-8' : 'text/plain',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        })
        .end(gzip ? gzipSync(body) : body);
    };
    const page = pages[pathname];
    if (page !== undefined) {
      send(pathname, page, true);
      return;
    }
    const path = normalize(join(dist, decodeURIComponent(pathname)));
    if (!path.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (body) => send(path, body, false),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    return await fn(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The median of some figures. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** The `p`-th quantile (0–1) of some figures, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}
