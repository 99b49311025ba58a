#!/usr/bin/env node
// Thin launcher: the command itself is compiled to dist/ by `npm run build`
// (run automatically by `npm install` in this repository through `prepare`).
import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('law-report: the command is not built yet; run `npm run build` first.\n');
    process.exit(2);
  }
  throw error;
});
