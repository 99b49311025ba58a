// What a portal page downloads before anyone interacts with it, measured in Chromium: every
// script the page requests until the network is quiet, gzipped at level 9, for a page with all
// three elements showing a report. What an element fetches on use (the importer behind 从文本导入)
// is listed apart: the chunks the embed file's scripts import dynamically.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beiliuReport } from '@law-report/core/testing';
import { dist, withDistPages } from './browser.js';
import { row } from './measure.js';

const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

// The budget's page (all three elements, the one embed file), and a town's page (the form by its own file).
const PAGES = {
  'all three': {
    tags: ['law-report-form', 'law-report-summary', 'law-report-dashboard'],
    file: 'law-report-elements.js',
  },
  form: { tags: ['law-report-form'], file: 'law-report-form.js' },
} as const;

const page = (tags: readonly string[], file: string) =>
  `<!doctype html><html lang="zh-CN"><head><script type="module" src="./${file}"></script></head><body>${tags.map((tag) => `<${tag}></${tag}>`).join('')}</body></html>`;

// A built file's imports of files beside it, static and dynamic (the minifier quotes with ", ' or `).
const STATIC = /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\(["'`]\.\/([^"'`]+\.js)["'`]\)/g;
const imports = (file: string, pattern: RegExp) =>
  [...readFileSync(join(dist, file), 'utf8').matchAll(pattern)].map((match) => match[1] ?? '');

// A file and what it imports statically, followed through.
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of imports(file, STATIC)) staticClosure(next, seen);
  return seen;
}

/** Gzip size of what each kind of page loads up front, and of what loads on use. */
export async function benchSize(): Promise<string[]> {
  if (!existsSync(join(dist, 'law-report-elements.js'))) return [row('law-report-elements.js', 'not built')];
  const pages = Object.fromEntries(
    Object.entries(PAGES).map(([name, { tags, file }]) => [`/${encodeURIComponent(name)}.html`, page(tags, file)]),
  );
  const loaded = new Set<string>();
  const lines = await withDistPages(pages, async (browser, origin) => {
    const out: string[] = [];
    for (const [name, { tags, file }] of Object.entries(PAGES)) {
      const tab = await browser.newPage();
      const scripts: string[] = [];
      tab.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.endsWith('.js')) scripts.push(url.pathname.slice(1));
      });
      await tab.goto(`${origin}/${encodeURIComponent(name)}.html`);
      await tab.waitForFunction((names) => names.every((tag) => customElements.get(tag) !== undefined), tags);
      // Data in every element, so whatever rendering a report fetches is counted too.
      await tab.evaluate((report) => {
        for (const element of document.querySelectorAll('law-report-form, law-report-summary'))
          (element as HTMLElement & { report: unknown }).report = report;
        const dashboard = document.querySelector('law-report-dashboard') as (HTMLElement & { reports: unknown }) | null;
        if (dashboard) dashboard.reports = [report];
      }, beiliuReport());
      await tab.waitForLoadState('networkidle');
      await tab.close();
      for (const script of scripts) loaded.add(script);
      // The budget's measure is the embed file and its static imports; what it fetches at once besides
      // (the summary's and the dashboard's chunk, one round trip after it) is listed apart, and the
      // whole of what the page loads before it is quiet beside both.
      const first = [...staticClosure(file)];
      const atOnce = scripts.filter((script) => !first.includes(script));
      const sum = (files: readonly string[]) => files.reduce((total, one) => total + gzip(one), 0);
      const list = (files: readonly string[]) =>
        files.map((one) => `${one.replace(/-[A-Za-z0-9_-]{8}\.js$/, '')} ${kB(gzip(one))}`).join(' + ');
      out.push(
        row(
          `page with ${name === 'all three' ? 'all three elements' : `<law-report-${name}> (${file})`}: first load (gzip)`,
          kB(sum(first)),
          `${name === 'all three' ? '≤ 50 kB' : 'a town’s page'}; the embed file and its static imports: ${list(first)}`,
        ),
      );
      if (atOnce.length > 0)
        out.push(
          row(
            '  fetched at once besides, one round trip after it',
            kB(sum(atOnce)),
            `${atOnce.length} files; all before the page is quiet: ${kB(sum(scripts))}`,
          ),
        );
    }
    return out;
  });
  // What each on-demand import brings that the page does not have yet: the chunk and the
  // chunks it imports statically, followed through.
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file) || loaded.has(file)) return seen;
    seen.add(file);
    for (const next of imports(file, STATIC)) closure(next, seen);
    return seen;
  };
  // On-demand imports of the page, then those of what they bring (the Word converters are
  // loaded by the docx chunk only when a file is converted), each once.
  const dynamicImports = (file: string) => imports(file, DYNAMIC);
  const rows: string[] = [];
  const queue = [...new Set([...loaded].flatMap(dynamicImports))];
  const done = new Set<string>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (done.has(file) || loaded.has(file)) continue;
    done.add(file);
    const files = [...closure(file)];
    rows.push(
      row(
        `  on use: ${file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '')}`,
        kB(files.reduce((sum, part) => sum + gzip(part), 0)),
        `${files.length} files`,
      ),
    );
    queue.push(...files.flatMap(dynamicImports));
  }
  return [...lines, ...rows];
}
