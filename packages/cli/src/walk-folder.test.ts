import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReport, type AggregateResult } from '@law-report/core';
import { makeReport } from '@law-report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIn } from './test-io.js';

// A county's folder of reports where some entries are no plain file: a link to a report elsewhere (read like
// the file), a link to a folder (a loop, if it were followed), a link that leads nowhere and a pipe. Every
// entry not read is said, one line each, and the run exits 1: a total never quietly lacks a unit.
let dir: string;
const town = (name: string) => makeReport({ unit: { name, level: 'town' }, year: 2023 });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-links-'));
  mkdirSync(join(dir, 'reports', '2023'), { recursive: true });
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'reports', '2023', '城关镇.json'), JSON.stringify(town('城关镇')));
  writeFileSync(join(dir, 'elsewhere', '东河镇.json'), JSON.stringify(town('东河镇')));
  symlinkSync(join(dir, 'elsewhere', '东河镇.json'), join(dir, 'reports', '东河镇.json'));
  symlinkSync('..', join(dir, 'reports', '2023', 'self'));
  symlinkSync(join(dir, 'elsewhere'), join(dir, 'reports', 'other'));
  symlinkSync(join(dir, 'nowhere.json'), join(dir, 'reports', 'broken.json'));
  execFileSync('mkfifo', [join(dir, 'reports', 'pipe')]);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const lawReport = (...args: string[]) => runIn(dir, ...args);
const at = (...parts: string[]) => join('reports', ...parts);
const FOLDER_LINK = '这是指向文件夹的链接，没有跟随（要读取其中的报告，请直接给出那个文件夹）';

describe('a folder’s links and special entries', { timeout: 10_000 }, () => {
  it('validate reads a link to a file and says each entry it does not read, exit 1', async () => {
    const { code, stdout, stderr } = await lawReport('validate', 'reports', '--profile', 'draft');
    expect(code).toBe(1);
    expect(stderr).toContain(`${at('2023', 'self')}: -: 错误: ${FOLDER_LINK}`);
    expect(stderr).toContain(`${at('other')}: -: 错误: ${FOLDER_LINK}`);
    expect(stderr).toContain(`${at('broken.json')}: -: 错误: 无法读取：文件或目录不存在`);
    expect(stderr).toContain(`${at('pipe')}: -: 错误: 无法读取：不是普通文件（是设备、管道或套接字）`);
    // 城关镇 and the linked 东河镇 read; the four entries not read each counted.
    expect(stdout).toContain('共检查 6 份报告：2 份通过，4 份有错误');
    const english = await lawReport('validate', 'reports', '--profile', 'draft', '--lang', 'en');
    expect(english.stderr).toContain(
      `${at('other')}: -: error: a link to a folder, not followed (to read the reports in it, name that folder itself)`,
    );
  });

  it('aggregate counts the linked report, lists each entry not read under skipped and on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await lawReport('aggregate', 'reports', '--format', 'json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as AggregateResult;
    expect(result.units.reported).toBe(2);
    expect(result.unitsDetail.map((unit) => unit.name).sort()).toEqual(['东河镇', '城关镇'].sort());
    expect(result.skipped).toEqual([
      { file: at('2023', 'self'), code: 'unreadable', reason: FOLDER_LINK },
      { file: at('broken.json'), code: 'unreadable', reason: '无法读取：文件或目录不存在' },
      { file: at('other'), code: 'unreadable', reason: FOLDER_LINK },
      { file: at('pipe'), code: 'unreadable', reason: '无法读取：不是普通文件（是设备、管道或套接字）' },
    ]);
    for (const skipped of result.skipped) expect(stderr).toContain(`${skipped.file}: ${skipped.reason}\n`);
  });

  it('import of a folder reads a link to a report file and says each entry it does not read, exit 1', async () => {
    rmSync(join(dir, 'reports'), { recursive: true });
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'elsewhere', '东河镇.txt'), renderReport(town('东河镇'), { format: 'text' }));
    writeFileSync(join(dir, 'reports', '城关镇.txt'), renderReport(town('城关镇'), { format: 'text' }));
    symlinkSync(join(dir, 'elsewhere', '东河镇.txt'), join(dir, 'reports', '东河镇.txt'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'reports', 'other'));
    execFileSync('mkfifo', [join(dir, 'reports', 'pipe')]);
    const { code, stdout, stderr } = await lawReport('import', 'reports');
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stderr).toContain(`${at('other')}: ${FOLDER_LINK}\n`);
    expect(stderr).toContain(`${at('pipe')}: 无法读取：不是普通文件（是设备、管道或套接字）\n`);
    expect(stderr).toMatch(/2 份.*2 份/);
    const english = await lawReport('import', 'reports', '--lang', 'en');
    expect(english.stderr).toContain(`${at('other')}: a link to a folder, not followed`);
  });

  it('aggregate and validate say a report in Word or text beside the JSON, not counted, exit 1; a README is no report', async () => {
    rmSync(join(dir, 'reports'), { recursive: true });
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', '城关镇.json'), JSON.stringify(town('城关镇')));
    writeFileSync(join(dir, 'reports', '东河镇.docx'), 'PK');
    writeFileSync(join(dir, 'reports', '西山乡.txt'), renderReport(town('西山乡'), { format: 'text' }));
    writeFileSync(join(dir, 'reports', 'README.md'), '# 说明');
    writeFileSync(join(dir, 'reports', 'roster.csv'), '单位名称\n城关镇\n');
    const NOT_JSON =
      '没有读取：这是 Word、文本或网页文件，这里只读报告 JSON（如果它是一份报告，请先用 law-report import 转成 JSON 并核对，或用 law-report serve --load 载入）';
    const { code, stdout, stderr } = await lawReport('aggregate', 'reports', '--format', 'json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as AggregateResult;
    expect(result.units.reported).toBe(1);
    expect(result.skipped).toEqual([
      { file: at('东河镇.docx'), code: 'unreadable', reason: NOT_JSON },
      { file: at('西山乡.txt'), code: 'unreadable', reason: NOT_JSON },
    ]);
    expect(stderr).toContain(`${at('东河镇.docx')}: ${NOT_JSON}\n`);
    expect(stderr).not.toContain('README');
    const checked = await lawReport('validate', 'reports', '--profile', 'draft', '--lang', 'en');
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(`${at('西山乡.txt')}: -: error: not read: a Word, text or web-page file`);
  });
});
