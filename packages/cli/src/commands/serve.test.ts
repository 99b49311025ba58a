import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashToken, openStore } from '@law-report/server';
import { countyState, fillCounty, freshPostgres } from '@law-report/server/testing';
import { beiliuReport } from '@law-report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIn } from '../test-io.js';
import { proxiesTrusted } from './serve.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-serve-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const lawReport = (...args: string[]) => runIn(dir, 'serve', ...args);
// CSV as printed: the BOM, then rows of cells.
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
const withStore = async <T>(work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> => {
  const store = await openStore(join(dir, '.data', 'law-report.sqlite'));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};

const ROSTER = `名称,层级,代码,上级,截止日期
城关镇,乡镇,510822100,青川县,
东河镇,town,510822103,青川县,2025-01-20
青川县司法局,部门,,青川县,
`;

describe('law-report serve: the roster', () => {
  it('refuses a roster with a bad row, applying none of it: a line for each naming file and line, exit 2', async () => {
    writeFileSync(join(dir, 'roster.csv'), '名称,层级,截止日期\n城关镇,乡镇,01-31\n东河镇,乡镇,\n');
    const bad = await lawReport('--roster', 'roster.csv');
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^law-report serve: roster\.csv 第 2 行：.*01-31/);
    expect((await lawReport('--list-units')).stdout.trim().split('\r\n')).toHaveLength(1);
  });

  it('adds the roster CSV’s units and prints a token for each as CSV, once', async () => {
    writeFileSync(join(dir, 'roster.csv'), ROSTER);
    const first = await lawReport('--roster', 'roster.csv');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('新增 3 个单位，更新 0 个，未变 0 个');
    const printed = rows(first.stdout);
    expect(printed[0]).toEqual(['名称', '层级', '代码', '令牌']);
    expect(printed.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['城关镇', 'town', '510822100'],
      ['东河镇', 'town', '510822103'],
      ['青川县司法局', 'department', ''],
    ]);
    const token = printed[1]?.[3] ?? '';
    expect(await withStore((store) => store.findToken(hashToken(token)))).toMatchObject({
      role: 'unit',
      name: '城关镇',
    });
    // Again, with a deadline changed: updated, no new tokens.
    writeFileSync(join(dir, 'roster.csv'), ROSTER.replace('2025-01-20', '2025-01-25'));
    const again = await lawReport('--roster', 'roster.csv');
    expect(again).toMatchObject({ code: 0, stdout: '' });
    expect(again.stderr).toContain('新增 0 个单位，更新 1 个，未变 2 个；0 个新令牌');
    const listed = rows((await lawReport('--list-units')).stdout);
    expect(listed).toEqual([
      ['名称', '层级', '代码', '上级', '截止日期', '令牌数'],
      ['城关镇', 'town', '510822100', '青川县', '', '1'],
      ['东河镇', 'town', '510822103', '青川县', '2025-01-25', '1'],
      ['青川县司法局', 'department', '', '青川县', '', '1'],
    ]);
  });

  it('refuses a unit written another way, in the roster or with --add-unit, and takes --level as the CSV does', async () => {
    writeFileSync(join(dir, 'roster.csv'), '名称,层级\n城关镇,乡镇\n城关镇人民政府,乡镇\n');
    const roster = await lawReport('--roster', 'roster.csv');
    expect(roster).toMatchObject({ code: 2, stdout: '' });
    expect(roster.stderr).toContain('law-report serve: roster.csv 第 3 行：“城关镇人民政府”');
    expect((await lawReport('--roster', 'none.csv')).code).toBe(2);
    writeFileSync(join(dir, 'roster.csv'), '名称,层级\n城关镇,乡镇\n');
    expect((await lawReport('--roster', 'roster.csv')).code).toBe(0);
    const twice = await lawReport('--add-unit', '城关镇 人民政府');
    expect(twice).toMatchObject({ code: 1, stdout: '' });
    expect(twice.stderr).toContain('“城关镇 人民政府”就是名册中的“城关镇”');
    const street = await lawReport('--add-unit', '东湖街道办事处', '--level', '街道');
    expect(street.code).toBe(0);
    expect(street.stdout).toMatch(/^lr_/);
    expect(rows((await lawReport('--list-units', '--lang', 'en')).stdout).map((row) => row.slice(0, 2))).toEqual([
      ['name', 'level'],
      ['城关镇', 'town'],
      ['东湖街道', 'town'],
    ]);
    expect((await lawReport('--add-unit', '西镇', '--level', '村')).code).toBe(2);
    // A name that starts with a dash is the option's value, not an option.
    const dashed = await lawReport('--add-unit', '-2+3');
    expect(dashed.code).toBe(0);
    expect(dashed.stdout).toMatch(/^lr_/);
  });

  it('reissues a unit’s token: the old one stops working, the unit and its reports stay', async () => {
    const old = (await lawReport('--add-unit', '北留镇')).stdout.trim();
    await withStore((store) =>
      store.submit(
        '北留镇',
        2023,
        {
          schemaVersion: '1.0',
          title: '北留镇2023年报告',
          year: 2023,
          unit: { name: '北留镇', level: 'town' },
          issuer: '北留镇人民政府',
          issuedOn: '2024-01-20',
          sections: [],
          metrics: [],
        },
        '北留镇',
        '2024-01-20T02:00:00Z',
      ),
    );
    const reissued = await lawReport('--reissue', '北留镇人民政府');
    expect(reissued.code).toBe(0);
    expect(reissued.stderr).toContain('已为“北留镇”换发令牌，旧令牌 1 个已失效');
    const fresh = reissued.stdout.trim();
    expect(fresh).toMatch(/^lr_/);
    await withStore(async (store) => {
      expect(await store.findToken(hashToken(old))).toBeUndefined();
      expect(await store.findToken(hashToken(fresh))).toMatchObject({ name: '北留镇' });
      expect(await store.list({ unit: '北留镇' })).toHaveLength(1);
    });
    expect((await lawReport('--reissue', '南镇')).stderr).toContain('名册中没有“南镇”');
  });
});

