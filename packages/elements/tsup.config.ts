import { defineConfig } from 'tsup';
import { minifyCss } from './build/minify-css.js';
import { workerUrl } from './build/worker-url.js';

// The embed files for portals (one <script> tag each) are built after these, by build/embeds.ts.
export default defineConfig([
  {
    // The npm entry points: lit and core stay external, so apps share one copy.
    // `react` and `vue` are types only (JSX and GlobalComponents); their .js is empty, so a plain import resolves too.
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      // Types of the embed file law-report-elements.js (the form, its events; the summary and dashboard come as a chunk).
      'define-embed': 'src/define-embed.ts',
      'define-review': 'src/define-review.ts',
      'define-years': 'src/define-years.ts',
      'define-form': 'src/define-form.ts',
      'read-files-worker': 'src/law-report-years/read-files-worker.ts',
      // Node only: the form's top drawn for a page's HTML (its worker beside it, see prerender-form.ts).
      prerender: 'src/prerender/prerender-form.ts',
      'prerender-worker': 'src/prerender/prerender-worker.ts',
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
]);
