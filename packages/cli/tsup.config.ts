import { defineConfig } from 'tsup';

export default defineConfig({
  // The import worker is an entry of its own: `law-report import <dir>` starts one per core.
  entry: { index: 'src/index.ts', main: 'src/main.ts', 'import-worker': 'src/import-worker.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  // The command is an application: core, zod and date-fns are bundled into it, so a run
  // resolves and compiles a handful of files instead of zod's hundred (start-up is a budget).
  // Commands stay in chunks of their own, loaded when they run.
  // docx is bundled as core bundles it (one self-contained file, loaded only to write a .docx).
  noExternal: ['@law-report/core', 'zod', 'date-fns', 'docx'],
  // The Word readers are CommonJS packages loaded only for a .docx: left as they are.
  external: ['mammoth', 'jszip', '@law-report/server'],
  splitting: true,
});
