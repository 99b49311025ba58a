// What each large piece of the embed file's first load costs: the embed built as the build makes
// it (packages/elements/build/embeds.ts), once as it is and once with one piece replaced by a
// stub, gzip -9 of the embed file (its on-use chunks load later). A price list for deciding what
// to load later; the stubbed builds are never shipped.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'rolldown';
import { buildEmbed, EMBEDS } from '../../packages/elements/build/embeds.js';
import { row } from './measure.js';

const stub = (filter: RegExp, contents: string): Plugin => ({
  name: 'law-report:stub',
  load: (id) => (filter.test(id) ? { code: contents, moduleType: 'ts' } : null),
});

const PIECES: Readonly<Record<string, Plugin[]>> = {
  'en strings (locale on demand)': [
    stub(/i18n[\\/]en\.ts$/, "import { zhCN } from './zh-CN.ts'; export const en = zhCN as never;"),
  ],
  'validation rules': [stub(/validate[\\/]rules[\\/]checks\.ts$/, 'export const ruleChecks = [];')],
  'the aggregator': [
    stub(
      /aggregate[\\/]aggregator\.ts$/,
      'export const aggregate = () => ({}) as never; export const createAggregator = aggregate; export const restoreAggregator = aggregate; export const completeness = () => 0; export const notAReportReason = () => "";',
    ),
  ],
};

// Every on-use `import()` left out of the build (pointed at a file built apart, so the join step
// keeps it out): what the first load then holds is what the first render draws. The difference is
// what the first load carries for its on-use chunks: the names it exports to them (about 1 kB), and
// code of a module a chunk shares (a module goes to one chunk whole, so a function the first render
// needs in a file with a large one only a chunk needs brings the large one: units-csv.ts did, 1.5 kB).
const withoutOnUse: Plugin = {
  name: 'law-report:without-on-use',
  resolveId: (source, _importer, extra) =>
    extra.kind === 'dynamic-import' && source.startsWith('.') ? { id: './import-entry.js', external: true } : null,
};

// The embed file of all three elements as the build makes it: its on-use chunks load later and do not count.
async function firstLoad(plugins: Plugin[], name = 'law-report-elements'): Promise<number> {
  const embed = EMBEDS.find((one) => one.name === name);
  if (!embed) throw new Error(`size-pricing: no ${name} embed`);
  const files = await buildEmbed(embed, fileURLToPath(new URL('../../packages/elements/', import.meta.url)), plugins);
  return gzipSync(files.get(`${name}.js`) ?? '', { level: 9 }).length;
}

/** The first load's gzip size, and what it would be without each large piece. */
export async function benchSizePricing(): Promise<string[]> {
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const whole = await firstLoad([]);
  const rows = [row('  price list: first load as built', kB(whole), 'each row: built without one piece')];
  const carried = whole - (await firstLoad([withoutOnUse]));
  const form = await firstLoad([], 'law-report-form');
  const formCarried = form - (await firstLoad([withoutOnUse], 'law-report-form'));
  rows.push(
    row(
      '  carried for on-use chunks',
      kB(carried),
      'exports to them and code they share (the summary and dashboard’s chunk too); 2.5 kB on 2026-12-06, a rise is a module to split',
    ),
    row(
      '  the form’s file: carried for on-use chunks',
      kB(formCarried),
      `of ${kB(form)}; its checks' share of measure words, dates, shapes (1.5 kB on 2026-12-06)`,
    ),
  );
  for (const [piece, plugins] of Object.entries(PIECES)) {
    const without = await firstLoad(plugins);
    rows.push(row(`  without ${piece}`, kB(without), `−${kB(whole - without)}`));
  }
  return rows;
}
