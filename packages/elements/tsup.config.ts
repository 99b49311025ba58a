import { defineConfig } from 'tsup';
import { minifyCss } from './build/minify-css.js';

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
    // The embed file for a county portal's single <script> tag: everything bundled.
    // The county's review desk is an embed file of its own beside it, sharing its chunks: the
    // pages of towns and the public never load it.
    entry: { 'law-report-elements': 'src/define.ts', 'law-report-review': 'src/define-review.ts' },
    format: ['esm'],
    noExternal: [/.*/],
    // What is loaded only when used (the importer behind 从文本导入) goes to chunks beside the
    // embed file; what every element needs is in the file itself or the chunks it imports.
    splitting: true,
    // Bundle core from source with the browser build of its `#report-parser` import.
    esbuildOptions(options) {
      options.conditions = ['@law-report/source', 'browser', 'module', 'import'];
    },
    esbuildPlugins: [minifyCss],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    target: 'es2022',
    platform: 'browser',
  },
]);
