import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AggregateResult } from '@law-report/core';
import { beiliuReport, makeReport } from '@law-report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPiped } from './test-io.js';

// `-` reads what is piped in to its end: JSON or JSON Lines for validate and aggregate, a report's text for
// import. A stdin that is a terminal (nothing piped) is a usage error at once, never a wait for typing.
const beiliu = readFileSync(new URL('../../core/src/testing/fixtures/beiliu-2023.txt', import.meta.url));
const town = (name: string) => makeReport({ unit: { name, level: 'town' }, year: 2023 });
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-stdin-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the input -', { timeout: 10_000 }, () => {
  it('validate reads a report, or JSON Lines in chunks split mid-line, from stdin', async () => {
    const one = await runPiped(dir, JSON.stringify(beiliuReport()), 'validate', '-');
    expect(one).toMatchObject({ code: 0 });
    expect(one.stdout).toContain('共检查 1 份报告：1 份通过');
    const lines = `${JSON.stringify(town('城关镇'))}\n{oops\n${JSON.stringify(town('东河镇'))}\n`;
    const split = Buffer.from(lines);
    const several = await runPiped(
      dir,
      [split.subarray(0, 17), split.subarray(17, 500), split.subarray(500)],
      'validate',
      '-',
      '--profile',
      'draft',
      '--lang',
      'en',
    );
    expect(several.code).toBe(1);
    expect(several.stderr).toMatch(/^<stdin>:2: -: error: /m);
    expect(several.stdout).toContain('Checked 3 reports: 2 passed, 1 with errors');
  });

  it('aggregate reads stdin beside files, naming it in what it skips', async () => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify(town('城关镇')));
    const { code, stdout } = await runPiped(
      dir,
      `${JSON.stringify(town('东河镇'))}\nnot json\n`,
      'aggregate',
      'a.json',
      '-',
      '--format',
      'json',
    );
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as AggregateResult;
    expect(result.units.reported).toBe(2);
    expect(result.skipped).toEqual([expect.objectContaining({ file: '<标准输入>', line: 2, code: 'invalid_json' })]);
  });

  it('import reads a report’s text from stdin', async () => {
    const { code, stdout, stderr } = await runPiped(dir, beiliu, 'import', '-');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ year: 2023, unit: { name: '北留镇' } });
    expect(stderr).toContain('已导入 <标准输入>（utf-8）：6 个章节，22 项指标');
  });

  it('is a usage error at once when stdin is a terminal or absent, or - is given twice (exit 2)', async () => {
    for (const args of [
      ['validate', '-'],
      ['aggregate', '-'],
      ['import', '-'],
    ]) {
      const terminal = await runPiped(dir, 'terminal', ...args);
      expect({ args, code: terminal.code, stdout: terminal.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(terminal.stderr).toContain(`law-report ${args[0]}: “-”表示从标准输入读取报告，但没有内容输入进来`);
      expect((await runPiped(dir, undefined, ...args)).code).toBe(2);
    }
    const english = await runPiped(dir, 'terminal', 'validate', '-', '--lang', 'en');
    expect(english.stderr).toContain('nothing is piped in (stdin is a terminal)');
    const twice = await runPiped(dir, '{}', 'validate', '-', '-');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('只能给一次');
    const alongside = await runPiped(dir, 'text', 'import', '-', 'a.txt');
    expect(alongside.code).toBe(2);
    expect(alongside.stderr).toContain('不能再给其他文件或目录');
  });
});
