// For the elements' browser tests: a real collection server (SQLite in a temporary file) on
// loopback, with tokens for two units and the reviewer, its address given to the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToken, buildApp, openStore } from '@law-report/server';
import type { TestProject } from 'vitest/node';

/** What the tests get (`inject('collectionServer')`). */
export interface CollectionServer {
  readonly endpoint: string;
  readonly unit: string;
  readonly otherUnit: string;
  readonly reviewer: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    collectionServer: CollectionServer;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'law-report-elements-server-'));
  const store = await openStore(join(dir, 'server.sqlite'));
  const tokens = {
    unit: await addToken(store, 'unit', '北留镇', 'town'),
    otherUnit: await addToken(store, 'unit', '东城镇', 'town'),
    reviewer: await addToken(store, 'reviewer', '县依法治县办'),
  };
  // The whole suite submits as 北留镇 more often than a town may in an hour (30 by default): the limit would
  // answer 429 to whichever test came last. The limit itself is tested in the server's own tests.
  const app = await buildApp({
    store,
    corsOrigins: ['*'],
    submissionRate: { limit: 10_000, windowMs: 60 * 60 * 1000 },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  project.provide('collectionServer', { endpoint: `${address}/api`, ...tokens });
  return async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
