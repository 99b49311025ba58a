import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { prerenderedForm } from './prerendered-form.js';

// The example county portal built as static files, for `law-report serve --portal
// examples/county-portal/dist`: its four pages and their scripts, the sample data inlined.
const root = fileURLToPath(new URL('..', import.meta.url));
const page = (name: string) => fileURLToPath(new URL(`./county-portal/${name}.html`, import.meta.url));

export default defineConfig({
  root,
  resolve: { conditions: ['@law-report/source', ...defaultClientConditions] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: fileURLToPath(new URL('./county-portal/dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: page('index'),
        form: page('form'),
        summary: page('summary'),
        review: page('review'),
        years: page('years'),
      },
    },
  },
  logLevel: 'warn',
  plugins: [
    // The form page's top in its HTML, typed in before the script comes.
    prerenderedForm(),
    {
      // The pages at the top of dist/ (index.html, form.html, summary.html), where the portal's
      // links point; their scripts and styles are already under /assets/.
      name: 'law-report:pages-at-root',
      enforce: 'post',
      generateBundle(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html'))
            file.fileName = file.fileName.replace(/^.*\//, '');
        }
      },
    },
  ],
});
