import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReport } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIn } from './test-io.js';

// Every command reads regular files only (and walks folders): a named pipe is never waited on, a
// device never read until memory runs out. Each gets one line, and the other inputs are read.
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-special-'));
  writeFileSync(join(dir, 'good.json'), JSON.stringify(beiliuReport()));
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  execFileSync('mkfifo', [join(dir, 'pipe.jsonl')]);
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const lawReport = (...args: string[]) => runIn(dir, ...args);
const NOT_REGULAR = '不是普通文件';

describe('special files', { timeout: 10_000 }, () => {
  it('validate and aggregate say a pipe or a device is not a regular file and read the rest', async () => {
    const validate = await lawReport(
      'validate',
      'pipe.json',
      'pipe.jsonl',
      '/dev/zero',
      'good.json',
      '--profile',
      'draft',
    );
    expect(validate.code).toBe(1);
    for (const name of ['pipe.json', 'pipe.jsonl', '/dev/zero'])
      expect(validate.stderr).toContain(`${name}: -: 错误: 无法读取：${NOT_REGULAR}`);
    expect(validate.stderr).not.toContain('(?)');
    expect(validate.stdout).toContain('1 份通过，3 份有错误');
    // In a folder too: the pipes named .json and .jsonl are listed, the report read.
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'a.json'), JSON.stringify(beiliuReport()));
    execFileSync('mkfifo', [join(dir, 'folder', 'b.json')]);
    const folder = await lawReport('validate', 'folder', '--profile', 'draft');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain(`b.json: -: 错误: 无法读取：${NOT_REGULAR}`);
    expect(folder.stdout).toContain('1 份通过，1 份有错误');
    const aggregate = await lawReport('aggregate', 'pipe.jsonl', 'good.json', '--format', 'json', '--lang', 'en');
    expect(aggregate.code).toBe(1);
    expect(aggregate.stderr).toContain('pipe.jsonl: cannot read: not a regular file');
    expect(JSON.parse(aggregate.stdout)).toMatchObject({ year: 2023 });
  });

  it('import and render say so of a pipe or a device, one line, exit 1', async () => {
    for (const args of [
      ['import', 'pipe.txt'],
      ['import', '/dev/zero'],
      ['render', 'pipe.json', '--format', 'text'],
      ['render', '/dev/zero', '--format', 'text'],
    ]) {
      const { code, stdout, stderr } = await lawReport(...args);
      expect({ args, code, stdout }).toEqual({ args, code: 1, stdout: '' });
      expect(stderr).toBe(`${args[1]}: 无法读取：${NOT_REGULAR}（是设备、管道或套接字）\n`);
    }
    // A folder of reports with a pipe among them: the pipe listed, the report imported.
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'a.txt'), renderReport(beiliuReport(), { format: 'text' }));
    execFileSync('mkfifo', [join(dir, 'reports', 'b.txt')]);
    const batch = await lawReport('import', 'reports');
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain(`b.txt: 无法读取：${NOT_REGULAR}`);
    expect(batch.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('says a file too large to read whole is too large, and reads the rest', async () => {
    // Sparse: 3 GB long, no disk taken; Node refuses to read more than 2 GB into one buffer.
    execFileSync('truncate', ['-s', '3G', join(dir, 'huge.json')]);
    const { code, stderr, stdout } = await lawReport('validate', 'huge.json', 'good.json', '--profile', 'draft');
    expect(code).toBe(1);
    expect(stderr).toContain('huge.json: -: 错误: 无法读取：文件太大（许多报告请存为 JSON Lines，每行一份，逐行读取）');
    expect(stderr).not.toContain('ERR_');
    expect(stdout).toContain('1 份通过');
  });

  it('takes no pipe or device for the roster, the deadlines or the catalog (exit 2)', async () => {
    for (const option of ['--roster', '--deadlines', '--catalog']) {
      const { code, stdout, stderr } = await lawReport('aggregate', 'good.json', option, 'pipe.json');
      expect({ option, code, stdout }).toEqual({ option, code: 2, stdout: '' });
      expect(stderr).toContain(NOT_REGULAR);
    }
  });
});
