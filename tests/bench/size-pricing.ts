// What each large piece of the embed file's first load costs: the embed built as tsup builds it
// (esbuild, minified, split, CSS minified), once as it is and once with one piece replaced by a
// stub, gzip -9 of define.js and the chunks it imports statically. A price list for deciding what
// to load later; the stubbed builds are never shipped. Figures differ from the page measurement
// by the esbuild helper chunk and the bytes of the build banner.
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { minifyCss } from '../../packages/elements/build/minify-css.js';
import { onUseFiles } from '../../packages/elements/build/on-use-files.js';
import { row } from './measure.js';

const stub = (filter: RegExp, contents: string): Plugin => ({
  name: 'law-report:stub',
  setup(builder) {
    builder.onLoad({ filter }, () => ({ contents, loader: 'ts' }));
  },
});

const PIECES: Readonly<Record<string, Plugin[]>> = {
  'en strings (locale on demand)': [stub(/i18n[\\/]en\.ts$/, "import { zhCN } from './zh-CN.js'; export const en = zhCN as never;")],
  'validation rules': [stub(/validate[\\/]rules[\\/]index\.ts$/, 'export const rules = [];')],
  'the aggregator': [
    stub(/aggregate[\\/]aggregator\.ts$/, 'export const aggregate = () => ({}) as never; export const createAggregator = aggregate; export const restoreAggregator = aggregate; export const completeness = () => 0; export const notAReportReason = () => "";'),
  ],
  '<law-report-form>': [
    // The embed entry without the form: the other two registered, their classes exported.
    stub(
      /elements[\\/]src[\\/]define\.ts$/,
      "import './law-report-summary/define.js'; import './law-report-dashboard/define.js'; export { LawReportSummaryElement } from './law-report-summary/law-report-summary.js'; export { LawReportDashboardElement } from './law-report-dashboard/law-report-dashboard.js';",
    ),
  ],
};

async function firstLoad(plugins: Plugin[]): Promise<number> {
  const result = await build({
    entryPoints: { 'law-report-elements': 'packages/elements/src/define.ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    // As the embed file is built: one file, what loads on use beside it.
    splitting: false,
    write: false,
    outdir: 'out',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@law-report/source', 'browser', 'module', 'import'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    plugins: [...plugins, minifyCss, onUseFiles],
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.contents]));
  const loaded = new Set<string>();
  const visit = (name: string) => {
    const contents = files.get(name);
    if (loaded.has(name) || !contents) return;
    loaded.add(name);
    for (const match of Buffer.from(contents).toString('utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(match[1] ?? '');
  };
  visit('law-report-elements.js');
  return [...loaded].reduce((sum, name) => sum + gzipSync(files.get(name) ?? new Uint8Array(), { level: 9 }).length, 0);
}

/** The first load's gzip size, and what it would be without each large piece. */
export async function benchSizePricing(): Promise<string[]> {
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const whole = await firstLoad([]);
  const rows = [row('  price list: first load built by esbuild', kB(whole), 'each row: built without one piece')];
  for (const [piece, plugins] of Object.entries(PIECES)) {
    const without = await firstLoad(plugins);
    rows.push(row(`  without ${piece}`, kB(without), `−${kB(whole - without)}`));
  }
  return rows;
}
