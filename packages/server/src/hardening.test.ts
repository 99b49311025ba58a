import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Report } from '@law-report/core';
import { beiliuReport, makeMetric, makeReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp, type AppOptions } from './app.js';
import { addToken } from './auth.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { freshPostgres } from './testing/drivers.js';
import { send, type SendArguments } from './testing/send.js';

// What one town's token, or anyone, must not be able to do to a county's server: each test starts
// its own server on loopback over SQLite in a temporary folder.
const opened: { app: FastifyInstance; store: Store; dir: string }[] = [];

async function serve(options: Partial<AppOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'law-report-hardening-'));
  const store = await openStore(join(dir, 'law-report.sqlite'));
  const app = await buildApp({ store, now: () => new Date('2024-01-26T08:00:00Z'), ...options });
  opened.push({ app, store, dir });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const call = (...request: SendArguments) => send(base, ...request);
  return { app, store, dir, base, call };
}

// The status of a GET of `path` sent exactly as written: fetch would resolve `..` and `%2e%2e` before
// sending, and add `Cache-Control: no-cache` to a conditional request.
const rawStatus = (base: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(base);
    request({ hostname, port, path, method: 'GET', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });

afterEach(async () => {
  for (const { app, store, dir } of opened.splice(0)) {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('one town’s token cannot take the server down', () => {
  it('refuses a body over 512 KiB by default', async () => {
    const { store, call } = await serve();
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const big = {
      ...beiliuReport(),
      sections: [{ id: 'x', kind: 'measures', title: '大', paragraphs: ['字'.repeat(200_000)], sections: [] }],
    };
    const answer = await call('POST', '/api/reports', beiliu, big);
    expect(answer.status).toBe(413);
    expect(answer.json.error).toEqual({ code: 'too_large', message: '请求内容太大（上限 512 KiB）。' });
  });

  it('refuses extension data over 64 KiB', async () => {
    const { store, call } = await serve();
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const answer = await call('POST', '/api/reports', beiliu, {
      ...beiliuReport(),
      extensions: { 'x-county': { blob: 'a'.repeat(70_000) } },
    });
    expect(answer.status).toBe(413);
    expect(answer.json.error?.code).toBe('extensions_too_large');
    expect(answer.json.error?.message).toContain('extensions');
  });

  it('answers 429 in Chinese with Retry-After once a token has submitted too often, other tokens unaffected', async () => {
    const { store, call } = await serve({ submissionRate: { limit: 2, windowMs: 60_000 } });
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const other = await addToken(store, 'unit', '城关镇', 'town');
    expect((await call('POST', '/api/reports', beiliu, beiliuReport())).status).toBe(201);
    expect((await call('POST', '/api/reports', beiliu, beiliuReport())).status).toBe(201);
    const third = await call('POST', '/api/reports', beiliu, beiliuReport());
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
    expect(third.json.error).toEqual({
      code: 'too_many_requests',
      message: '报送太频繁，这次没有报送：这个令牌每 1 分钟最多报送 2 次，请约 1 分钟后再试。已填写的内容不受影响。',
    });
    // Another town's token counts on its own (its report is refused for its unit, not for the rate).
    expect((await call('POST', '/api/reports', other, beiliuReport())).status).not.toBe(429);
  });
});

describe('a town cannot write into another town’s row', () => {
  const town = (name: string, value: number, unit: Partial<Report['unit']> = {}): Report =>
    makeReport({
      unit: { name, level: 'town', ...unit },
      issuer: `${name}人民政府`,
      title: `${name}2023年法治政府建设工作情况的报告`,
      metrics: [makeMetric('disputes.handled', value)],
    });
  type Aggregate = {
    units: { missing: string[] };
    unitsDetail: { name: string; status: string; values?: Record<string, { value: number }> }[];
  };

  it('refuses a name that only matches its unit with a parent the report made up', async () => {
    const { store, call } = await serve();
    const xin = await addToken(store, 'unit', '新城关镇', 'town');
    const forged = await call('POST', '/api/reports', xin, town('新新城关镇', 9999, { parent: { name: '新' } }));
    expect(forged.status).toBe(403);
    expect(forged.json.error?.code).toBe('other_unit');
  });

  it('totals a report under the unit its token belongs to, never under the parent or code the report claims', async () => {
    const { store, call } = await serve();
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    const chengguan = await addToken(store, 'unit', '城关镇', 'town');
    await addToken(store, 'unit', '新城关镇', 'town');
    expect((await call('POST', '/api/reports', chengguan, town('城关镇', 12))).status).toBe(201);
    // Kept before the check above existed: 新城关镇 under a made-up parent 新 reads as 城关镇.
    await store.submit(
      '新城关镇',
      2023,
      town('新城关镇', 9999, { parent: { name: '新' } }),
      '新城关镇',
      '2024-01-20T08:00:00.000Z',
    );
    const { json } = await call('GET', '/api/aggregate?year=2023', reviewer);
    const result = json as unknown as Aggregate;
    expect(result.units.missing).toEqual([]);
    const figure = (name: string) =>
      result.unitsDetail.find((unit) => unit.name === name)?.values?.['disputes.handled']?.value;
    expect([figure('城关镇'), figure('新城关镇')]).toEqual([12, 9999]);
  });

  it('refuses a parent or a code that disagrees with the roster, saying which', async () => {
    const { store, call } = await serve();
    await store.putUnit({ name: '北留镇', level: 'town', parent: '阳城县', code: '140522100' });
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const parent = await call('POST', '/api/reports', beiliu, town('北留镇', 1, { parent: { name: '沁水县' } }));
    expect(parent.status).toBe(403);
    expect(parent.json.error).toEqual({
      code: 'unit_mismatch',
      message: '报告中的单位上级单位“沁水县”与您登录单位的上级单位“阳城县”不符，已拒收。',
    });
    const code = await call(
      'POST',
      '/api/reports',
      beiliu,
      town('北留镇', 1, { parent: { name: '阳城县' }, code: '140522101' }),
    );
    expect(code.json.error?.message).toContain('代码“140522101”');
    expect(
      (
        await call(
          'POST',
          '/api/reports',
          beiliu,
          town('阳城县北留镇人民政府', 1, { parent: { name: '阳城县' }, code: '140522100' }),
        )
      ).status,
    ).toBe(201);
  });
});

describe('a database that cannot be written does not take the server down', () => {
  it('answers 503 in Chinese while another process holds the database locked, acknowledges nothing, and takes the next request', async () => {
    const { store, dir, call } = await serve();
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const other = new Database(join(dir, 'law-report.sqlite'));
    other.exec('BEGIN EXCLUSIVE');
    try {
      const locked = await call('POST', '/api/reports', beiliu, beiliuReport());
      expect(locked.status).toBe(503);
      expect(locked.json.error).toEqual({
        code: 'store_unavailable',
        message: '数据库暂时无法写入，这次请求没有保存，请稍后再试。',
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await call('GET', '/api/reports', beiliu)).json['reports']).toEqual([]);
    expect((await call('POST', '/api/reports', beiliu, beiliuReport())).json).toMatchObject({ version: 1 });
  }, 20_000);

  it('answers 503 when the PostgreSQL connection is gone, and stays up', async () => {
    const store = await openStore(await freshPostgres('hardening_test'));
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const app = await buildApp({ store });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      await store.close();
      const gone = await fetch(`${base}/api/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${beiliu}`, 'content-type': 'application/json' },
        body: JSON.stringify(beiliuReport()),
      });
      expect(gone.status).toBe(503);
      expect((await fetch(`${base}/api/openapi.json`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

// A GET of `path` as a browser sends it, the body as it came over the wire (fetch would unzip it).
const rawGet = (base: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const { hostname, port } = new URL(base);
      request({ hostname, port, path, method: 'GET', headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );

describe('the portal’s text goes gzipped to a browser that takes it', () => {
  it('zips a script and a page of a kilobyte or more, not an image, a small file, a range or a browser that refuses', async () => {
    const portal = mkdtempSync(join(tmpdir(), 'law-report-portal-'));
    try {
      const script = `export const words = ${JSON.stringify('法治政府建设年度报告'.repeat(400))};\n`;
      writeFileSync(join(portal, 'form.js'), script);
      writeFileSync(join(portal, 'index.html'), `<!doctype html><title>门户</title>${'<p>填报</p>'.repeat(300)}`);
      writeFileSync(join(portal, 'small.js'), 'export {};');
      writeFileSync(join(portal, 'logo.png'), Buffer.alloc(4096, 7));
      const { base } = await serve({ portal });
      const zipped = await rawGet(base, '/form.js', { 'accept-encoding': 'gzip, deflate, br' });
      expect(zipped.status).toBe(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toBe('Accept-Encoding');
      expect(zipped.headers['content-type']).toMatch(/javascript/);
      expect(gunzipSync(zipped.body).toString()).toBe(script);
      expect(zipped.body.length).toBeLessThan(Buffer.byteLength(script) / 5);
      const page = await rawGet(base, '/', { 'accept-encoding': 'gzip' });
      expect([page.headers['content-encoding'], gunzipSync(page.body).toString()]).toEqual([
        'gzip',
        `<!doctype html><title>门户</title>${'<p>填报</p>'.repeat(300)}`,
      ]);
      // As is: a browser that asks for none or refuses gzip, a range, a small file, an image.
      for (const [path, headers] of [
        ['/form.js', {}],
        ['/form.js', { 'accept-encoding': 'gzip;q=0, br' }],
        ['/form.js', { 'accept-encoding': 'gzip', range: 'bytes=0-99' }],
        ['/small.js', { 'accept-encoding': 'gzip' }],
        ['/logo.png', { 'accept-encoding': 'gzip' }],
      ] as const) {
        const plain = await rawGet(base, path, headers);
        expect([path, headers, plain.headers['content-encoding']]).toEqual([path, headers, undefined]);
      }
      // A zipped copy is still answered 304 by its ETag.
      const again = await rawGet(base, '/form.js', {
        'accept-encoding': 'gzip',
        'if-none-match': String(zipped.headers.etag),
      });
      expect(again.status).toBe(304);
    } finally {
      rmSync(portal, { recursive: true, force: true });
    }
  });
});

describe('a portal folder serves the portal and nothing else', () => {
  it('never serves a dotfile, a dot folder or a symlink out of the folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'law-report-outside-'));
    const portal = mkdtempSync(join(tmpdir(), 'law-report-portal-'));
    try {
      writeFileSync(join(portal, 'index.html'), '<!doctype html><title>门户</title>');
      writeFileSync(join(portal, '.env'), 'SECRET=1');
      mkdirSync(join(portal, '.git'));
      writeFileSync(join(portal, '.git', 'config'), '[core]');
      writeFileSync(join(outside, 'passwd'), 'root:x:0:0');
      symlinkSync(join(outside, 'passwd'), join(portal, 'passwd.txt'));
      symlinkSync(outside, join(portal, 'linked'));
      const { call, base } = await serve({ portal });
      expect((await call('GET', '/')).text).toContain('门户');
      for (const path of ['/.env', '/.git/config', '/%2Eenv', '/passwd.txt', '/linked/passwd'])
        expect([path, (await call('GET', path)).status]).toEqual([path, 404]);
      // Sent as written (fetch would resolve the dots first): encoded dots and slashes, a NUL, a backslash, a bad escape.
      for (const path of [
        '/..%2f..%2fetc%2fpasswd',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/.%2e/.%2e/etc/passwd',
        '/linked%2fpasswd',
        '/%2e%65nv',
        '/.git%2fconfig',
        '/index.html%00.txt',
        '/..%5c..%5cetc%5cpasswd',
        '//linked/passwd',
      ]) {
        expect([path, await rawStatus(base, path)]).toEqual([path, 404]);
      }
      // An address that is no percent-encoding is refused by the router before any file is looked for.
      expect(await rawStatus(base, '/%E0%A4%A')).toBe(400);
    } finally {
      rmSync(outside, { recursive: true, force: true });
      rmSync(portal, { recursive: true, force: true });
    }
  });

  it('answers 404 for a symlink loop, a symlink to nowhere and a file under a file, and logs nothing', async () => {
    const portal = mkdtempSync(join(tmpdir(), 'law-report-portal-'));
    const logged: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    try {
      writeFileSync(join(portal, 'index.html'), '<!doctype html><title>门户</title>');
      symlinkSync('loop2', join(portal, 'loop1'));
      symlinkSync('loop1', join(portal, 'loop2'));
      symlinkSync('nowhere', join(portal, 'dangling'));
      const { call } = await serve({ portal });
      for (const path of ['/loop1', '/loop2/', '/loop1/index.html', '/dangling', '/index.html/x'])
        expect([path, (await call('GET', path)).status]).toEqual([path, 404]);
      expect(logged).toEqual([]);
    } finally {
      spy.mockRestore();
      rmSync(portal, { recursive: true, force: true });
    }
  });

  it('sends the portal’s files with their types, a folder’s index.html, HEAD and a 304 for an unchanged file', async () => {
    const portal = mkdtempSync(join(tmpdir(), 'law-report-portal-'));
    try {
      writeFileSync(join(portal, 'index.html'), '<!doctype html><title>门户</title>');
      mkdirSync(join(portal, 'assets'));
      writeFileSync(join(portal, 'assets', 'form.js'), 'export const 表 = 1;');
      writeFileSync(join(portal, 'assets', 'index.html'), '<!doctype html><title>资源</title>');
      mkdirSync(join(portal, '报告'));
      writeFileSync(join(portal, '报告', '北留镇.html'), '<!doctype html><title>北留镇</title>');
      const { call, base } = await serve({ portal });
      const page = await call('GET', '/index.html');
      expect([page.status, page.headers.get('content-type'), page.text]).toEqual([
        200,
        'text/html; charset=utf-8',
        '<!doctype html><title>门户</title>',
      ]);
      // The security headers every answer carries hold for the portal's files too.
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const script = await call('GET', '/assets/form.js?v=1');
      expect([script.status, script.headers.get('content-type'), script.text]).toEqual([
        200,
        'application/javascript; charset=utf-8',
        'export const 表 = 1;',
      ]);
      expect((await call('GET', '/assets')).text).toContain('资源');
      expect((await call('GET', '/assets/')).text).toContain('资源');
      expect((await call('GET', `/${encodeURIComponent('报告')}/${encodeURIComponent('北留镇')}.html`)).text).toContain(
        '北留镇',
      );
      const head = await call('HEAD', '/assets/form.js');
      expect([head.status, head.text, head.headers.get('content-length')]).toEqual([
        200,
        '',
        String(Buffer.byteLength('export const 表 = 1;')),
      ]);
      const etag = script.headers.get('etag') ?? '';
      expect(etag).not.toBe('');
      expect(await rawStatus(base, '/assets/form.js', { 'if-none-match': etag })).toBe(304);
      // What is not there is the server's 404, as for any unknown address; the API stays the API.
      expect((await call('GET', '/missing.js')).status).toBe(404);
      expect((await call('GET', '/api/nothing')).json.error?.code).toBe('not_found');
    } finally {
      rmSync(portal, { recursive: true, force: true });
    }
  });

  it('makes a new database’s folder 0700 and its file 0600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-modes-'));
    try {
      const store = await openStore(join(dir, '.data', 'law-report.sqlite'));
      await store.close();
      expect((statSync(join(dir, '.data')).mode & 0o777).toString(8)).toBe('700');
      expect((statSync(join(dir, '.data', 'law-report.sqlite')).mode & 0o777).toString(8)).toBe('600');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a slow or anonymous client cannot hold the server', () => {
  // Resolves with how long the server kept the socket open, or 'open' after `wait` ms.
  const heldFor = (base: string, first: string, wait: number) =>
    new Promise<number | 'open'>((done) => {
      const { hostname, port } = new URL(base);
      const started = Date.now();
      const socket = connect(Number(port), hostname, () => socket.write(first));
      // One byte now and then, as a slow client sends.
      const drip = setInterval(() => socket.write('a'), 200);
      const stop = (result: number | 'open') => {
        clearInterval(drip);
        socket.destroy();
        done(result);
      };
      socket.on('close', () => stop(Date.now() - started));
      socket.on('error', () => stop(Date.now() - started));
      setTimeout(() => stop('open'), wait);
    });

  it('closes a connection whose request does not arrive within the request timeout', async () => {
    const { base } = await serve({ requestTimeout: 500 });
    const held = await heldFor(base, 'POST /api/public/reports HTTP/1.1\r\nHost: x\r\nX-Slow: ', 4_000);
    expect(held).not.toBe('open');
    expect(held).toBeLessThan(3_000);
  }, 10_000);

  it('answers an anonymous large POST 401 without reading its body', async () => {
    const { call } = await serve();
    const big = await call('POST', '/api/reports', undefined, { blob: 'a'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(401);
    expect(big.json.error?.code).toBe('unauthorized');
  });

  // Opens `count` connections from `from` (another loopback address: Linux answers all of
  // 127.0.0.0/8), each sending the start of a request and never its end.
  const halfFinished = async (base: string, from: string, count: number) => {
    const { hostname, port } = new URL(base);
    const sockets = Array.from({ length: count }, () => {
      const socket = connect({ port: Number(port), host: hostname, localAddress: from });
      socket.on('error', () => undefined);
      socket.write('GET /api/public/reports HTTP/1.1\r\nHost: x\r\n');
      return socket;
    });
    await new Promise((done) => setTimeout(done, 1_000));
    return sockets;
  };
  // A GET from `from`: its status, or the error's code.
  const getFrom = (base: string, path: string, from: string) =>
    new Promise<number | string>((resolve) => {
      const { hostname, port } = new URL(base);
      request({ hostname, port, path, localAddress: from, timeout: 5_000 }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('timeout', function (this: { destroy(): void }) {
          this.destroy();
          resolve('timeout');
        })
        .on('error', (failure: NodeJS.ErrnoException) => resolve(failure.code ?? 'error'))
        .end();
    });

  it('serves another client while one address holds hundreds of half-finished requests', async () => {
    const { base } = await serve();
    const sockets = await halfFinished(base, '127.0.0.2', 300);
    try {
      expect(await getFrom(base, '/api/public/reports', '127.0.0.1')).toBe(200);
      // The address got its share of connections, no more.
      expect(sockets.filter((socket) => !socket.destroyed).length).toBeLessThanOrEqual(64);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  }, 15_000);

  it('serves an office of thirty browsers behind one address: connections that sent a request are clients', async () => {
    const { base } = await serve();
    const { hostname, port } = new URL(base);
    // Thirty browsers' six connections each, kept alive after their first request.
    const agent = new Agent({ keepAlive: true, maxSockets: 180, localAddress: '127.0.0.2' });
    try {
      const first = await Promise.all(
        Array.from(
          { length: 180 },
          () =>
            new Promise<number | string>((resolve) => {
              request({ hostname, port, path: '/reports/', agent }, (response) => {
                response.resume();
                response.on('end', () => resolve(response.statusCode ?? 0));
              })
                .on('error', (failure: NodeJS.ErrnoException) => resolve(failure.code ?? 'error'))
                .end();
            }),
        ),
      );
      expect(first.filter((status) => status !== 200)).toEqual([]);
      expect(
        Object.values(agent.sockets).flat().length + Object.values(agent.freeSockets).flat().length,
      ).toBeGreaterThan(64);
      // And one more browser of the office.
      expect(await getFrom(base, '/reports/', '127.0.0.2')).toBe(200);
    } finally {
      agent.destroy();
    }
  }, 15_000);

  it('holds as many connections as a trusted proxy sends: its clients are many', async () => {
    const { base } = await serve({ trustProxy: '127.0.0.2', maxConnectionsPerAddress: 4 });
    const sockets = await halfFinished(base, '127.0.0.2', 10);
    try {
      expect(sockets.filter((socket) => !socket.destroyed)).toHaveLength(10);
      // Another address is held to its share.
      sockets.push(...(await halfFinished(base, '127.0.0.3', 10)));
      expect(sockets.slice(10).filter((socket) => !socket.destroyed)).toHaveLength(4);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  }, 15_000);

  it('closes a connection whose headers do not end within the headers timeout, however long the request timeout', async () => {
    const { base } = await serve({ headersTimeout: 1_000 });
    const held = await heldFor(base, 'GET /api/public/reports HTTP/1.1\r\nHost: x\r\nX-Slow: ', 5_000);
    expect(held).not.toBe('open');
    expect(held).toBeLessThan(3_500);
  }, 10_000);

  it('caps the connections it holds at once', async () => {
    const { app } = await serve({ maxConnections: 8 });
    expect(app.server.maxConnections).toBe(8);
  });
});

describe('one client asking without pause cannot slow everyone else', () => {
  // A GET from another loopback address (Linux answers all of 127.0.0.0/8), with headers.
  const getFrom = (base: string, path: string, from: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(base);
      request({ hostname, port, path, localAddress: from, headers }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });

  it('answers 429 in Chinese with Retry-After once an address has asked too often; another address is served', async () => {
    const { call, base } = await serve({ requestRate: { limit: 5, windowMs: 60_000 } });
    for (let i = 0; i < 5; i += 1) expect((await call('GET', '/api/public/reports')).status).toBe(200);
    const refused = await call('GET', '/api/public/reports?year=2023');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('12');
    expect(refused.json.error).toEqual({
      code: 'too_many_requests',
      message:
        '请求太频繁，这次没有处理：请等 12 秒再试。已保存、已报送的内容都不会丢失。（同一地址或同一令牌一次最多连续请求 5 次，之后每秒 0.1 次。）',
    });
    const english = await call('GET', '/api/public/reports', undefined, undefined, { 'accept-language': 'en' });
    expect(english.json.error?.message).toMatch(
      /^Too many requests: this one was not carried out\. Please wait 12 seconds and try again; nothing saved or submitted is lost\./,
    );
    expect(await getFrom(base, '/api/public/reports', '127.0.0.2')).toBe(200);
  });

  it('counts the API only: the published pages and files are read by any number of visitors behind one address', async () => {
    const { call } = await serve({ requestRate: { limit: 5, windowMs: 60_000 } });
    const pages = [];
    for (let i = 0; i < 20; i += 1) pages.push((await call('GET', '/reports/')).status);
    expect(pages.every((status) => status === 200)).toBe(true);
    // A path spelled another way to the API is the API.
    for (let i = 0; i < 5; i += 1) await call('GET', '/api/public/reports');
    expect((await call('GET', '/%61pi/public/reports')).status).not.toBe(200);
    expect((await call('GET', '/api/public/reports')).status).toBe(429);
  });

  it('counts a token wherever it asks from, before looking it up', async () => {
    const { store, base } = await serve({ requestRate: { limit: 3, windowMs: 60_000 } });
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const bearer = { authorization: `Bearer ${beiliu}` };
    const statuses = [];
    for (const from of ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'])
      statuses.push(await getFrom(base, '/api/reports', from, bearer));
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await getFrom(base, '/api/reports', '127.0.0.6', { authorization: 'Bearer lr_other' })).toBe(401);
  });

  it('counts a valid token against itself alone: clerks behind one gateway are served once their address has spent its share', async () => {
    const { store, call } = await serve({ requestRate: { limit: 4, windowMs: 60_000 } });
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const donghe = await addToken(store, 'unit', '东河镇', 'town');
    // Each token's first request counts against the address too: it is not known yet.
    expect((await call('GET', '/api/reports', beiliu)).status).toBe(200);
    expect((await call('GET', '/api/reports', donghe)).status).toBe(200);
    const anonymous = [];
    for (let i = 0; i < 3; i += 1) anonymous.push((await call('GET', '/api/public/reports')).status);
    expect(anonymous).toEqual([200, 200, 429]);
    // The address is spent; each clerk still has its token's own allowance, and no more.
    const clerk = [];
    for (let i = 0; i < 4; i += 1) clerk.push((await call('GET', '/api/reports', beiliu)).status);
    expect(clerk).toEqual([200, 200, 200, 429]);
    expect((await call('GET', '/api/reports', donghe)).status).toBe(200);
  });

  it('holds a flood of made-up tokens to the address’s share, looking up a tenth as many more once it is spent', async () => {
    const { store, call } = await serve({ requestRate: { limit: 30, windowMs: 60_000 } });
    const lookups = vi.spyOn(store, 'findToken');
    const statuses = [];
    for (let i = 0; i < 60; i += 1) statuses.push((await call('GET', '/api/reports', `lr_made_up_${i}`)).status);
    expect(statuses).toEqual([...Array<number>(33).fill(401), ...Array<number>(27).fill(429)]);
    expect(lookups).toHaveBeenCalledTimes(33);
  });

  it('looks up a clerk’s token it does not know yet past the address’s share, a tenth of the rate at most', async () => {
    const { store, call } = await serve({ requestRate: { limit: 10, windowMs: 60_000 } });
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const donghe = await addToken(store, 'unit', '东河镇', 'town');
    for (let i = 0; i < 10; i += 1) await call('GET', '/api/public/reports');
    expect((await call('GET', '/api/public/reports')).status).toBe(429);
    // The first request since the start: looked up (one a window at this rate), then known.
    expect((await call('GET', '/api/reports', beiliu)).status).toBe(200);
    expect((await call('GET', '/api/reports', beiliu)).status).toBe(200);
    expect((await call('GET', '/api/reports', donghe)).status).toBe(429);
  });

  it('counts a token against its address again once a lookup refuses it (revoked, expired)', async () => {
    let today = new Date('2024-01-26T08:00:00Z');
    const { store, call } = await serve({ requestRate: { limit: 3, windowMs: 60_000 }, now: () => today });
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const donghe = await addToken(store, 'unit', '东河镇', 'town', { expiresAt: '2024-01-31T16:00:00.000Z' });
    expect((await call('GET', '/api/reports', beiliu)).status).toBe(200);
    expect((await call('GET', '/api/reports', donghe)).status).toBe(200);
    await store.revokeTokens('北留镇', 'unit');
    today = new Date('2024-02-01T08:00:00Z');
    // Known still, so not counted against the address: refused by the lookup, and forgotten.
    expect((await call('GET', '/api/reports', beiliu)).status).toBe(401);
    expect((await call('GET', '/api/reports', donghe)).status).toBe(401);
    // The address has one request left (3 less the two first requests), and one lookup past it: then both
    // count against it.
    expect((await call('GET', '/api/reports', beiliu)).status).toBe(401);
    expect((await call('GET', '/api/reports', donghe)).status).toBe(401);
    expect((await call('GET', '/api/reports', beiliu)).status).toBe(429);
    expect((await call('GET', '/api/reports', donghe)).status).toBe(429);
  });

  it('refuses most of a flood from one address by default', async () => {
    const { call } = await serve();
    const statuses: number[] = [];
    // 30 at a time: under the connections one address may hold.
    for (let batch = 0; batch < 20; batch += 1)
      statuses.push(
        ...(await Promise.all(Array.from({ length: 30 }, () => call('GET', '/api/public/reports')))).map(
          (answer) => answer.status,
        ),
      );
    const served = statuses.filter((status) => status === 200).length;
    expect(served).toBeGreaterThanOrEqual(300);
    expect(served).toBeLessThan(400);
    expect(statuses.filter((status) => status === 429).length).toBe(600 - served);
  }, 20_000);
});

describe('whole numbers in the address are written as whole numbers', () => {
  it('answers 400 bad_query for a number past what a number holds (1e400), never 500, null or an empty list', async () => {
    const { store, call } = await serve();
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const { id } = (await call('POST', '/api/reports', beiliu, beiliuReport())).json as { id: string };
    const asked = {
      aggregate: await call('GET', '/api/aggregate?year=1e400', reviewer),
      versions: await call('GET', `/api/reports/${id}/versions?page=1e400`, reviewer),
      public: await call('GET', '/api/public/reports?page=1e400'),
      reports: await call('GET', '/api/reports?year=1e400', reviewer),
      version: await call('GET', `/api/reports/${id}/versions/1e400`, reviewer),
      exponent: await call('GET', '/api/public/reports?year=2.023e3'),
    };
    expect(Object.fromEntries(Object.entries(asked).map(([name, answer]) => [name, answer.json.error?.code]))).toEqual({
      aggregate: 'bad_query',
      versions: 'bad_query',
      public: 'bad_query',
      reports: 'bad_query',
      version: 'bad_params',
      exponent: 'bad_query',
    });
    expect(asked.aggregate.status).toBe(400);
    expect(asked.aggregate.json.error?.message).toBe('查询参数有误：“year”应为整数');
    // Written plainly, the same numbers are read.
    expect((await call('GET', '/api/public/reports?page=1&year=2023')).status).toBe(200);
    expect((await call('GET', `/api/reports/${id}/versions/1`, reviewer)).status).toBe(200);
  });
});

describe('requests the HTTP parser refuses are answered in the contract’s shape', () => {
  // Sends `bytes` as they are and reads the whole answer: its status and its JSON body.
  const raw = (base: string, bytes: string) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const { hostname, port } = new URL(base);
      const chunks: Buffer[] = [];
      const socket = connect(Number(port), hostname, () => socket.end(bytes));
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head = '', body = ''] = text.split('\r\n\r\n', 2);
        let json: unknown = body;
        try {
          json = JSON.parse(body);
        } catch {
          // Not JSON: the test shows what came.
        }
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), body: json });
      });
    });

  it('answers a header too large, a garbled request, a header without a colon and a missing Host with { error: { code, message } } in Chinese', async () => {
    const { base } = await serve();
    const answers = {
      bigHeader: await raw(base, `GET /api/public/reports HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17_000)}\r\n\r\n`),
      longAddress: await raw(base, `GET /${'a'.repeat(60_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
      garbage: await raw(base, 'GARBAGE\r\n\r\n'),
      noColon: await raw(base, 'GET /api/public/reports HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n'),
      noHost: await raw(base, 'GET /api/public/reports HTTP/1.1\r\n\r\n'),
    };
    expect(answers).toEqual({
      bigHeader: { status: 431, body: { error: { code: 'header_too_large', message: '请求头太大（上限 16 KiB）。' } } },
      longAddress: {
        status: 431,
        body: { error: { code: 'header_too_large', message: '请求头太大（上限 16 KiB）。' } },
      },
      garbage: { status: 400, body: { error: { code: 'bad_request', message: '请求有误。' } } },
      noColon: { status: 400, body: { error: { code: 'bad_request', message: '请求有误。' } } },
      noHost: { status: 400, body: { error: { code: 'missing_host', message: '请求缺少 Host 请求头。' } } },
    });
  });

  it('answers in English when the request asked for it, as far as it was read', async () => {
    const { base } = await serve();
    const noColon = await raw(
      base,
      'GET /api/public/reports HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nNoColonHere\r\n\r\n',
    );
    expect(noColon).toEqual({ status: 400, body: { error: { code: 'bad_request', message: 'Bad request.' } } });
    const noHost = await raw(base, 'GET /api/public/reports HTTP/1.1\r\nAccept-Language: en\r\n\r\n');
    expect(noHost.body).toEqual({ error: { code: 'missing_host', message: 'The request has no Host header.' } });
  });
});

describe('every answer carries the headers a government site needs', () => {
  it('sends the CSP, nosniff, frame and referrer policies on the API, the portal, the public pages and refusals; no-store on what a token read', async () => {
    const portal = mkdtempSync(join(tmpdir(), 'law-report-portal-'));
    try {
      writeFileSync(join(portal, 'index.html'), '<!doctype html><title>门户</title>');
      const { store, call } = await serve({ portal });
      const reviewer = await addToken(store, 'reviewer', '县依法治县办');
      const answers = {
        api: await call('GET', '/api/reports', reviewer),
        portal: await call('GET', '/'),
        pages: await call('GET', '/reports/'),
        refusal: await call('GET', '/api/reports'),
        missing: await call('GET', '/no-such-page'),
      };
      for (const [name, answer] of Object.entries(answers)) {
        const headers = Object.fromEntries(
          ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy'].map((header) => [
            header,
            answer.headers.get(header),
          ]),
        );
        expect([name, headers]).toEqual([
          name,
          {
            'content-security-policy': expect.stringMatching(
              /default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/,
            ),
            'x-content-type-options': 'nosniff',
            'x-frame-options': 'DENY',
            'referrer-policy': 'no-referrer',
          },
        ]);
      }
      expect(answers.api.headers.get('cache-control')).toBe('no-store');
      expect(answers.pages.headers.get('cache-control')).not.toBe('no-store');
    } finally {
      rmSync(portal, { recursive: true, force: true });
    }
  });
});

describe('a review step acts on the version the reviewer read', () => {
  it('answers 409 when the town sent a newer version since, and files the one named when it is the latest', async () => {
    const { store, call } = await serve();
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const report = { ...beiliuReport(), confidentialityReviewed: true };
    const { id } = (await call('POST', '/api/reports', beiliu, report)).json as { id: string };
    // The county reads version 1; the town sends version 2 before the county presses 备案.
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json['version']).toBe(1);
    await call('POST', '/api/reports', beiliu, report);
    const stale = await call('POST', `/api/reports/${id}/file`, reviewer, { version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toEqual({
      code: 'version_conflict',
      message: '这份报告已有第 2 版，这一步针对的是第 1 版：请先看最新版本，再备案。',
    });
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json['status']).toBe('submitted');
    expect((await call('POST', `/api/reports/${id}/file`, reviewer, { version: 2 })).json).toMatchObject({
      status: 'filed',
      version: 2,
    });
    // Without a version (the review element sends only a reason), the latest.
    expect((await call('POST', `/api/reports/${id}/return`, reviewer, { reason: '请补充' })).json).toMatchObject({
      status: 'returned',
    });
  });

  it('refuses in the store a step on a version overtaken between the check and the write', async () => {
    const { store, call } = await serve();
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const { id } = (await call('POST', '/api/reports', beiliu, beiliuReport())).json as { id: string };
    await call('POST', '/api/reports', beiliu, beiliuReport());
    await expect(
      store.transition(id, ['submitted'], 'returned', '县', '2024-01-26T08:00:00Z', '改', undefined, 1),
    ).rejects.toMatchObject({ latest: 2 });
  });
});

describe('the review takes text and true, nothing that looks like them', () => {
  it('refuses a reason with nothing visible in it, or one that is not text, and a confirmation that is not true itself', async () => {
    const { store, call } = await serve();
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const report = { ...beiliuReport(), confidentialityReviewed: true };
    const { id } = (await call('POST', '/api/reports', beiliu, report)).json as { id: string };
    expect((await call('POST', `/api/reports/${id}/file`, reviewer, {})).status).toBe(200);
    const step = async (action: string, body: unknown) => {
      const answer = await call('POST', `/api/reports/${id}/${action}`, reviewer, body);
      return [answer.status, answer.json.error?.code];
    };
    const publish = {
      number: await step('publish', { confidentialityReviewed: 1 }),
      text: await step('publish', { confidentialityReviewed: 'true' }),
      version: await step('publish', { confidentialityReviewed: true, version: '1' }),
    };
    expect(publish).toEqual({
      number: [400, 'bad_body'],
      text: [400, 'bad_body'],
      version: [400, 'bad_body'],
    });
    expect(
      (await call('POST', `/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: 1 })).json.error?.message,
    ).toBe('请求内容有误：“confidentialityReviewed”应为true 或 false');
    expect((await call('POST', `/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: true })).status).toBe(
      200,
    );
    const unpublish = {
      zeroWidth: await step('unpublish', { reason: '  \u200b ' }),
      controls: await step('unpublish', { reason: '\u0000\u0001' }),
      fullWidthSpace: await step('unpublish', { reason: '\u3000\u2060\ufeff' }),
      boolean: await step('unpublish', { reason: true }),
      number: await step('unpublish', { reason: 12 }),
    };
    expect(unpublish).toEqual({
      zeroWidth: [400, 'reason_required'],
      controls: [400, 'reason_required'],
      fullWidthSpace: [400, 'reason_required'],
      boolean: [400, 'bad_body'],
      number: [400, 'bad_body'],
    });
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json['status']).toBe('published');
    // A reason with words in it is kept, without the invisible characters around and in it.
    const done = await call('POST', `/api/reports/${id}/unpublish`, reviewer, { reason: ' \u200b发现涉密\u0000内容 ' });
    expect(done.status).toBe(200);
    const history = (await store.history(id)).map((entry) => entry.reason);
    expect(history.at(-1)).toBe('发现涉密内容');
  });
});

describe('a body is JSON in UTF-8 or nothing', () => {
  // POSTs `bytes` as they are with `type`, and reads the answer.
  const post = async (base: string, path: string, token: string, type: string, bytes: Uint8Array | string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: bytes,
    });
    return { status: response.status, json: (await response.json()) as { error?: { code: string; message: string } } };
  };

  it('answers text/plain 415, another charset 415, and bytes that are not UTF-8 400, never reading on', async () => {
    const { store, base, call } = await serve();
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    const beiliu = await addToken(store, 'unit', '北留镇', 'town');
    const { id } = (await call('POST', '/api/reports', beiliu, beiliuReport())).json as { id: string };
    const plain = await post(base, '/api/reports', beiliu, 'text/plain', JSON.stringify(beiliuReport()));
    expect(plain).toEqual({
      status: 415,
      json: {
        error: {
          code: 'unsupported_media_type',
          message: '不支持这种内容类型（text/plain）：请用 application/json 发送。',
        },
      },
    });
    const latin = await post(
      base,
      `/api/reports/${id}/return`,
      reviewer,
      'application/json; charset=iso-8859-1',
      '{"reason":"caf\u00e9"}',
    );
    expect(latin).toEqual({
      status: 415,
      json: {
        error: { code: 'unsupported_media_type', message: '不支持这种字符编码（iso-8859-1）：请用 UTF-8 发送。' },
      },
    });
    const broken = new Uint8Array([
      ...new TextEncoder().encode('{"reason":"改'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}'),
    ]);
    const invalid = await post(base, `/api/reports/${id}/return`, reviewer, 'application/json', broken);
    expect(invalid).toEqual({
      status: 400,
      json: { error: { code: 'bad_encoding', message: '请求内容不是有效的 UTF-8 文字。' } },
    });
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json['status']).toBe('submitted');
    // UTF-8 said as such is read.
    const said = await post(
      base,
      `/api/reports/${id}/return`,
      reviewer,
      'application/json; charset=UTF-8',
      '{"reason":"请补充"}',
    );
    expect(said.status).toBe(200);
  });
});

describe('names that look like another', () => {
  it('refuses a token for a name with a zero-width or right-to-left character', async () => {
    const { store } = await serve();
    await expect(addToken(store, 'unit', '城关\u200B镇', 'town')).rejects.toThrow(/U\+200B/);
    await expect(addToken(store, 'reviewer', '县依法治县办\u202E')).rejects.toThrow(/U\+202E/);
    expect(await store.units()).toEqual([]);
  });
});

describe('the access log', () => {
  it('writes a line per answer, never the Authorization header', async () => {
    const lines: string[] = [];
    const { store, call } = await serve({ accessLog: (line) => lines.push(line) });
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    await call('GET', '/api/reports?year=2023', reviewer);
    await call('GET', '/api/reports', 'lr_wrong');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\S+Z GET \/api\/reports 200 \d+ms 127\.0\.0\.1$/);
    expect(lines[1]).toContain(' 401 ');
    expect(lines.join('\n')).not.toMatch(/lr_|Bearer/);
  });

  it('never writes a token put in the address, in its query or its path', async () => {
    const lines: string[] = [];
    const { store, call } = await serve({ accessLog: (line) => lines.push(line) });
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    expect((await call('GET', `/api/reports?token=${reviewer}&year=2023`)).status).toBe(401);
    expect((await call('GET', `/reports/${reviewer}`)).status).toBe(404);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\S+Z GET \/api\/reports 401 \d+ms 127\.0\.0\.1$/);
    expect(lines[1]).toMatch(/^\S+Z GET \/reports\/lr_… 404 /);
    expect(lines.join('\n')).not.toContain(reviewer.slice(3));
  });
});

describe('token ids', () => {
  it('numbers the tokens kept before ids existed, after the others, oldest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-ids-'));
    const file = join(dir, 'law-report.sqlite');
    try {
      const before = await openStore(file);
      await addToken(before, 'unit', '北留镇', 'town');
      await addToken(before, 'reviewer', '县依法治县办');
      await before.close();
      // As a database from before ids: every seq 0, migration 6 not applied.
      const raw = new Database(file);
      raw.exec('UPDATE tokens SET seq = 0; DELETE FROM schema_migrations WHERE version = 6');
      raw.close();
      const after = await openStore(file);
      const tokens = await after.tokens();
      // Oldest first; two made in one millisecond may come either way.
      expect(tokens.map((token) => token.id)).toEqual([1, 2]);
      expect(tokens.map((token) => token.name).sort()).toEqual(['北留镇', '县依法治县办'].sort());
      expect(await after.revokeToken(1)).toBe(true);
      expect((await after.tokens()).map((token) => token.id)).toEqual([2]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a reverse proxy in front', () => {
  const forwarded = {
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'fz.example.gov.cn',
  };

  it('believes X-Forwarded-For and -Proto from the proxies it was told of: the log names the real client, the feed says https', async () => {
    const lines: string[] = [];
    const { call } = await serve({ trustProxy: 'loopback', accessLog: (line) => lines.push(line) });
    const feed = await call('GET', '/reports/feed.xml', undefined, undefined, forwarded);
    expect(feed.text).toContain(
      '<link rel="self" type="application/atom+xml" href="https://fz.example.gov.cn/reports/feed.xml"/>',
    );
    expect(lines[0]).toMatch(/ 200 \d+ms 203\.0\.113\.7$/);
  });

  // The feed as a GET with these headers reads it (Host too, which fetch would not send as given).
  const feedWith = (base: string, headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const { hostname, port } = new URL(base);
      request({ hostname, port, path: '/reports/feed.xml', headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      })
        .on('error', reject)
        .end();
    });

  it('never builds the feed’s links on a Host that names another server: the listening address instead', async () => {
    const { base } = await serve();
    const feed = await feedWith(base, { host: 'evil.example' });
    expect(feed).not.toContain('evil.example');
    expect(feed).toContain(`<id>${base}/reports/</id>`);
    expect(feed).toContain(`href="${base}/reports/feed.xml"`);
    // The address it listens on, as the client named it, is believed.
    expect(await feedWith(base, { host: new URL(base).host })).toContain(`href="${base}/reports/feed.xml"`);
  });

  it('builds the feed’s links on the public origin the county gave, whatever the request names', async () => {
    const { base } = await serve({ publicOrigin: 'https://fz.example.gov.cn/' });
    for (const feed of [
      await feedWith(base, { host: 'evil.example' }),
      await feedWith(base, { host: new URL(base).host }),
    ]) {
      expect(feed).toContain('<id>https://fz.example.gov.cn/reports/</id>');
      expect(feed).not.toContain('evil.example');
    }
    await expect(buildApp({ store: opened[0]?.store as Store, publicOrigin: 'fz.example.gov.cn' })).rejects.toThrow(
      /publicOrigin/,
    );
  });

  it('believes them from no one unless told: a client cannot write another address into the log', async () => {
    const lines: string[] = [];
    const { call, base } = await serve({ accessLog: (line) => lines.push(line) });
    const feed = await call('GET', '/reports/feed.xml', undefined, undefined, forwarded);
    expect(feed.text).toContain(`href="${base}/reports/feed.xml"`);
    expect(lines[0]).toMatch(/ 200 \d+ms 127\.0\.0\.1$/);
    // Nor from a proxy other than the ones named.
    const named = await serve({ trustProxy: ['10.0.0.5'], accessLog: (line) => lines.push(line) });
    await named.call('GET', '/reports/feed.xml', undefined, undefined, forwarded);
    expect(lines[1]).toMatch(/ 200 \d+ms 127\.0\.0\.1$/);
  });
});
