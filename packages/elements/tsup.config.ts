import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { minifyCss } from './build/minify-css.js';

// What is loaded only when used (the importer behind 从文本导入, the Word reader and writer) is
// built as files of its own beside the embed files, and an embed file's `import()` of it points
// there: so each embed file is one file, with no static chunk to fetch after it (one round trip
// less on a slow phone), and what it loads on use is self-contained.
const ON_USE: Readonly<Record<string, string>> = {
  '@law-report/core/import': './import-entry.js',
  '@law-report/core/docx': './docx-entry.js',
};

const onUseFiles: Plugin = {
  name: 'law-report:on-use-files',
  setup(build) {
    build.onResolve({ filter: /^@law-report\/core\/(import|docx)$/ }, (args) => (args.kind === 'dynamic-import' ? { path: ON_USE[args.path] ?? args.path, external: true } : undefined));
  },
};

// Bundle core from source with the browser build of its `#report-parser` import.
const browserBundle: Options = {
  format: ['esm'],
  noExternal: [/.*/],
  esbuildOptions(options) {
    options.conditions = ['@law-report/source', 'browser', 'module', 'import'];
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  target: 'es2022',
  platform: 'browser',
};

export default defineConfig([
  {
    // The npm entry points: lit and core stay external, so apps share one copy.
    entry: { index: 'src/index.ts', define: 'src/define.ts', 'define-review': 'src/define-review.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    sourcemap: true,
    esbuildPlugins: [minifyCss],
  },
  {
    // The embed file for a county portal's single <script> tag: the three elements, everything
    // bundled into the one file. The county's review desk is an embed file of its own, likewise
    // whole: the pages of towns and the public never load it.
    ...browserBundle,
    entry: { 'law-report-elements': 'src/define.ts' },
    splitting: false,
    esbuildPlugins: [minifyCss, onUseFiles],
  },
  {
    ...browserBundle,
    entry: { 'law-report-review': 'src/define-review.ts' },
    splitting: false,
    esbuildPlugins: [minifyCss, onUseFiles],
  },
  {
    // What the embed files load on use; the Word converters inside load later still, on a file.
    ...browserBundle,
    entry: { 'import-entry': '../core/src/import-entry.ts', 'docx-entry': '../core/src/docx-entry.ts' },
    splitting: true,
  },
]);
