import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { beiliuReport } from '@law-report/core/testing';
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from './chromium.js';
import { startServe } from './processes.js';

// The installed command, as a user runs it: the built bin (npm install builds it).
const bin = new URL('../packages/cli/bin/law-report.js', import.meta.url).pathname;
const exec = promisify(execFile);

async function lawReport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the law-report bin', () => {
  it('validates without @law-report/server installed, and says how to add it when serve needs it', async () => {
    // The CLI as npm installs it on its own, outside this repository: its bin and dist, no node_modules.
    const alone = mkdtempSync(join(tmpdir(), 'law-report-cli-alone-'));
    for (const part of ['bin', 'dist', 'package.json'])
      cpSync(new URL(`../packages/cli/${part}`, import.meta.url), join(alone, part), { recursive: true });
    writeFileSync(join(alone, 'beiliu.json'), JSON.stringify(beiliuReport()));
    const run = async (...args: string[]) => {
      try {
        return {
          code: 0,
          ...(await exec(process.execPath, [join(alone, 'bin', 'law-report.js'), ...args], { cwd: alone })),
        };
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
    };
    expect((await run('validate', 'beiliu.json')).code).toBe(0);
    const serve = await run('serve', '--port', '0');
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain('npm install @law-report/server');
    expect(serve.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('prints help', async () => {
    const { code, stdout } = await lawReport('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('law-report validate');
  });

  it('validates the 北留镇 report with exit 0, and a broken file with exit 1 and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-bin-'));
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    writeFileSync(join(dir, 'broken.json'), '{');
    expect((await lawReport('validate', join(dir, 'beiliu.json'), '--profile', 'submit')).code).toBe(0);
    const broken = await lawReport('validate', join(dir, 'broken.json'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('imports a Word file with the converters the built command leaves external', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const lines = [
      '南岭镇2023年法治政府建设情况报告',
      '一、主要举措',
      '全年调解矛盾纠纷33起。',
      '南岭镇人民政府',
      '2024年1月5日',
    ];
    const document = new Document({
      sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
    });
    const dir = mkdtempSync(join(tmpdir(), 'law-report-bin-'));
    writeFileSync(join(dir, 'nanling.docx'), new Uint8Array(await Packer.toArrayBuffer(document)));
    const { code, stdout, stderr } = await lawReport('import', join(dir, 'nanling.docx'));
    expect(stderr).not.toContain('内部错误');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      title: '南岭镇2023年法治政府建设情况报告',
      metrics: [{ value: 33, unit: '起' }],
    });
  });

  it('imports a folder of Word files on worker threads into JSON Lines', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const dir = mkdtempSync(join(tmpdir(), 'law-report-bin-'));
    for (let i = 0; i < 12; i++) {
      const lines = [
        `第${i + 1}镇2023年法治政府建设情况报告`,
        '一、主要举措',
        `全年调解矛盾纠纷${i + 1}起。`,
        `第${i + 1}镇人民政府`,
        '2024年1月5日',
      ];
      const document = new Document({
        sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
      });
      writeFileSync(
        join(dir, `${String(i).padStart(2, '0')}.docx`),
        new Uint8Array(await Packer.toArrayBuffer(document)),
      );
    }
    const { code, stderr } = await lawReport('import', dir, '--out', join(dir, 'all.jsonl'));
    expect(stderr).toContain('已导入 12 份报告，0 份失败');
    expect(code).toBe(0);
    const lines = readFileSync(join(dir, 'all.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { metrics: { value: number }[] }).metrics[0]?.value)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('serves the collection API: a unit’s token from --add-unit, a report submitted, stopped cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-serve-'));
    const token = (await exec(process.execPath, [bin, 'serve', '--add-unit', '北留镇'], { cwd: dir })).stdout.trim();
    expect(token).toMatch(/^lr_[\w-]{43}$/);
    const reviewer = (
      await exec(process.execPath, [bin, 'serve', '--add-reviewer', '县依法治县办'], { cwd: dir })
    ).stdout.trim();
    // The example portal as `npm run build` makes it, served beside the API.
    const portal = fileURLToPath(new URL('../examples/county-portal/dist/', import.meta.url));
    const { child: server, address } = await startServe(['--portal', portal], dir);
    try {
      const submitted = await fetch(`${address}/api/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(beiliuReport()),
      });
      expect(submitted.status).toBe(201);
      const { id } = (await submitted.json()) as { id: string };
      const read = await fetch(`${address}/api/reports/${id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(((await read.json()) as { report: { title: string } }).report.title).toBe(beiliuReport().title);
      // The portal from the same port: the reviewer types a token and sees the county's dashboard.
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${address}/`);
        await page.getByLabel(/^审核人令牌/).fill(reviewer);
        await page.getByRole('button', { name: /^使用/ }).click();
        await expect
          .poll(() => page.locator('law-report-dashboard tbody th[scope="row"]').count(), { timeout: 20_000 })
          .toBeGreaterThanOrEqual(1);
        expect(
          await page.locator('law-report-dashboard').getByRole('button', { name: '北留镇', exact: true }).count(),
        ).toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    } finally {
      const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    // A revoked token stops working.
    expect(
      (await exec(process.execPath, [bin, 'serve', '--revoke', '北留镇', '--lang', 'en'], { cwd: dir })).stderr,
    ).toContain('Revoked 1 token of “北留镇”');
    const { hashToken, openStore } = await import('@law-report/server');
    const store = await openStore(join(dir, '.data', 'law-report.sqlite'));
    expect(await store.findToken(hashToken(token))).toBeUndefined();
    await store.close();
  });

  it('exits 2 for a usage mistake', async () => {
    expect((await lawReport('validate')).code).toBe(2);
  });
});
