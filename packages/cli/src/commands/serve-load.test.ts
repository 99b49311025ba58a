import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReport, type Report } from '@law-report/core';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { addToken, buildApp, openStore, type Store } from '@law-report/server';
import { drivers, freshPostgres } from '@law-report/server/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingIo, runIn } from '../test-io.js';
import { loadReports } from './serve-load.js';

// `law-report serve --load` on each real driver: SQLite in a temporary file, PostgreSQL (started by
// .ci/run; LAW_REPORT_TEST_POSTGRES names it) in a schema of this file's own, made empty first.
// A town's report on `year`, signed in the January after it, its headings naming that year.
const townReport = (name: string, year: number, overrides: Partial<Report> = {}): Report => {
  const base = makeReport({
    title: `${name}${year}年法治政府建设工作情况的报告`,
    year,
    unit: { name, level: 'town', parent: { name: '青川县' } },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    ...overrides,
  });
  const sections = JSON.parse(
    JSON.stringify(base.sections).replace(/202[34]/g, (found) => String(found === '2023' ? year : year + 1)),
  ) as Report['sections'];
  return { ...base, sections, metrics: [makeMetric('normativeDocs.filed', year - 2000)] };
};

const ROSTER = '名称,层级,上级\n城关镇,乡镇,青川县\n东河镇,乡镇,青川县\n';

