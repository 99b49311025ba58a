import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` as a new user runs it: no browser opened, the printed address answers with the
// county portal, and its pages work in Chromium.
const root = fileURLToPath(new URL('..', import.meta.url));

let server: ChildProcess | undefined;
let address = '';
let browser: Browser;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  server = spawn('npm', ['start', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, detached: true });
  address = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`npm start printed no address:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local:\s+(http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server?.stdout?.on('data', read);
    server?.stderr?.on('data', read);
    server?.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  // npm runs vite as a child: end the whole group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('npm start', () => {
  it('answers a plain HTTP request to the printed address with the portal', async () => {
    const response = await fetch(address);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<law-report-dashboard>');
    expect(html).toContain('青川县');
  });

  it('shows the sample county on the dashboard, and links to the form and summary pages', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(address);
    await expect.poll(() => page.locator('law-report-dashboard tbody th[scope="row"]').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(16);
    expect(await page.locator('law-report-dashboard [part="tiles"] dd').first().textContent()).toContain('87.5%');
    await page.getByRole('link', { name: '填报 / Form' }).click();
    await expect.poll(() => page.locator('law-report-form').getByRole('button', { name: '提交' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('link', { name: '报告摘要 / Summary' }).click();
    await expect.poll(() => page.locator('law-report-summary h2').textContent(), { timeout: 30_000 }).toContain('北留镇');
    await page.selectOption('#locale', 'en');
    await expect.poll(() => page.locator('law-report-summary h2').textContent()).toContain('rule-of-law government report');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const framework of ['vue', 'react']) {
    it(`serves the ${framework} example with the three elements working`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(`/examples/${framework}/`, address).href);
      await expect.poll(() => page.locator('law-report-dashboard tbody th[scope="row"]').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(16);
      await expect.poll(() => page.locator('law-report-summary h2').textContent()).toContain('北留镇');
      expect(await page.locator('law-report-form input#f-title').inputValue()).toContain('北留镇');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
