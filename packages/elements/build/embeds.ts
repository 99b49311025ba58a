// Build step of the embed files (the files a portal loads with one <script> tag): each is one file
// with no static import, and what an element needs only on use (the form's collection-server
// client, the dashboard's review mode…) is a chunk beside it that imports Lit and core from the embed
// file itself, so nothing is loaded twice and nothing waits for a second round trip.
//
// Three tools, because none does it alone: Rolldown bundles and splits the sources, leaving out of the
// entry what only an on-use chunk needs (esbuild splits by whole files, and core's `model` barrel took
// all of validation into the entry), but puts what the entry and a chunk share into a third chunk the
// entry must fetch after itself; Rollup joins them again with its rule that a module the entry has
// loaded stays in the entry, the on-use chunk importing it from there; Oxc minifies the result.
// See docs/decisions/2026-12-05-on-use-chunks.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { rolldown, type Plugin as RolldownPlugin } from 'rolldown';
import { minify } from 'rolldown/experimental';
import { rollup, type Plugin as RollupPlugin } from 'rollup';
import { minifyCss, minifyCssTemplates } from './minify-css.js';
import { ON_USE_FILES, ON_USE_TARGETS, onUseFiles } from './on-use-files.js';
import { pointWorkerAt } from './worker-url.js';

/** One embed file: its name in dist (without `.js`) and its source entry. */
export interface Embed {
  readonly name: string;
  readonly entry: string;
  /** The file name of the years view's worker, beside the embed file. */
  readonly worker?: string;
  /**
   * Every function of the file runs as the page loads (a form's top drawn at once): the file tells
   * the browser so, and V8 compiles them all while it downloads instead of each on its first call on
   * the main thread (V8's explicit compile hints; a comment elsewhere). Measured on the form's file on
   * Lighthouse's mobile profile: usable 20–30 ms sooner.
   */
  readonly runsWhole?: boolean;
}

/** The magic comment of V8's explicit compile hints: compile every function of this file eagerly. */
const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/** The embed files a portal can load, each whole before its first interaction. */
export const EMBEDS: readonly Embed[] = [
  // All three elements by one script tag.
  { name: 'law-report-elements', entry: './src/define-embed.ts', runsWhole: true },
  // The form alone, for a town's page that shows nothing else: what a phone downloads first.
  { name: 'law-report-form', entry: './src/define-form.ts', runsWhole: true },
  // The county's review desk: the pages of towns and the public never load it.
  { name: 'law-report-review', entry: './src/define-review.ts' },
  // The county's years view; it reads a folder's files in a worker of its own.
  { name: 'law-report-years', entry: './src/define-years.ts', worker: 'law-report-years-worker.js' },
];

// How every browser file is built: core from source, for a browser, production Lit.
const BROWSER = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  // Core from source, with the browser build of its `#report-parser` import.
  conditions: ['@law-report/source', 'browser', 'module', 'import'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
} satisfies BuildOptions;

// Where the files built in memory say they are, before they are written to dist/.
const VIRTUAL = resolve('/law-report-embed');

/** The built files of one embed: its name → contents, the embed file first. */
export type Built = ReadonlyMap<string, string>;

// esbuild's files built in memory, by their names in dist/.
function byName(files: readonly { readonly path: string; readonly text: string }[] | undefined): Built {
  return new Map((files ?? []).map((file) => [posix.relative(VIRTUAL, file.path), file.text]));
}

// The style modules' CSS minified, and the worker's URL pointed at its built file: the esbuild
// plugins' work, for Rolldown.
function sourceSteps(worker: string | undefined): RolldownPlugin {
  return {
    name: 'law-report:source-steps',
    transform(code, id) {
      if (/[.-]styles\.ts$/.test(id)) return { code: minifyCssTemplates(code) };
      if (worker && /law-report-years[\\/]read-report-files\.ts$/.test(id))
        return { code: pointWorkerAt(code, id, worker) };
      return null;
    },
  };
}

/**
 * Builds one embed file and its on-use chunks in memory: Rolldown bundles the sources (its
 * tree-shaking leaves what only an on-use chunk needs out of the entry), Rollup joins the chunk
 * they share into the embed file, and Oxc minifies the result.
 */
export async function buildEmbed(
  embed: Embed,
  root = process.cwd(),
  plugins: readonly RolldownPlugin[] = [],
): Promise<Built> {
  const bundled = await rolldown({
    input: { [embed.name]: embed.entry },
    cwd: root,
    platform: 'browser',
    resolve: { conditionNames: [...BROWSER.conditions] },
    transform: { define: BROWSER.define },
    // What core loads on use is built apart, once for every embed file (on-use-files.ts).
    external: (id) => id in ON_USE_TARGETS,
    plugins: [...plugins, sourceSteps(embed.worker)],
    logLevel: 'silent',
  });
  const split = await bundled.generate({
    format: 'es',
    // Named by their modules, so the join below finds an eager module's chunk (eagerFiles).
    chunkFileNames: '[name]-[hash].js',
    paths: (id) => ON_USE_TARGETS[id] ?? id,
  });
  await bundled.close();
  const files = new Map(
    split.output.flatMap((file) =>
      file.type === 'chunk' ? [[posix.join(VIRTUAL, file.fileName), file.code] as const] : [],
    ),
  );
  const besides = new Set(Object.values(ON_USE_TARGETS));
  const fromMemory: RollupPlugin = {
    name: 'law-report:from-memory',
    resolveId(source, importer) {
      if (besides.has(source)) return { id: source, external: true };
      return importer ? posix.join(posix.dirname(importer), source) : source;
    },
    load(id) {
      const code = files.get(id);
      if (code === undefined) throw new Error(`embeds: ${embed.name} imports ${id}, which was not built`);
      return code;
    },
  };
  const joined = await rollup({
    input: join(VIRTUAL, `${embed.name}.js`),
    plugins: [fromMemory],
    // The embed file may export more than its source does: what its on-use chunks import from it.
    preserveEntrySignatures: 'allow-extension',
    onwarn: (warning) => {
      throw new Error(`embeds: ${embed.name}: ${warning.message}`);
    },
  });
  const { output } = await joined.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: `${embed.name}-[hash].js`,
    plugins: [
      withItsImports,
      eagerFiles,
      { name: 'law-report:minify', renderChunk: (code, chunk) => minifyChunk(code, chunk.fileName) },
    ],
  });
  await joined.close();
  const built = new Map<string, string>();
  for (const file of output) {
    if (file.type !== 'chunk') throw new Error(`embeds: ${embed.name} emitted an asset ${file.fileName}`);
    built.set(file.fileName, file.isEntry && embed.runsWhole ? `${COMPILE_ALL_HINT}\n${file.code}` : file.code);
  }
  return built;
}

