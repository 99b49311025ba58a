import { defineConfig, type Options } from 'tsup';
import { minifyCss } from './build/minify-css.js';
import { ON_USE_FILES, onUseFiles } from './build/on-use-files.js';
import { workerUrl } from './build/worker-url.js';

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
    // `react` and `vue` are types only (JSX and GlobalComponents); their .js is empty, so a plain import resolves too.
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'define-review': 'src/define-review.ts',
      'define-years': 'src/define-years.ts',
      'define-form': 'src/define-form.ts',
      'read-files-worker': 'src/law-report-years/read-files-worker.ts',
      react: 'src/react.ts',
      vue: 'src/vue.ts',
    },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    sourcemap: true,
    esbuildPlugins: [minifyCss, workerUrl('read-files-worker.js')],
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
    // The form alone, for a town's page that shows nothing else: what a phone downloads first.
    ...browserBundle,
    entry: { 'law-report-form': 'src/define-form.ts' },
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
    // The county's years view, whole, and the worker it reads a folder's files in: both load the
    // importer and the Word reader on use from the files beside them.
    ...browserBundle,
    entry: { 'law-report-years': 'src/define-years.ts', 'law-report-years-worker': 'src/law-report-years/read-files-worker.ts' },
    splitting: false,
    esbuildPlugins: [minifyCss, onUseFiles, workerUrl('law-report-years-worker.js')],
  },
  {
    // What the embed files load on use; the Word converters inside load later still, on a file.
    ...browserBundle,
    entry: { ...ON_USE_FILES },
    splitting: true,
  },
]);
