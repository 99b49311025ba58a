import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The npm entry points: lit and core stay external, so apps share one copy.
    entry: { index: 'src/index.ts', define: 'src/define.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    sourcemap: true,
  },
  {
    // The embed file for a county portal's single <script> tag: everything bundled.
    entry: { 'law-report-elements': 'src/define.ts' },
    format: ['esm'],
    noExternal: [/.*/],
    // Bundle core from source with the browser build of its `#report-parser` import.
    esbuildOptions(options) {
      options.conditions = ['@law-report/source', 'browser', 'module', 'import'];
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    target: 'es2022',
    platform: 'browser',
  },
]);