// A chunk fetched by `import()` brings the chunks it imports in the same round trip, as Vite's preload
// does: the import starts theirs at once (Rollup names them, its imports of imports included), instead
// of the browser finding them only once the chunk has arrived. The embed file's chunk of the summary and
// the dashboard shares modules with the form's on-use chunks, so it has chunks of its own to import.
const withItsImports: RollupPlugin = {
  name: 'law-report:with-its-imports',
  renderDynamicImport({ chunk, getTargetChunkImports }) {
    const paths = (getTargetChunkImports() ?? []).flatMap((one) =>
      one.type === 'internal' && one.fileName !== chunk.fileName ? [one.resolvedImportPath] : [],
    );
    if (paths.length === 0) return null;
    // Rollup's paths are string literals already.
    return { left: `([${paths.join(', ')}].map((path) => import(path).catch(() => {})), import(`, right: '))' };
  },
};

// The marker an entry writes where it wants the files of its eager chunk (define-embed.ts): that
// chunk, the one whose source is `embed-views.ts`, and the chunks it imports, by their names beside
// the entry, so the entry can preload them before it runs them.
const EAGER_MARKER = '__LAW_REPORT_EAGER_FILES__';
const eagerFiles: RollupPlugin = {
  name: 'law-report:eager-files',
  renderChunk(code, chunk, _options, { chunks }) {
    if (!code.includes(EAGER_MARKER)) return null;
    const target = chunk.dynamicImports
      .map((name) => chunks[name])
      .find((one) => one?.moduleIds.some((id) => posix.basename(id).startsWith('embed-views-')));
    if (!target) {
      // None when the build leaves every dynamic import out (the size bench's price list); else the
      // eager chunk was not found, and a file that preloads nothing must not be written.
      if (chunk.dynamicImports.every((name) => chunks[name] === undefined)) return code.replaceAll(EAGER_MARKER, '');
      throw new Error(`embeds: ${chunk.fileName} names its eager files but imports no embed-views module`);
    }
    const files = new Set<string>();
    const follow = (name: string) => {
      if (files.has(name) || name === chunk.fileName) return;
      files.add(name);
      for (const next of chunks[name]?.imports ?? []) follow(next);
    };
    follow(target.fileName);
    const list = [...files].map((name) => `./${posix.relative(posix.dirname(chunk.fileName), name)}`).join(',');
    return code.replaceAll(EAGER_MARKER, list);
  },
};

// Oxc's minifier, as Vite 8 minifies: about 2.5% smaller gzip than esbuild's on these files. The
// licences of what is bundled (Lit's) are kept, once each, at the end of the file.
async function minifyChunk(code: string, name: string): Promise<string> {
  const { code: minified, errors } = await minify(name, code, {
    module: true,
    compress: { target: BROWSER.target },
    codegen: { legalComments: 'eof' },
  });
  if (errors.length > 0) throw new Error(`embeds: minifying ${name}: ${errors.map((e) => e.message).join('; ')}`);
  return minified;
}

/** Builds what core loads on use, once for every embed file (esbuild's own split). */
export async function buildOnUseFiles(root = process.cwd()): Promise<Built> {
  const result = await build({
    ...BROWSER,
    absWorkingDir: root,
    entryPoints: { ...ON_USE_FILES },
    splitting: true,
    write: false,
    outdir: VIRTUAL,
  });
  return byName(result.outputFiles);
}

/** Builds every embed file, the years view's worker and the on-use files into `outdir`. */
export async function buildEmbeds(outdir: string, root = process.cwd()): Promise<string[]> {
  const worker = await build({
    ...BROWSER,
    absWorkingDir: root,
    entryPoints: { 'law-report-years-worker': 'src/law-report-years/read-files-worker.ts' },
    splitting: false,
    write: false,
    outdir: VIRTUAL,
    plugins: [minifyCss, onUseFiles],
  });
  const all = [
    ...(await Promise.all(EMBEDS.map((embed) => buildEmbed(embed, root)))),
    await buildOnUseFiles(root),
    byName(worker.outputFiles),
  ];
  const written: string[] = [];
  for (const built of all) {
    for (const [name, code] of built) {
      const path = join(outdir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, code);
      written.push(name);
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await buildEmbeds(resolve('dist'));
  console.log(
    `embeds: ${written.length} files in dist/: ${written.filter((name) => !name.startsWith('chunk-')).join(', ')}`,
  );
}
