import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportSchema } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { runIn } from '../test-io.js';

const beiliu = readFileSync(new URL('../../../core/src/testing/fixtures/beiliu-2023.txt', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-import-'));
});

const lawReport = (...args: string[]) => runIn(dir, ...args);

describe('law-report import', () => {
  it('prints the Report JSON of a text report on stdout and what to check on stderr', async () => {
    writeFileSync(join(dir, 'beiliu.txt'), beiliu);
    const { code, stdout, stderr } = await lawReport('import', 'beiliu.txt');
    expect(code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(stdout));
    expect(report).toMatchObject({
      year: 2023,
      unit: { name: '北留镇' },
      issuer: '北留镇人民政府',
      issuedOn: '2024-01-25',
    });
    expect(report.metrics).toHaveLength(22);
    expect(stderr).toContain('beiliu.txt: metrics[12]: 提示: “省级民主法治示范村”（1个）由上下文推出');
    expect(stderr).toContain('已导入 beiliu.txt（utf-8）：6 个章节，22 项指标');
  });

  it('exits 1 with one clear line for a file that is no report: a PDF, an empty file', async () => {
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const pdf = await lawReport('import', 'report.pdf');
    expect(pdf).toMatchObject({ code: 1, stdout: '' });
    expect(pdf.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^report\.pdf: .*PDF/)]);
    const empty = await lawReport('import', 'empty.txt', '--lang', 'en');
    expect(empty).toMatchObject({ code: 1, stdout: '' });
    expect(empty.stderr).toContain('the text is empty');
  });

  it('decodes GBK files', async () => {
    const gbk = new Uint8Array(readFileSync(new URL('../../../../tests/corpus/09-liulin-gbk.txt', import.meta.url)));
    writeFileSync(join(dir, 'liulin.txt'), gbk);
    const { code, stdout, stderr } = await lawReport('import', 'liulin.txt');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: '柳林乡2023年法治政府建设工作报告', issuer: '柳林乡人民政府' });
    expect(stderr).toContain('gb18030');
  });

  it('renders what it imported with --format, to a file with --out', async () => {
    writeFileSync(join(dir, 'beiliu.txt'), beiliu);
    const { code } = await lawReport('import', 'beiliu.txt', '--format', 'markdown', '--out', 'beiliu.md');
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'beiliu.md'), 'utf8')).toContain(
      '## 一、2023年党政主要负责人履行推进法治建设第一责任人职责情况',
    );
  });

  it('reads saved web pages as HTML', async () => {
    writeFileSync(
      join(dir, 'page.html'),
      '<html><body><div>当前位置：首页 &gt; 政务公开</div><h1>示例镇2023年法治政府建设年度报告</h1><p>一、主要举措</p><p>开展普法活动12场。</p></body></html>',
    );
    const { stdout } = await lawReport('import', 'page.html');
    expect(JSON.parse(stdout)).toMatchObject({
      title: '示例镇2023年法治政府建设年度报告',
      metrics: [{ value: 12, unit: '场' }],
    });
  });

  it('imports a Word file, its automatic numbering and headings included', async () => {
    const { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = await import('docx');
    const line = (text: string, level?: number) =>
      new Paragraph({
        ...(level === undefined ? {} : { heading: HeadingLevel.HEADING_1, numbering: { reference: 'n', level } }),
        children: [new TextRun(text)],
      });
    const document = new Document({
      numbering: {
        config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' }] }],
      },
      sections: [
        {
          children: [
            line('西岭乡2023年法治政府建设情况报告'),
            line('主要举措和成效', 0),
            line('全年开展普法活动15场。'),
            line('存在的不足', 0),
            line('西岭乡人民政府'),
            line('2024年1月22日'),
          ],
        },
      ],
    });
    writeFileSync(join(dir, '西岭乡.docx'), new Uint8Array(await Packer.toArrayBuffer(document)));
    const { code, stdout, stderr } = await lawReport('import', '西岭乡.docx');
    expect(code).toBe(0);
    expect(stderr).toContain('已导入 西岭乡.docx');
    expect(JSON.parse(stdout)).toMatchObject({
      title: '西岭乡2023年法治政府建设情况报告',
      issuedOn: '2024-01-22',
      sections: [{ title: '主要举措和成效' }, { title: '存在的不足' }],
      metrics: [{ value: 15, unit: '场' }],
    });
  });

  it('says clearly what it cannot read', async () => {
    expect(await lawReport('import', 'missing.txt')).toMatchObject({
      code: 1,
      stderr: 'missing.txt: 无法读取：文件或目录不存在\n',
    });
    writeFileSync(join(dir, 'old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await lawReport('import', 'old.doc', '--lang', 'en')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('old Word .doc file'),
    });
    writeFileSync(join(dir, 'broken.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(await lawReport('import', 'broken.docx')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('文件已损坏'),
    });
    expect((await lawReport('import')).code).toBe(2);
    expect((await lawReport('import', 'a.txt', '--format', 'pdf')).stderr).toContain(
      '--format 只能是 json、markdown、text、html',
    );
  });

  it('imports a folder into JSON Lines in file order, one line per file that failed, and the batch goes on', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const word = async (lines: string[]) =>
      new Uint8Array(
        await Packer.toArrayBuffer(
          new Document({
            sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
          }),
        ),
      );
    const town = (name: string, n: number) => [
      `${name}2023年法治政府建设情况报告`,
      '一、主要举措',
      `全年开展普法活动${n}场。`,
      `${name}人民政府`,
      '2024年1月20日',
    ];
    mkdirSync(join(dir, 'reports', '2023'), { recursive: true });
    writeFileSync(join(dir, 'reports', '2023', 'a-东镇.docx'), await word(town('东镇', 11)));
    writeFileSync(join(dir, 'reports', '2023', 'b-西镇.txt'), town('西镇', 12).join('\n'));
    writeFileSync(
      join(dir, 'reports', '2023', 'c-南镇.html'),
      `<html><body>${town('南镇', 13)
        .map((line) => `<p>${line}</p>`)
        .join('')}</body></html>`,
    );
    writeFileSync(join(dir, 'reports', '2023', 'd-北镇.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]));
    writeFileSync(
      join(dir, 'reports', '2023', 'e-旧.doc'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    writeFileSync(join(dir, 'reports', '2023', '~$a-东镇.docx'), 'lock');
    writeFileSync(join(dir, 'reports', '2023', 'notes.json'), '{}');
    writeFileSync(join(dir, 'reports', 'f-中镇.md'), town('中镇', 14).join('\n\n'));
    const { code, stdout, stderr } = await lawReport('import', 'reports', '--out', 'reports.jsonl', '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const failures = stderr.split('\n').filter((line) => line.startsWith('reports'));
    expect(failures).toEqual([
      expect.stringMatching(/^reports\/2023\/d-北镇\.docx: .*damaged/),
      expect.stringMatching(/^reports\/2023\/e-旧\.doc: .*old Word \.doc/),
    ]);
    expect(stderr).toContain('Imported 4 reports, 2 failed');
    const lines = readFileSync(join(dir, 'reports.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { unit: { name: string } }).unit.name)).toEqual([
      '东镇',
      '西镇',
      '南镇',
      '中镇',
    ]);
    const aggregated = await lawReport('aggregate', 'reports.jsonl', '--format', 'json');
    expect(JSON.parse(aggregated.stdout)).toMatchObject({
      units: { reported: 4 },
      indicators: { 'publicity.events': { total: 50 } },
    });
  });

  it('refuses --format for a folder, and a folder without report files', async () => {
    mkdirSync(join(dir, 'empty'));
    expect(await lawReport('import', 'empty')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('没有找到报告文件'),
    });
    writeFileSync(join(dir, 'empty', 'a.txt'), '甲镇2023年报告');
    expect(await lawReport('import', 'empty', '--format', 'markdown')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('JSON Lines'),
    });
  });

  it('says in the clerk’s language why --out cannot be written, one file or a folder, exit 2', async () => {
    writeFileSync(join(dir, 'beiliu.txt'), beiliu);
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'a.txt'), beiliu);
    writeFileSync(join(dir, 'reports', 'b.txt'), beiliu);
    for (const input of ['beiliu.txt', 'reports']) {
      const zh = await lawReport('import', input, '--out', 'reports');
      expect({ input, code: zh.code, stdout: zh.stdout }).toEqual({ input, code: 2, stdout: '' });
      expect(zh.stderr).toContain('law-report import: 无法写入 reports：这是一个文件夹，不是文件\n');
      const en = await lawReport('import', input, '--out', 'no/such.jsonl', '--lang', 'en');
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(
        'law-report import: Cannot write no/such.jsonl: the folder it would go in does not exist\n',
      );
      expect(en.stderr).not.toMatch(/E[A-Z]{3,}|errno|illegal/);
    }
  });

  it('refuses a Report JSON (one, an array, JSON Lines) with a hint to validate or render it, exit 1', async () => {
    const report = JSON.stringify(beiliuReport(), null, 2);
    writeFileSync(join(dir, 'report.json'), report);
    writeFileSync(join(dir, 'reports.json'), `[${report}]`);
    writeFileSync(join(dir, 'reports.jsonl'), `${JSON.stringify(beiliuReport())}\n${JSON.stringify(beiliuReport())}\n`);
    writeFileSync(join(dir, 'saved-as.txt'), `\uFEFF${report}`);
    const hint = '这已经是报告 JSON，不用导入：检查用 law-report validate，输出为文档用 law-report render。';
    for (const name of ['report.json', 'reports.json', 'reports.jsonl', 'saved-as.txt']) {
      const { code, stdout, stderr } = await lawReport('import', name);
      expect({ name, code, stdout }).toEqual({ name, code: 1, stdout: '' });
      expect(stderr).toBe(`${name}: ${hint}\n`);
    }
    const english = await lawReport('import', 'report.json', '--lang', 'en');
    expect(english.stderr).toContain('report.json: this is a Report JSON already, nothing to import');
    // Among report files, it is listed and the others are imported.
    writeFileSync(join(dir, 'beiliu.txt'), beiliu);
    const batch = await lawReport('import', 'beiliu.txt', 'report.json');
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain(`report.json: ${hint}\n`);
    expect(batch.stdout.trim().split('\n')).toHaveLength(1);
    // JSON that is no report is still read as the text it is.
    writeFileSync(join(dir, 'notes.json'), '{"title": "北留镇2023年法治政府建设工作情况的报告"}');
    expect((await lawReport('import', 'notes.json')).stderr).not.toContain(hint);
  });
});
