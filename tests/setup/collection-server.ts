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

/** A second county's server, which keeps its own indicators (`serve --catalog`), with one unit's token and the county's. */
export interface CatalogServer {
  readonly endpoint: string;
  readonly unit: string;
  readonly reviewer: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    collectionServer: CollectionServer;
    catalogServer: CatalogServer;
  }
}

/** The indicators the second county keeps: its full-time grid workers, counted in 名. */
export const COUNTY_CATALOG = {
  namespace: 'longquan',
  indicators: [
    {
      name: 'gridMembers',
      label: { 'zh-CN': '专职网格员', en: 'Full-time grid workers' },
      units: ['名'],
      kind: 'count' as const,
      aliases: ['专职网格员'],
    },
  ],
};

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
  const countyStore = await openStore(join(dir, 'county.sqlite'));
  const countyUnit = await addToken(countyStore, 'unit', '龙泉镇', 'town');
  const countyReviewer = await addToken(countyStore, 'reviewer', '龙泉县依法治县办');
  const county = await buildApp({ store: countyStore, corsOrigins: ['*'], catalog: COUNTY_CATALOG });
  const countyAddress = await county.listen({ port: 0, host: '127.0.0.1' });
  project.provide('catalogServer', { endpoint: `${countyAddress}/api`, unit: countyUnit, reviewer: countyReviewer });
  return async () => {
    await app.close();
    await county.close();
    await store.close();
    await countyStore.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
