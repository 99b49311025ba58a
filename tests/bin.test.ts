import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beiliuReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';

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
    const lines = ['南岭镇2023年法治政府建设情况报告', '一、主要举措', '全年调解矛盾纠纷33起。', '南岭镇人民政府', '2024年1月5日'];
    const document = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
    const dir = mkdtempSync(join(tmpdir(), 'law-report-bin-'));
    writeFileSync(join(dir, 'nanling.docx'), new Uint8Array(await Packer.toArrayBuffer(document)));
    const { code, stdout, stderr } = await lawReport('import', join(dir, 'nanling.docx'));
    expect(stderr).not.toContain('内部错误');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: '南岭镇2023年法治政府建设情况报告', metrics: [{ value: 33, unit: '起' }] });
  });

  it('exits 2 for a usage mistake', async () => {
    expect((await lawReport('validate')).code).toBe(2);
  });
});
