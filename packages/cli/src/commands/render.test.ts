import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beiliuReport } from '@law-report/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { runIn } from '../test-io.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-render-'));
});

const lawReport = (...args: string[]) => runIn(dir, ...args);

describe('law-report render', () => {
  it('writes a report as print-ready HTML', async () => {
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    const { code, stdout } = await lawReport('render', 'beiliu.json', '--format', 'html');
    expect(code).toBe(0);
    expect(stdout).toContain('<h1>北留镇2023年法治政府建设工作情况的报告</h1>');
    expect(stdout).toContain('<h2>一、2023年党政主要负责人履行推进法治建设第一责任人职责情况</h2>');
  });

  it('writes plain text with regenerated numbering', async () => {
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    const { stdout } = await lawReport('render', 'beiliu.json', '--format', 'text');
    expect(stdout).toContain('\n（三）积极研究谋划相关工作，高标准推进法治政府建设\n');
  });

  it('refuses an invalid report, one line per problem, writing nothing', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...beiliuReport(), issuedOn: 'yesterday' }));
    const { code, stdout, stderr } = await lawReport('render', 'bad.json', '--format', 'markdown');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('bad.json: issuedOn: 错误: 落款日期的格式不对：日期请按 年-月-日 写，如 2025-01-20。\n');
  });

  it('writes a Word file with --out, which imports back to the same report', async () => {
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    const { code, stderr } = await lawReport('render', 'beiliu.json', '--format', 'docx', '--out', 'beiliu.docx');
    expect(code).toBe(0);
    expect(stderr).toBe('已写入 beiliu.docx。\n');
    const back = await lawReport('import', 'beiliu.docx');
    expect(JSON.parse(back.stdout)).toMatchObject({
      title: '北留镇2023年法治政府建设工作情况的报告',
      issuer: '北留镇人民政府',
      issuedOn: '2024-01-25',
    });
  });

  it('writes Word only to a file, never to the terminal', async () => {
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    const { code, stdout, stderr } = await lawReport('render', 'beiliu.json', '--format', 'docx');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--out');
  });

  it('needs a format', async () => {
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    expect((await lawReport('render', 'beiliu.json')).code).toBe(2);
  });

  it('says in the clerk’s language why --out cannot be written, with the command’s name, exit 2', async () => {
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'plain'), '');
    const cases = [
      ['folder', '这是一个文件夹，不是文件', 'it is a folder, not a file'],
      ['no/such/x.html', '它所在的文件夹不存在', 'the folder it would go in does not exist'],
      ['plain/x.html', '路径中有一段不是文件夹', 'a part of the path is not a folder'],
    ] as const;
    for (const [out, zh, en] of cases) {
      const chinese = await lawReport('render', 'beiliu.json', '--format', 'html', '--out', out);
      expect({ out, code: chinese.code, stdout: chinese.stdout }).toEqual({ out, code: 2, stdout: '' });
      expect(chinese.stderr.split('\n')[0]).toBe(`law-report render: 无法写入 ${out}：${zh}`);
      const english = await lawReport('render', 'beiliu.json', '--format', 'html', '--out', out, '--lang', 'en');
      expect(english.code).toBe(2);
      expect(english.stderr.split('\n')[0]).toBe(`law-report render: Cannot write ${out}: ${en}`);
    }
  });

  it('takes a value that starts with - for an option that needs one, unless it is one of the command’s options', async () => {
    writeFileSync(join(dir, 'beiliu.json'), JSON.stringify(beiliuReport()));
    const dashed = await lawReport('render', 'beiliu.json', '--format', 'text', '--out', '-2+3.txt');
    expect(dashed.code).toBe(0);
    expect(readFileSync(join(dir, '-2+3.txt'), 'utf8')).toContain('北留镇');
    const forgotten = await lawReport('render', 'beiliu.json', '--out', '--format', 'text');
    expect(forgotten.code).toBe(2);
    expect(forgotten.stderr).toContain('“--out”缺少取值');
  });
});
