import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, stopGroup } from './processes.js';

// `npm start -- --host` lets other computers open the demo portal, but the demo's tokens (the
// reviewer's among them) are given only to a browser on the same machine: asked from this
// machine's own network address, /demo/tokens.json answers 403.

const root = fileURLToPath(new URL('..', import.meta.url));
// This machine's address on its network, if it has one (a request to it does not come from loopback).
const outside = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
if (!outside)
  console.warn('demo-tokens.test.ts: skipped, this machine has no network address other than loopback to ask from');

const dir = mkdtempSync(join(tmpdir(), 'law-report-demo-tokens-'));
let child: ChildProcess | undefined;
let port = 0;
let said = '';

beforeAll(async () => {
  if (!outside) return;
  port = await freePort();
  child = spawn(
    'npm',
    ['start', '--', '--port', String(port), '--strictPort', '--host', '0.0.0.0', '--db', join(dir, 'demo.sqlite')],
    { cwd: root, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, detached: true },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no address:\n${said}`)), 60_000);
    const read = (chunk: Buffer) => {
      said += chunk.toString();
      if (/Local:\s+http/.test(said) && said.includes('演示令牌（也保存在')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child?.stdout?.on('data', read);
    child?.stderr?.on('data', read);
    child?.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${said}`)));
  });
}, 90_000);

afterAll(async () => {
  await stopGroup(child);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!outside)('npm start -- --host: /demo/tokens.json', () => {
  it('gives the demo’s tokens to a browser on this machine only, and says so at the start', async () => {
    const local = await fetch(`http://127.0.0.1:${port}/demo/tokens.json`);
    expect(local.status).toBe(200);
    const tokens = (await local.json()) as { reviewer: string; unit: string };
    expect(tokens).toMatchObject({
      reviewer: expect.stringMatching(/^lr_/),
      unit: expect.stringMatching(/^lr_/),
    });
    // Who opens the portal on another computer types a token: the terminal that started it says them.
    expect(said).toContain(`县审核人（青川县依法治县办）：${tokens.reviewer}`);
    expect(said).toContain(`柳林乡：${tokens.unit}`);
    const other = await fetch(`http://${outside}:${port}/demo/tokens.json`);
    expect(other.status).toBe(403);
    const body = await other.text();
    expect(body).not.toContain('lr_');
    expect(JSON.parse(body)).toEqual({ error: { code: 'forbidden', message: '演示令牌只给本机的浏览器。' } });
    expect(other.headers.get('cache-control')).toBe('no-store');
    // The portal itself answers there.
    expect((await fetch(`http://${outside}:${port}/`)).status).toBe(200);
    expect(said).toContain('演示令牌（/demo/tokens.json，含审核人令牌）只给本机的浏览器');
  });
});