describe.each(drivers('serve_load_test'))('law-report serve --load on %s', (_name, database) => {
  let dir: string;
  let db: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-load-'));
    db = await database(dir);
    writeFileSync(join(dir, 'roster.csv'), ROSTER);
    expect((await lawReport('--roster', 'roster.csv')).code).toBe(0);
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const lawReport = (...args: string[]) => runIn(dir, 'serve', '--db', db, ...args);
  const withStore = async <T>(work: (store: Store) => Promise<T>): Promise<T> => {
    const store = await openStore(db);
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };
  const write = async (path: string, report: Report, format: 'docx' | 'text' | 'markdown' | 'html') => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    const rendered = await renderReport(report, { format });
    writeFileSync(join(dir, path), rendered);
  };

  it('loads a folder of Word and text reports of several years, and adds nothing when loaded again', async () => {
    await write('历年报告/2021/城关镇.docx', townReport('城关镇', 2021), 'docx');
    await write('历年报告/2022/城关镇.txt', townReport('城关镇人民政府', 2022), 'text');
    await write('历年报告/2022/东河镇.md', townReport('东河镇', 2022), 'markdown');
    // A saved web page that says when it was published: loaded as published, on that day.
    await write('历年报告/2023/东河镇.html', townReport('东河镇', 2023, { publishedOn: '2024-03-15' }), 'html');
    writeFileSync(join(dir, '历年报告', '.DS_Store'), 'x');
    const first = await lawReport('--load', '历年报告');
    expect(first.stderr).toContain(
      '历史导入：4 个文件，读出 4 份报告；新增 4 份，已经有了 0 份，重复只存一份 0 份；0 项需要处理',
    );
    expect(first.code).toBe(0);
    const stored = await withStore(async (store) => {
      const records = await store.list({});
      return Promise.all(
        records.map(async (record) => [
          record.unit,
          record.year,
          record.status,
          record.version,
          (await store.latest(record.id))?.loaded?.file,
        ]),
      );
    });
    expect(stored).toEqual([
      ['东河镇', 2023, 'published', 1, join('历年报告', '2023', '东河镇.html')],
      ['东河镇', 2022, 'filed', 1, join('历年报告', '2022', '东河镇.md')],
      ['城关镇', 2022, 'filed', 1, join('历年报告', '2022', '城关镇.txt')],
      ['城关镇', 2021, 'filed', 1, join('历年报告', '2021', '城关镇.docx')],
    ]);
    const again = await lawReport('--load', '历年报告', '--lang', 'en');
    expect(again).toMatchObject({ code: 0 });
    expect(again.stderr).toContain('Loaded history: 4 files, 4 reports read; 0 added, 4 already there');
    expect((await withStore((store) => store.list({}))).map((record) => record.version)).toEqual([1, 1, 1, 1]);
  });

  it('reads the county’s own indicators by the catalog serve --catalog keeps', async () => {
    const catalog = {
      namespace: 'qingchuan',
      indicators: [
        {
          name: 'gridMembers',
          label: { 'zh-CN': '专职网格员', en: 'Full-time grid workers' },
          units: ['名'],
          kind: 'count',
          section: 'measures',
          aliases: ['专职网格员'],
        },
      ],
    };
    writeFileSync(join(dir, 'town-catalog.json'), JSON.stringify(catalog));
    mkdirSync(join(dir, '旧报告'));
    writeFileSync(
      join(dir, '旧报告', '城关镇.txt'),
      `城关镇2022年法治政府建设工作情况的报告
一、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记带头学法。
二、主要举措和成效
全镇配备专职网格员42名。
三、存在的不足和原因
基层力量不足。
四、下一年度主要安排
继续加强网格化管理。
城关镇人民政府
2023年1月20日
`,
    );
    const loaded = await lawReport('--catalog', 'town-catalog.json', '--load', '旧报告');
    expect(loaded.code).toBe(0);
    const kept = await withStore(async (store) => {
      const [record] = await store.list({ unit: '城关镇', year: 2022 });
      return record ? store.latest(record.id) : undefined;
    });
    expect(kept?.report.metrics).toContainEqual(
      expect.objectContaining({ indicator: 'x-qingchuan.gridMembers', value: 42, unit: '名' }),
    );
    expect(kept?.warnings.map((issue) => issue.code)).not.toContain('unknown_extension');
  });

  it('lists what it cannot read, a unit not on the roster and two different reports of one unit and year (the later counted), loading the rest', async () => {
    await write('folder/2021/城关镇.docx', townReport('城关镇', 2021), 'docx');
    await write('folder/2021/西山乡.docx', townReport('西山乡', 2021), 'docx');
    await write('folder/2022/东河镇.txt', townReport('东河镇', 2022), 'text');
    await write(
      'folder/2022/东河镇（修改稿）.txt',
      townReport('东河镇', 2022, { issuedOn: '2023-02-10', title: '东河镇2022年法治政府建设工作情况的报告（修改稿）' }),
      'text',
    );
    await write('folder/2023/城关镇.txt', townReport('城关镇', 2023), 'text');
    await write(
      'folder/2023/城关镇-另一份.txt',
      townReport('城关镇', 2023, { title: '城关镇2023年度法治政府建设报告' }),
      'text',
    );
    writeFileSync(join(dir, 'folder', '2021', '损坏.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    writeFileSync(join(dir, 'folder', '2021', '扫描件.pdf'), '%PDF-1.4');
    // An old binary Word file (OLE2): named with what to do about it.
    writeFileSync(
      join(dir, 'folder', '2021', '旧格式.doc'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    const { code, stderr } = await lawReport('--load', 'folder');
    expect(code).toBe(1);
    const file = (...parts: string[]) => join('folder', ...parts);
    expect(stderr).toContain(`${file('2021', '扫描件.pdf')}：未导入，不是能读取的报告文件`);
    expect(stderr).toContain(`${file('2021', '损坏.docx')}：未导入，`);
    expect(stderr).toContain(`${file('2021', '旧格式.doc')}：未导入，`);
    expect(stderr).toContain('请在 Word 中另存为 .docx');
    expect(stderr).toContain(`${file('2021', '西山乡.docx')}：未导入，单位“西山乡”（2021 年）不在名册中。`);
    expect(stderr).toContain(
      `东河镇 2022 年有 2 份内容不同的报告：${file('2022', '东河镇.txt')}（2023-01-20）、${file('2022', '东河镇（修改稿）.txt')}（2023-02-10）。已按日期先后都存为版本，以最晚的 ${file('2022', '东河镇（修改稿）.txt')} 为准`,
    );
    expect(stderr).toContain(
      `城关镇 2023 年有 2 份内容不同的报告：${file('2023', '城关镇-另一份.txt')}（2024-01-20）、${file('2023', '城关镇.txt')}（2024-01-20），最晚的日期相同。都已存为版本，按文件名（与汇总相同）以 ${file('2023', '城关镇.txt')} 为准`,
    );
    expect(stderr).toContain('新增 5 份');
    const kept = await withStore(async (store) =>
      Promise.all(
        (await store.list({})).map(async (record) => [
          record.unit,
          record.year,
          record.version,
          (await store.latest(record.id))?.loaded?.file,
        ]),
      ),
    );
    expect(kept).toEqual([
      ['城关镇', 2023, 2, file('2023', '城关镇.txt')],
      ['东河镇', 2022, 2, file('2022', '东河镇（修改稿）.txt')],
      ['城关镇', 2021, 1, file('2021', '城关镇.docx')],
    ]);
    // A corrected file loaded later: the next version, named for the clerk.
    await write(
      'folder/2021/城关镇.docx',
      townReport('城关镇', 2021, { title: '城关镇2021年法治政府建设工作情况的报告（改）' }),
      'docx',
    );
    const again = await lawReport('--load', file('2021', '城关镇.docx'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `${file('2021', '城关镇.docx')}：城关镇 2021 年已有第 1 版（导入自 ${file('2021', '城关镇.docx')}），这份日期更晚（或是同一文件改过），存为第 2 版并以它为准`,
    );
  });

  it('reads JSON Lines, a JSON array and a report JSON, naming each line it cannot read', async () => {
    const lines = [
      JSON.stringify(townReport('城关镇', 2018)),
      '{"year": 2019',
      JSON.stringify({ ...townReport('东河镇', 2018), year: 'x' }),
      JSON.stringify(townReport('东河镇', 2019)),
    ];
    writeFileSync(join(dir, 'old.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'more.json'), JSON.stringify([townReport('城关镇', 2017)]));
    const { code, stderr } = await lawReport('--load', 'old.jsonl', 'more.json', '--lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('old.jsonl:2: not loaded,');
    expect(stderr).toContain('old.jsonl:3: not loaded,');
    expect(stderr).toContain('3 added');
    const loaded = await withStore(async (store) =>
      Promise.all((await store.list({})).map(async (record) => (await store.latest(record.id))?.loaded?.file)),
    );
    expect(loaded.sort()).toEqual(['more.json[0]', 'old.jsonl:1', 'old.jsonl:4']);
  });

  it('takes a unit’s later submission as a new version after the loaded ones', async () => {
    const loaded = townReport('城关镇', 2023);
    writeFileSync(join(dir, 'old.jsonl'), `${JSON.stringify(townReport('城关镇', 2022))}\n${JSON.stringify(loaded)}\n`);
    expect((await lawReport('--load', 'old.jsonl')).code).toBe(0);
    await withStore(async (store) => {
      const unit = await addToken(store, 'unit', '城关镇', 'town', { replace: true });
      const reviewer = await addToken(store, 'reviewer', '县依法治县办');
      const app = await buildApp({ store, now: () => new Date('2025-01-25T02:00:00Z') });
      try {
        const post = (token: string, url: string, body: object) =>
          app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload: body });
        expect((await post(unit, '/api/reports', townReport('城关镇', 2024))).json()).toMatchObject({
          version: 1,
          status: 'submitted',
        });
        const [record] = await store.list({ unit: '城关镇', year: 2023 });
        expect(record).toMatchObject({ status: 'filed', version: 1 });
        await post(reviewer, `/api/reports/${record?.id ?? ''}/return`, { reason: '请按新模板重报' });
        expect(
          (
            await post(unit, '/api/reports', { ...loaded, title: '城关镇2023年法治政府建设工作情况的报告（重报）' })
          ).json(),
        ).toMatchObject({ id: record?.id, version: 2, status: 'submitted' });
      } finally {
        await app.close();
      }
    });
    // Loading again adds nothing, and puts nothing over the unit's own submission.
    const again = await lawReport('--load', 'old.jsonl');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('已经有了 2 份');
  });

  it('does not load a text with no unit or no year of its own, and says why', async () => {
    mkdirSync(join(dir, 'old'));
    // A year only from today's date, and a text that names no unit.
    writeFileSync(
      join(dir, 'old', '无年份.txt'),
      '城关镇法治政府建设工作情况的报告\n\n一、主要举措和成效\n\n我镇坚持依法行政。\n\n城关镇人民政府\n',
    );
    writeFileSync(
      join(dir, 'old', '无单位.txt'),
      '2021年法治政府建设工作情况的报告\n\n一、主要举措和成效\n\n坚持依法行政。\n',
    );
    const { code, stderr } = await lawReport('--load', 'old');
    expect(code).toBe(1);
    expect(stderr).toContain(`${join('old', '无年份.txt')}：未导入，没有读出报告年度`);
    expect(stderr).toContain(`${join('old', '无单位.txt')}：未导入，没有读出单位名称`);
    expect(await withStore((store) => store.list({}))).toEqual([]);
  });

  it('applies the roster and then loads, in one run, counting on stderr when it is a terminal', async () => {
    await write('old/2021/西山乡.txt', townReport('西山乡', 2021), 'text');
    writeFileSync(join(dir, 'more.csv'), '名称,层级,上级\n西山乡,乡镇,青川县\n');
    const both = await lawReport('--roster', 'more.csv', '--load', 'old');
    expect(both.code).toBe(0);
    expect(both.stdout).toContain('西山乡');
    expect(both.stderr).toContain('新增 1 份');
    const io = recordingIo(dir, true);
    await withStore((store) => loadReports(store, ['old'], io, 'en'));
    expect(io.stderr).toContain('\rreading 1/1');
    expect(io.stderr).toContain('\rloading 1/1');
    expect(io.stderr).toContain('1 already there');
  });

  it('asks for the roster first when there is none', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const emptyDb = db.startsWith('postgres')
      ? await freshPostgres('serve_load_empty_test')
      : join(empty, 'empty.sqlite');
    writeFileSync(join(dir, 'old.jsonl'), `${JSON.stringify(townReport('城关镇', 2018))}\n`);
    const { code, stderr } = await runIn(dir, 'serve', '--db', emptyDb, '--load', 'old.jsonl');
    expect(code).toBe(1);
    expect(stderr).toContain('名册是空的');
  });

  it('says a link to a folder is not followed (no loop), reads a link to a file, and names a pipe, loading the rest', async () => {
    await write('folder/2023/城关镇.txt', townReport('城关镇', 2023), 'text');
    await write('elsewhere/东河镇.txt', townReport('东河镇', 2023), 'text');
    symlinkSync('..', join(dir, 'folder', '2023', 'self'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'folder', 'other'));
    symlinkSync(join(dir, 'elsewhere', '东河镇.txt'), join(dir, 'folder', '东河镇.txt'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'folder', 'broken.txt'));
    execFileSync('mkfifo', [join(dir, 'folder', 'pipe.txt')]);
    const { code, stderr } = await lawReport('--load', 'folder');
    expect(code).toBe(1);
    const file = (...parts: string[]) => join('folder', ...parts);
    expect(stderr).toContain(
      `${file('2023', 'self')}：未导入，这是指向文件夹的链接，没有跟随（要读取其中的报告，请直接给出那个文件夹）。`,
    );
    expect(stderr).toContain(`${file('other')}：未导入，这是指向文件夹的链接，没有跟随`);
    expect(stderr).toContain(`${file('broken.txt')}：未导入，无法读取：文件或目录不存在。`);
    expect(stderr).toContain(`${file('pipe.txt')}：未导入，无法读取：不是普通文件（是设备、管道或套接字）。`);
    expect(stderr).not.toContain('不是能读取的报告文件');
    expect(stderr).toContain('新增 2 份');
    const english = await lawReport('--load', 'folder', '--lang', 'en');
    expect(english.stderr).toContain(`${file('other')}: not loaded, a link to a folder, not followed`);
  });

  it('says a missing path, and is a usage error without a path', async () => {
    const missing = await lawReport('--load', 'nowhere');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere：未导入，无法读取：文件或目录不存在。');
    expect((await lawReport('--load')).code).toBe(2);
  });
});