describe('law-report serve: deadlines', () => {
  // `law-report serve …` until the test stops it; its address once it listens.
  const started = async (...args: string[]) => {
    const { recordingIo } = await import('../test-io.js');
    const { serve } = await import('./serve.js');
    const io = recordingIo(dir);
    let stop = () => undefined as void;
    const stopped = new Promise<void>((done) => {
      stop = done;
    });
    const exited = serve(['--port', '0', ...args], io, () => stopped);
    await expect.poll(() => io.stderr, { timeout: 10_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    const address = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(io.stderr)?.[1] ?? '';
    return {
      address,
      io,
      stop: async () => {
        stop();
        return await exited;
      },
    };
  };

  it('warns that plain HTTP crosses the network when --host is not loopback, unless --behind-proxy says a TLS proxy is in front', async () => {
    const open = await started('--host', '0.0.0.0');
    expect(await open.stop()).toBe(0);
    expect(open.io.stderr).toContain('明文 HTTP');
    const proxied = await started('--host', '0.0.0.0', '--behind-proxy');
    expect(await proxied.stop()).toBe(0);
    expect(proxied.io.stderr).not.toContain('明文 HTTP');
    const local = await started();
    expect(await local.stop()).toBe(0);
    expect(local.io.stderr).not.toContain('明文 HTTP');
  });

  it('believes X-Forwarded-For only --behind-proxy: the access log names the client the proxy forwarded', async () => {
    const forwarded = { headers: { 'x-forwarded-for': '203.0.113.7' } };
    const direct = await started();
    await fetch(`${direct.address}/reports/feed.xml`, forwarded);
    expect(await direct.stop()).toBe(0);
    expect(direct.io.stderr).toMatch(/GET \/reports\/feed\.xml 200 \d+ms 127\.0\.0\.1\n/);
    const proxied = await started('--behind-proxy');
    await fetch(`${proxied.address}/reports/feed.xml`, forwarded);
    expect(await proxied.stop()).toBe(0);
    expect(proxied.io.stderr).toMatch(/GET \/reports\/feed\.xml 200 \d+ms 203\.0\.113\.7\n/);
    // A proxy elsewhere is named by its address; a malformed one is a usage error.
    expect(proxiesTrusted(false, '10.0.0.5, 192.168.1.0/24', 'zh-CN')).toEqual([
      'loopback',
      '10.0.0.5',
      '192.168.1.0/24',
    ]);
    expect((await lawReport('--trusted-proxy', 'proxy.example')).code).toBe(2);
    expect((await lawReport('--trusted-proxy', '10.0.0.5/40')).code).toBe(2);
  });

  it('builds the feed’s links on --public-origin, whatever Host a request names; refuses one that is no origin', async () => {
    const given = await started('--public-origin', 'https://fz.example.gov.cn');
    const feed = await (await fetch(`${given.address}/reports/feed.xml`)).text();
    expect(await given.stop()).toBe(0);
    expect(feed).toContain('<id>https://fz.example.gov.cn/reports/</id>');
    expect((await lawReport('--public-origin', 'fz.example.gov.cn/reports')).code).toBe(2);
  });

  it('keeps --deadlines in the database: a restart without them judges by them still', async () => {
    writeFileSync(join(dir, 'deadlines.json'), JSON.stringify({ submit: { town: '01-20' } }));
    const reviewer = (await lawReport('--add-reviewer', '县依法治县办')).stdout.trim();
    const first = await started('--deadlines', 'deadlines.json');
    expect(first.io.stderr).toContain('已把 deadlines.json 中的截止日期保存到数据库');
    expect(await first.stop()).toBe(0);
    const again = await started();
    try {
      const response = await fetch(`${again.address}/api/aggregate?year=2023`, {
        headers: { authorization: `Bearer ${reviewer}` },
      });
      expect(await response.json()).toMatchObject({
        deadlines: { source: 'database', overrides: { submit: { town: '01-20' } }, submitBy: { town: '2024-01-20' } },
      });
    } finally {
      expect(await again.stop()).toBe(0);
    }
  });
  it('keeps --catalog in the database: a restart without it knows the county’s indicators still, and gives the catalog in /api/info', async () => {
    const catalog = {
      namespace: 'longquan',
      indicators: [
        {
          name: 'gridMembers',
          label: { 'zh-CN': '专职网格员', en: 'Full-time grid workers' },
          units: ['名'],
          kind: 'count',
        },
      ],
    };
    writeFileSync(join(dir, 'town-catalog.json'), JSON.stringify(catalog));
    const first = await started('--catalog', 'town-catalog.json');
    expect(first.io.stderr).toContain('已把 town-catalog.json 中的扩展指标目录（x-longquan）保存到数据库');
    expect(await first.stop()).toBe(0);
    expect((await withStore((store) => store.settings())).catalog).toEqual([catalog]);
    const again = await started();
    try {
      expect(((await (await fetch(`${again.address}/api/info`)).json()) as { catalog: unknown }).catalog).toEqual([
        catalog,
      ]);
    } finally {
      expect(await again.stop()).toBe(0);
    }
  });

  it('refuses a bad --catalog in one line naming the file and its problems, exit 2, keeping nothing', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ namespace: 'x-longquan', indicators: [] }));
    const bad = await lawReport('--catalog', 'bad.json', '--list-units');
    expect(bad.code).toBe(2);
    // The file and its problems in one line, then the usage hint every usage error ends with.
    expect(bad.stderr.split('\n')[0]).toMatch(/^law-report serve: 无法使用扩展指标目录 bad\.json：.*x-longquan/);
    const english = await lawReport('--catalog', 'bad.json', '--lang', 'en');
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(/Cannot use the extension catalog bad\.json: .*x-longquan/);
    expect((await lawReport('--catalog', 'missing.json')).code).toBe(2);
    expect(existsSync(join(dir, '.data', 'law-report.sqlite'))).toBe(false);
  });

  // Opens `count` connections to the server that never send a request, and says how many it closed.
  const closedOf = async (address: string, count: number) => {
    const { hostname, port } = new URL(address);
    const sockets: Socket[] = [];
    let closed = 0;
    for (let i = 0; i < count; i += 1) {
      const socket = connect({ host: hostname, port: Number(port) });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        closed += 1;
      });
      await new Promise((opened) => socket.once('connect', opened));
      sockets.push(socket);
    }
    await new Promise((waited) => setTimeout(waited, 300));
    for (const socket of sockets) socket.destroy();
    return closed;
  };

  it('takes --requests-per-address, --connections-per-address and --submissions-per-hour for offices behind one address', async () => {
    const token = (await lawReport('--add-unit', '北留镇')).stdout.trim();
    const limited = await started(
      '--requests-per-address',
      '3',
      '--connections-per-address',
      '2',
      '--submissions-per-hour',
      '1',
    );
    try {
      const asked = [];
      for (let i = 0; i < 4; i += 1) asked.push((await fetch(`${limited.address}/api/public/reports`)).status);
      expect(asked).toEqual([200, 200, 200, 429]);
      expect(await closedOf(limited.address, 3)).toBe(1);
      // The unit's token counts against itself (3 requests at once), not the spent address; it may submit once an hour.
      const submit = () =>
        fetch(`${limited.address}/api/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(beiliuReport()),
        });
      expect((await submit()).status).not.toBe(429);
      const again = await submit();
      expect(again.status).toBe(429);
      expect(((await again.json()) as { error: { message: string } }).error.message).toContain('最多报送 1 次');
    } finally {
      expect(await limited.stop()).toBe(0);
    }
    // Without them, the defaults: 300 requests, 64 waiting connections.
    const plain = await started();
    try {
      const asked = [];
      for (let i = 0; i < 4; i += 1) asked.push((await fetch(`${plain.address}/api/public/reports`)).status);
      expect(asked).toEqual([200, 200, 200, 200]);
      expect(await closedOf(plain.address, 3)).toBe(0);
    } finally {
      expect(await plain.stop()).toBe(0);
    }
  });

  it('refuses a limit that is no whole number in its range in one line, exit 2, before opening anything', async () => {
    const refused = [];
    for (const [option, value] of [
      ['--requests-per-address', '0'],
      ['--requests-per-address', '100001'],
      ['--requests-per-address', '1.5'],
      ['--connections-per-address', '257'],
      ['--connections-per-address', '-3'],
      ['--submissions-per-hour', '1e3'],
      ['--submissions-per-hour', 'many'],
    ] as const) {
      const { code, stderr } = await lawReport(option, value);
      refused.push([code, stderr.split('\n')[0]]);
    }
    expect(refused).toEqual([
      [2, 'law-report serve: 选项“--requests-per-address”应为 1 到 100000 之间的整数。'],
      [2, 'law-report serve: 选项“--requests-per-address”应为 1 到 100000 之间的整数。'],
      [2, 'law-report serve: 选项“--requests-per-address”应为 1 到 100000 之间的整数。'],
      [2, 'law-report serve: 选项“--connections-per-address”应为 1 到 256 之间的整数。'],
      [2, 'law-report serve: 选项“--connections-per-address”应为 1 到 256 之间的整数。'],
      [2, 'law-report serve: 选项“--submissions-per-hour”应为 1 到 10000 之间的整数。'],
      [2, 'law-report serve: 选项“--submissions-per-hour”应为 1 到 10000 之间的整数。'],
    ]);
    const english = await lawReport('--submissions-per-hour', '0', '--lang', 'en');
    expect(english.code).toBe(2);
    expect(english.stderr.split('\n')[0]).toBe(
      'law-report serve: The option "--submissions-per-hour" takes a whole number from 1 to 10000.',
    );
    expect(existsSync(join(dir, '.data', 'law-report.sqlite'))).toBe(false);
  });

  it('shows the limits in serve --help, in Chinese and in English', async () => {
    const chinese = (await lawReport('--help')).stdout;
    const english = (await lawReport('--help', '--lang', 'en')).stdout;
    for (const option of ['--requests-per-address', '--connections-per-address', '--submissions-per-hour']) {
      expect(chinese).toContain(option);
      expect(english).toContain(option);
    }
    expect(chinese).toContain('政务外网');
    expect(english).toContain('a request with a valid token counts');
  });
});

describe('law-report serve --portal', () => {
  it('refuses a portal folder that holds the database, before opening it', async () => {
    const refused = await lawReport('--portal', '.');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('包含数据库');
    const inside = await lawReport('--portal', 'site', '--db', 'site/data/law-report.sqlite');
    expect(inside.code).toBe(2);
  });
});

describe('law-report serve: names that look like another', () => {
  it('refuses a unit or reviewer name with a zero-width or right-to-left character', async () => {
    const unit = await lawReport('--add-unit', '城关\u200B镇');
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('U+200B');
    expect((await lawReport('--add-reviewer', '县依法治县办\u202E')).code).toBe(2);
    writeFileSync(join(dir, 'roster.csv'), '名称,层级\n城关\u200B镇,乡镇\n东河镇,乡镇\n');
    const roster = await lawReport('--roster', 'roster.csv');
    expect(roster.stderr).toContain('U+200B');
    expect((await lawReport('--list-units')).stdout).not.toContain('城关');
  });
});

describe('law-report serve: tokens by id', () => {
  it('lists the tokens that work by id, never a token, and revokes one by its id only', async () => {
    const first = (await lawReport('--add-unit', '北留镇')).stdout.trim();
    await lawReport('--add-reviewer', '县依法治县办');
    const listed = await lawReport('--list-tokens');
    expect(listed.code).toBe(0);
    expect(rows(listed.stdout).map((row) => row.slice(0, 3))).toEqual([
      ['编号', '角色', '名称'],
      ['1', 'unit', '北留镇'],
      ['2', 'reviewer', '县依法治县办'],
    ]);
    expect(listed.stdout).not.toContain('lr_');
    expect(await lawReport('--revoke-token', '1')).toMatchObject({ code: 0, stderr: '已注销编号为 1 的令牌。\n' });
    expect(await withStore((store) => store.findToken(hashToken(first)))).toBeUndefined();
    expect(rows((await lawReport('--list-tokens')).stdout).map((row) => row[0])).toEqual(['编号', '2']);
    expect((await lawReport('--revoke-token', '9')).code).toBe(1);
    expect((await lawReport('--revoke-token', 'x')).code).toBe(2);
  });
});

describe('law-report serve: what a token carries', () => {
  it('keeps --label and --expires with a new token, and --list-tokens shows them with when it was made and last used', async () => {
    const made = await lawReport('--add-unit', '北留镇', '--label', '党政办 王五', '--expires', '2099-03-31');
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('这个令牌的有效期到 2099-03-31（北京时间）为止。');
    await lawReport('--add-reviewer', '县依法治县办', '--expires', '90');
    const listed = rows((await lawReport('--list-tokens')).stdout);
    expect(listed[0]).toEqual(['编号', '角色', '名称', '标签', '生成时间', '最近使用', '到期时间']);
    expect(listed[1]).toEqual([
      '1',
      'unit',
      '北留镇',
      '党政办 王五',
      expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      '',
      '2099-03-31T16:00:00.000Z',
    ]);
    const inNinety = Date.parse(listed[2]?.[6] ?? '') - Date.now();
    expect(Math.abs(inNinety - 90 * 24 * 60 * 60 * 1000)).toBeLessThan(60_000);
    expect(rows((await lawReport('--list-tokens', '--lang', 'en')).stdout)[0]).toEqual([
      'id',
      'role',
      'name',
      'label',
      'created',
      'last used',
      'expires',
    ]);
  });

  it('refuses an --expires that is no date after today nor a number of days, and a label with an invisible character', async () => {
    for (const expires of ['2020-01-01', '2027-02-30', 'next year', '0', '99999']) {
      const refused = await lawReport('--add-unit', '北留镇', '--expires', expires);
      expect(refused.code, expires).toBe(2);
      expect(refused.stderr, expires).toContain('--expires 须是今天以后的日期');
    }
    expect((await lawReport('--add-unit', '北留镇', '--label', '王五\u200B')).code).toBe(2);
    expect((await lawReport('--list-units')).stdout).not.toContain('北留镇');
  });

  it('revokes a unit’s or a reviewer’s tokens by name, and asks for an id when the name is both', async () => {
    const unit = (await lawReport('--add-unit', '县司法局', '--level', '部门')).stdout.trim();
    const reviewer = (await lawReport('--add-reviewer', '县依法治县办')).stdout.trim();
    expect((await lawReport('--revoke', '县依法治县办')).code).toBe(0);
    expect(await withStore((store) => store.findToken(hashToken(unit)))).toMatchObject({ name: '县司法局' });
    expect(await withStore((store) => store.findToken(hashToken(reviewer)))).toBeUndefined();
    await lawReport('--add-reviewer', '县司法局');
    const both = await lawReport('--revoke', '县司法局');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('既是单位名称又是审核人名称');
    expect(rows((await lawReport('--list-tokens')).stdout)).toHaveLength(3);
  });
});

describe('law-report serve --backup', () => {
  it('copies the SQLite database while the store is open, and the copy opens with every report in it', async () => {
    expect((await lawReport('--add-unit', '北留镇')).code).toBe(0);
    const db = join(dir, '.data', 'law-report.sqlite');
    // The server's store open and writing, as a running server's is.
    const live = await openStore(db);
    try {
      await live.submit('北留镇', 2023, beiliuReport(), '北留镇', '2024-01-20T02:00:00.000Z');
      await live.submit(
        '北留镇',
        2023,
        { ...beiliuReport(), title: '北留镇2023年法治政府建设工作报告（修改稿）' },
        '北留镇',
        '2024-01-22T02:00:00.000Z',
      );
      const made = await lawReport('--backup', 'backups/2024-01-31.sqlite');
      expect(made.code).toBe(0);
      expect(made.stderr).toContain('已备份到');
      expect(statSync(join(dir, 'backups', '2024-01-31.sqlite')).mode & 0o777).toBe(0o600);
    } finally {
      await live.close();
    }
    const copy = await openStore(join(dir, 'backups', '2024-01-31.sqlite'));
    try {
      const [listed] = await copy.list({ year: 2023 });
      expect(listed?.version).toBe(2);
      expect((await copy.latest(listed?.id ?? ''))?.report.title).toBe('北留镇2023年法治政府建设工作报告（修改稿）');
      expect((await copy.units()).map((unit) => unit.name)).toEqual(['北留镇']);
    } finally {
      await copy.close();
    }
  });

  it('never writes over a file, and sends PostgreSQL to pg_dump', async () => {
    expect((await lawReport('--add-unit', '北留镇')).code).toBe(0);
    writeFileSync(join(dir, 'old.sqlite'), 'keep me');
    const over = await lawReport('--backup', 'old.sqlite');
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('备份没有完成');
    const postgres = await lawReport('--db', 'postgres://user@127.0.0.1/db', '--backup', 'x.dump');
    expect(postgres.code).toBe(2);
    expect(postgres.stderr).toContain('pg_dump');
  });

  // Each a usage or configuration error in the clerk's language, one line and the usage hint, exit 2: never the
  // server's English text, never a hang (Node 20's recursive mkdir never returns under /proc).
  it('says in Chinese (or English) why a backup cannot be made, at once, exit 2', { timeout: 10_000 }, async () => {
    expect((await lawReport('--add-unit', '北留镇')).code).toBe(0);
    writeFileSync(join(dir, 'old.sqlite'), 'keep me');
    writeFileSync(join(dir, 'file'), '');
    const said = async (...args: string[]) => {
      const { code, stdout, stderr } = await lawReport(...args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr).not.toMatch(/backupSqlite|ENOENT|EEXIST|exists already/);
      const [line, hint, ...rest] = stderr.split('\n');
      expect({ hint, rest }).toEqual({ hint: '运行 `law-report --help` 查看用法。', rest: [''] });
      return line;
    };
    expect(await said('--backup', 'old.sqlite')).toBe(
      'law-report serve: 备份没有完成：old.sqlite 已经存在，备份不会覆盖已有的文件，请换一个文件名。',
    );
    expect(await said('--backup', '/proc/nope/x.sqlite')).toMatch(
      /^law-report serve: 备份没有完成：(在 \/proc 中不能新建文件夹或文件，无法写入 \/proc\/nope\/x\.sqlite|不能在文件夹 \/proc 中写入)/,
    );
    expect(await said('--backup', 'file/x.sqlite')).toBe(
      'law-report serve: 备份没有完成：file 不是文件夹，备份无法放在它下面。',
    );
    expect(await said('--db', 'none.sqlite', '--backup', 'x.sqlite')).toBe(
      'law-report serve: 备份没有完成：数据库 none.sqlite 不存在。',
    );
    expect(await said('--db', 'old.sqlite', '--backup', 'x.sqlite')).toBe(
      'law-report serve: 备份没有完成：old.sqlite 不是 SQLite 数据库。',
    );
    const english = await lawReport('--backup', 'old.sqlite', '--lang', 'en');
    expect(english.stderr).toContain(
      'law-report serve: The backup was not made: old.sqlite exists already; a backup never writes over a file, choose another name.',
    );
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false);
  });
});

// Moving a county from SQLite to PostgreSQL: a real SQLite file copied into a real PostgreSQL
// (LAW_REPORT_TEST_POSTGRES, or the one the test setup starts, in a schema of this test's own).
describe('law-report serve --copy-from', () => {
  it('copies every unit, token, setting, version and step into an empty PostgreSQL, where the tokens work; a second copy is refused and adds nothing', async () => {
    const sqlite = join(dir, '.data', 'law-report.sqlite');
    const tokens = await withStore((store) => fillCounty(store));
    const before = await withStore((store) => countyState(store));
    const postgres = await freshPostgres('serve_copy_test');
    const copied = await lawReport('--db', postgres, '--copy-from', '.data/law-report.sqlite');
    expect(copied).toMatchObject({ code: 0, stdout: '' });
    expect(copied.stderr).toContain(
      `已把 .data/law-report.sqlite 复制到 ${postgres.replace(':law_report@', '@')}：2 个单位、3 个令牌、2 项设置、3 份报告（4 个版本、7 条审核记录）`,
    );
    const store = await openStore(postgres);
    try {
      expect(await countyState(store)).toEqual(before);
      // The tokens people hold: the reviewer's and a unit's work on the copy.
      expect(await store.findToken(hashToken(tokens.reviewer))).toMatchObject({
        role: 'reviewer',
        name: '县依法治县办',
      });
      expect(await store.findToken(hashToken(tokens.beiliu))).toMatchObject({ role: 'unit', name: '北留镇' });
    } finally {
      await store.close();
    }
    const again = await lawReport('--db', postgres, '--copy-from', sqlite, '--lang', 'en');
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toContain('Nothing copied: ');
    expect(again.stderr).toContain('holds data already (2 units, 3 tokens, 2 settings, 3 reports)');
    const after = await openStore(postgres);
    try {
      expect(await countyState(after)).toEqual(before);
    } finally {
      await after.close();
    }
  });

  it('names a SQLite file that is not there instead of copying an empty database', async () => {
    const missing = await lawReport('--db', await freshPostgres('serve_copy_test'), '--copy-from', 'old.sqlite');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('--copy-from 的数据库 old.sqlite 不存在。');
    expect(existsSync(join(dir, 'old.sqlite'))).toBe(false);
  });
});
