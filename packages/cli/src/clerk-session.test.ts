import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runIn } from './test-io.js';

// A county clerk's session, in both languages: every line they see comes from the message
// catalogs, never from Node (no ENOENT, no "Unknown option '--x'", no character positions).
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-clerk-'));
  writeFileSync(join(dir, 'broken.json'), '{\n  "title": "北留镇",\n  "year": 2023\n  "unit": {}\n}');
});
const lawReport = (...args: string[]) => runIn(dir, ...args);

describe('a clerk’s session', () => {
  it('in zh-CN by default', async () => {
    const flag = await lawReport('validate', 'broken.json', '--strict');
    expect(flag).toMatchObject({ code: 2 });
    expect(flag.stderr).toBe('law-report validate: 未知选项“--strict”。\n运行 `law-report --help` 查看用法。\n');

    const missing = await lawReport('validate', 'nowhere.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json: -: 错误: 无法读取：文件或目录不存在');
    expect(missing.stderr).not.toMatch(/ENOENT|no such file/);

    const broken = await lawReport('validate', 'broken.json');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json: -: 错误: 不是有效的 JSON：第 4 行第 3 列有误。');

    const absolute = await lawReport('validate', join(dir, 'broken.json'));
    expect(absolute.stderr).toContain(`${join(dir, 'broken.json')}: -: 错误:`);
  });

  it('in English with --lang en anywhere on the line', async () => {
    const before = await lawReport('--lang', 'en', 'validate', 'broken.json');
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('broken.json: -: error: Not valid JSON: error at line 4, column 3.');
    expect(before.stdout).toContain('Checked 1 report');

    const flag = await lawReport('aggregate', 'broken.json', '--lang=en', '--format');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('The option "--format" lacks its value or has a wrong one.');

    const help = await lawReport('render', '--help', '--lang', 'en');
    expect(help).toMatchObject({ code: 0 });
    expect(help.stdout).toContain('Exit status: 0 all good');
  });
});
