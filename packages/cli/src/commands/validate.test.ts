import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beiliuReport, makeMetric, makeReport } from '@law-report/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { recordingIo } from '../test-io.js';

let dir: string;
const write = (name: string, content: unknown) => {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-validate-'));
});

async function validate(...args: string[]) {
  const io = recordingIo(dir);
  const code = await run(['validate', ...args], io);
  return { code, ...io };
}

describe('law-report validate', () => {
  it('exits 0 for the 北留镇 report under submit', async () => {
    const { code, stdout } = await validate(write('beiliu.json', beiliuReport()), '--profile', 'submit');
    expect(code).toBe(0);
    expect(stdout).toContain('1 份通过');
  });

  it('exits 1 naming the missing content in Chinese when 存在的不足和原因 is removed', async () => {
    const report = beiliuReport();
    report.sections = report.sections.filter((section) => section.kind !== 'shortcomings');
    const { code, stderr } = await validate(write('no-shortcomings.json', report));
    expect(code).toBe(1);
    expect(stderr).toContain(
      'no-shortcomings.json: sections: 错误: 缺少法定内容「推进法治政府建设存在的不足和原因」。如已写这一部分，请把它的章节类型选为「推进法治政府建设存在的不足和原因」。',
    );
  });

  it('exits 1 naming a statutory content that has a heading and no text', async () => {
    const report = makeReport();
    for (const section of report.sections) if (section.kind === 'shortcomings') section.paragraphs = ['', '  '];
    const { code, stdout, stderr } = await validate(write('empty.json', report), '--profile', 'submit');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'empty.json: sections[2].paragraphs: 错误: “推进法治政府建设存在的不足和原因”还没有内容。',
    );
    expect(stdout).toContain('1 份有错误');
  });

  it('speaks English with --lang en', async () => {
    const report = makeReport({
      metrics: [makeMetric('disputes.successRate', 130, { unit: '%', label: '调解成功率' })],
    });
    const { code, stderr } = await validate(write('rate.json', report), '--lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'rate.json: metrics[0].value: error: “调解成功率” is 130%; a rate must be between 0 and 100.',
    );
  });

  it('exits 0 with a warning line for a rate off by 2 points', async () => {
    const report = makeReport({
      metrics: [
        makeMetric('disputes.mediated', 50, { unit: '起' }),
        makeMetric('disputes.resolved', 45, { unit: '起' }),
        makeMetric('disputes.successRate', 92, { unit: '%', label: '调解成功率' }),
      ],
    });
    const { code, stderr } = await validate(write('warn.json', report));
    expect(code).toBe(0);
    expect(stderr).toMatch(/warn\.json: metrics\[2\]\.value: 警告: .*计算为 90%/);
  });

  it('reports malformed JSON and a missing file on one line each, without a stack trace', async () => {
    const { code, stderr } = await validate(write('broken.json', '{"title": '), 'absent.json');
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^broken\.json: -: 错误: .*不是有效的 JSON/);
    expect(lines[1]).toBe('absent.json: -: 错误: 无法读取：文件或目录不存在');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reads arrays, JSON Lines and directories, naming each report’s place', async () => {
    const good = makeReport();
    const bad = { ...makeReport(), year: 'last year' };
    mkdirSync(join(dir, 'county'));
    write('county/a.json', [good, bad]);
    write('county/b.jsonl', `${JSON.stringify(good)}\n\n${JSON.stringify(bad)}\nnot json\n`);
    write('county/notes.txt', 'not JSON');
    write('county/roster.csv', '单位名称\n北留镇\n');
    const { code, stdout, stderr } = await validate('county');
    expect(code).toBe(1);
    expect(stderr).toContain('county/a.json[1]: year: 错误');
    expect(stderr).toContain('county/b.jsonl:3: year: 错误');
    expect(stderr).toMatch(/county\/b\.jsonl:4: -: 错误: 不是有效的 JSON/);
    // A text file may be a report in another form: said, not read; a roster CSV is no report.
    expect(stderr).toContain('county/notes.txt: -: 错误: 没有读取：这是 Word、文本或网页文件');
    expect(stderr).not.toContain('roster.csv');
    expect(stdout).toContain('共检查 6 份报告：2 份通过，4 份有错误');
  });

  it('neither crashes nor pollutes on a __proto__ file', async () => {
    const { code, stderr } = await validate(write('proto.json', '{"__proto__": {"polluted": true}}'));
    expect(code).toBe(1);
    expect(stderr).toContain('proto.json: __proto__: 错误: 不允许使用键名“__proto__”');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('prints machine-readable results with --json', async () => {
    const { code, stdout } = await validate(write('beiliu.json', beiliuReport()), '--json');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { file: string; ok: boolean; issues: { code: string }[] }[];
    expect(results).toEqual([
      expect.objectContaining({
        file: 'beiliu.json',
        ok: true,
        issues: [expect.objectContaining({ code: 'missing_section' })],
      }),
    ]);
  });

  it('takes a county’s deadlines from a file', async () => {
    const report = makeReport({ issuedOn: '2024-02-10' });
    const args = [write('town.json', report), '--json'];
    const lenient = JSON.parse((await validate(...args)).stdout) as { issues: { code: string }[] }[];
    expect(lenient[0]?.issues.map((i) => i.code)).not.toContain('late_issued');
    const strict = await validate(...args, '--deadlines', write('deadlines.json', { submit: { town: '01-31' } }));
    expect((JSON.parse(strict.stdout) as { issues: { code: string }[] }[])[0]?.issues.map((i) => i.code)).toContain(
      'late_issued',
    );
  });

  it('exits 2 for usage mistakes', async () => {
    expect((await validate()).code).toBe(2);
    expect((await validate('x.json', '--profile', 'final')).stderr).toContain(
      '--profile 只能是 draft、submit 或 publish',
    );
    expect((await validate('x.json', '--bogus')).code).toBe(2);
    const deadlines = await validate('x.json', '--deadlines', write('d.json', { publish: '02-30' }));
    expect(deadlines.code).toBe(2);
    expect(deadlines.stderr).toContain('publish: 公开截止日的格式不对');
  });

  it('draws progress only when stderr is a terminal', async () => {
    const file = write('beiliu.json', beiliuReport());
    const tty = recordingIo(dir, true);
    await run(['validate', file], tty);
    const pipe = recordingIo(dir, false);
    await run(['validate', file], pipe);
    expect(pipe.stderr).not.toContain('\r');
    expect(tty.stderr).toContain('\r');
  });
});
