import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beiliuReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { addToken } from './auth.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { send } from './testing/send.js';

// A full disk, for real: the SQLite file on a small tmpfs (which needs root, or a user allowed to
// mount). Where mounting is not allowed the test is skipped and says why.
const dir = mkdtempSync(join(tmpdir(), 'law-report-full-disk-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'pipe' });
  mounted = true;
} catch (failure) {
  const why = failure instanceof Error && 'stderr' in failure ? String(failure.stderr).trim() : String(failure);
  console.warn(`full-disk.test.ts: skipped, a tmpfs cannot be mounted here (${why || 'mount refused'})`);
}

let store: Store;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  if (!mounted) return;
  store = await openStore(join(dir, 'law-report.sqlite'));
  app = await buildApp({
    store,
    submissionRate: { limit: 10_000, windowMs: 60_000 },
    now: () => new Date('2024-01-26T08:00:00Z'),
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  if (mounted) execFileSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a full disk', () => {
  it('answers 503 when a write cannot be kept, acknowledges nothing it did not keep, and goes on serving', async () => {
    const unit = await addToken(store, 'unit', '北留镇', 'town');
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    const call = async (method: string, path: string, token: string, body?: unknown) => {
      const { status, json } = await send(base, method, path, token, body);
      return { status, json: json as { id?: string; version?: number; error?: { code: string; message: string } } };
    };
    // Each version a long report (~60 kB), until the 1 MiB disk is full.
    const long = {
      ...beiliuReport(),
      sections: [
        ...beiliuReport().sections,
        {
          id: 'long',
          kind: 'other' as const,
          title: '其他需要报告的情况',
          paragraphs: ['依法行政'.repeat(5000)],
          sections: [],
        },
      ],
    };
    const acknowledged: number[] = [];
    let refused: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 60 && !refused; i++) {
      const answer = await call('POST', '/api/reports', unit, long);
      if (answer.status === 201) acknowledged.push(answer.json.version ?? 0);
      else refused = answer;
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused).toEqual({
      status: 503,
      json: { error: { code: 'store_unavailable', message: '数据库暂时无法写入，这次请求没有保存，请稍后再试。' } },
    });
    // The server takes the next requests: reads answer (the reviewer's token is used for the first time
    // here, and its last use cannot be written: the read goes on), and every version acknowledged is there.
    const listed = await call('GET', '/api/reports?year=2023', reviewer);
    expect(listed.status).toBe(200);
    const [record] = (listed.json as { reports: { id: string; version: number }[] }).reports;
    expect(record?.version).toBe(acknowledged.at(-1));
    const versions = await call('GET', `/api/reports/${record?.id}/versions?per=100`, reviewer);
    expect((versions.json as { versions: { version: number }[] }).versions.map((one) => one.version)).toEqual(
      acknowledged,
    );
    // Room again (the disk grown): the next submission is kept.
    execFileSync('mount', ['-o', 'remount,size=8m', dir]);
    const after = await call('POST', '/api/reports', unit, long);
    expect(after).toMatchObject({ status: 201, json: { version: acknowledged.length + 1 } });
  });
});
