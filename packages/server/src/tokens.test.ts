import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { addToken, hashToken } from './auth.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { drivers } from './testing/drivers.js';

// A county's tokens over each real driver: what each carries (a label, when it was made, last
// used and stops working), units' and reviewers' names apart, names as they look.
describe.each(drivers('tokens_test'))('tokens on %s', (name, database) => {
  let dir: string;
  let url: string;
  let store: Store;
  let app: FastifyInstance | undefined;
  let now = new Date('2026-12-04T08:00:00Z');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-tokens-'));
    url = await database(dir);
    store = await openStore(url);
    now = new Date('2026-12-04T08:00:00Z');
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const serve = async () => {
    app = await buildApp({ store, now: () => now });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    return async (token: string, language = 'zh-CN') => {
      const response = await fetch(`${base}/api/reports`, {
        headers: { authorization: `Bearer ${token}`, 'accept-language': language },
      });
      return {
        status: response.status,
        body: (await response.json()) as { error?: { code: string; message: string } },
      };
    };
  };

  it('keeps a token’s label, expiry and last use, and lists them by id, never the token or its hash', async () => {
    const token = await addToken(store, 'unit', '北留镇', 'town', {
      label: '党政办 王五',
      expiresAt: '2027-03-31T16:00:00.000Z',
    });
    await addToken(store, 'reviewer', '县依法治县办');
    expect(await store.tokens()).toEqual([
      {
        id: 1,
        role: 'unit',
        name: '北留镇',
        label: '党政办 王五',
        createdAt: expect.stringMatching(/^\d{4}-/),
        lastUsedAt: null,
        expiresAt: '2027-03-31T16:00:00.000Z',
      },
      {
        id: 2,
        role: 'reviewer',
        name: '县依法治县办',
        label: null,
        createdAt: expect.stringMatching(/^\d{4}-/),
        lastUsedAt: null,
        expiresAt: null,
      },
    ]);
    expect(JSON.stringify(await store.tokens())).not.toContain(hashToken(token));
    const call = await serve();
    expect((await call(token)).status).toBe(200);
    expect((await store.tokens())[0]?.lastUsedAt).toBe('2026-12-04T08:00:00.000Z');
    // Written down once a minute at most.
    now = new Date('2026-12-04T08:00:30Z');
    await call(token);
    expect((await store.tokens())[0]?.lastUsedAt).toBe('2026-12-04T08:00:00.000Z');
    now = new Date('2026-12-04T08:05:00Z');
    await call(token);
    expect((await store.tokens())[0]?.lastUsedAt).toBe('2026-12-04T08:05:00.000Z');
  });

  it('answers a token past its expiry 401 token_expired, naming its last day in China, in Chinese and English', async () => {
    const token = await addToken(store, 'reviewer', '县依法治县办', null, { expiresAt: '2027-03-31T16:00:00.000Z' });
    const call = await serve();
    now = new Date('2027-03-31T15:59:59Z');
    expect((await call(token)).status).toBe(200);
    now = new Date('2027-03-31T16:00:00Z');
    expect(await call(token)).toEqual({
      status: 401,
      body: {
        error: {
          code: 'token_expired',
          message:
            '这个令牌的有效期到 2027-03-31（北京时间）为止，已经不能再用。请向管理报送服务的县里同事要一个新令牌。',
        },
      },
    });
    expect((await call(token, 'en')).body.error?.message).toBe(
      'This token was valid until 2027-03-31 (China time) and no longer works. Ask whoever runs the county’s server for a new one.',
    );
    // An unknown token is still just unknown.
    expect((await call('lr_unknown')).body.error?.code).toBe('unauthorized');
  });

  it('keeps units’ and reviewers’ names apart: one of each named alike, revoked and reissued each on its own', async () => {
    const unit = await addToken(store, 'unit', '县司法局', 'department');
    const reviewer = await addToken(store, 'reviewer', '县司法局');
    expect(await store.units()).toMatchObject([{ name: '县司法局', tokens: 1 }]);
    // A reissue of the unit's token leaves the reviewer's working.
    const reissued = await addToken(store, 'unit', '县司法局', 'department', { replace: true });
    expect(await store.findToken(hashToken(unit))).toBeUndefined();
    expect(await store.findToken(hashToken(reviewer))).toMatchObject({ role: 'reviewer' });
    expect(await store.revokeTokens('县司法局', 'reviewer')).toBe(1);
    expect(await store.findToken(hashToken(reissued))).toMatchObject({ role: 'unit', name: '县司法局' });
    expect(await store.findToken(hashToken(reviewer))).toBeUndefined();
  });

  it('takes names as they look (NFKC): Kangxi radicals and full-width letters are the plain name, an invisible character or a hidden label is refused', async () => {
    await addToken(store, 'unit', '金山镇', 'town');
    // ⾦⼭镇 in Kangxi radicals looks like 金山镇: it is that unit, not a second one.
    await addToken(store, 'unit', '\u2FA6\u2F2D镇', 'town');
    expect(await store.units()).toMatchObject([{ name: '金山镇', tokens: 2 }]);
    await addToken(store, 'reviewer', 'ＣＨＥＮ\u3000');
    expect((await store.tokens()).at(-1)).toMatchObject({ role: 'reviewer', name: 'CHEN' });
    await expect(addToken(store, 'unit', '金山镇', 'town', { label: '王五\u202E' })).rejects.toThrow(/U\+202E/);
  });

  it('keeps the tokens made before labels and expiry (migration 8), with none of either', async () => {
    const token = await addToken(store, 'unit', '北留镇', 'town');
    await store.close();
    // As a database from before migration 8.
    const undo = [
      'ALTER TABLE tokens DROP COLUMN label',
      'ALTER TABLE tokens DROP COLUMN expires_at',
      'ALTER TABLE tokens DROP COLUMN last_used_at',
      'DELETE FROM schema_migrations WHERE version = 8',
    ];
    if (name === 'SQLite') {
      const raw = new Database(url);
      for (const statement of undo) raw.exec(statement);
      raw.close();
    } else {
      const raw = new pg.Client({ connectionString: url });
      await raw.connect();
      for (const statement of undo) await raw.query(statement);
      await raw.end();
    }
    store = await openStore(url);
    expect(await store.findToken(hashToken(token))).toMatchObject({
      role: 'unit',
      name: '北留镇',
      label: null,
      expiresAt: null,
      lastUsedAt: null,
    });
    expect(await store.tokens()).toMatchObject([{ id: 1, name: '北留镇', label: null }]);
  });
});
