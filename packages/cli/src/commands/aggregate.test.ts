import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinaToday, type AggregateResult } from '@law-report/core';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { runIn } from '../test-io.js';

const sample = (name: string) => new URL(`../../../../examples/data/${name}`, import.meta.url);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-aggregate-'));
  for (const name of ['roster.csv', 'deadlines.json', 'reports-2022.jsonl', 'reports-2023.jsonl'])
    copyFileSync(sample(name), join(dir, name));
});

const lawReport = (...args: string[]) => runIn(dir, ...args);

describe('law-report aggregate', () => {
  it('prints exactly the documented JSON for the sample county', async () => {
    const { code, stdout } = await lawReport(
      'aggregate',
      'reports-2023.jsonl',
      '--roster',
      'roster.csv',
      '--deadlines',
      'deadlines.json',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AggregateResult;
    expect(Object.keys(result)).toEqual([
      'year',
      'units',
      'indicators',
      'rates',
      'cumulative',
      'targets',
      'targetRates',
      'apart',
      'sections',
      'unclassified',
      'unitsDetail',
      'superseded',
      'skipped',
    ]);
    expect(Object.keys(result.units)).toEqual(['expected', 'reported', 'missing', 'late', 'unpublished', 'unlisted']);
    expect(result).toMatchObject({
      year: 2023,
      units: { expected: 16, reported: 14, missing: ['北山镇', '青川县生态环境局'] },
      skipped: [],
    });
    expect(Object.keys(result.indicators['disputes.handled'] ?? {})).toEqual([
      'unit',
      'total',
      'qualifier',
      'reporting',
      'min',
      'max',
      'median',
    ]);
    expect(Object.keys(result.rates['disputes.successRate'] ?? {})).toEqual([
      'value',
      'numerator',
      'denominator',
      'reporting',
      'excluded',
      'reported',
    ]);
    expect(result.unitsDetail[0]).toEqual({
      name: '城关镇',
      status: expect.stringMatching(/^(reported|late|unpublished)$/),
      completeness: expect.any(Number),
      submittedOn: expect.stringMatching(/^2024-/),
      deadline: '2024-01-31',
      daysLate: expect.any(Number),
      contents: expect.arrayContaining(['duties', 'measures', 'shortcomings', 'plans']),
      source: { file: expect.stringMatching(/reports-2023\.jsonl$/), line: 1 },
      publishedOn: expect.stringMatching(/^2024-/),
      values: expect.any(Object),
    });
  });

  it('prints a readable table with coverage rates by default, and a units CSV', async () => {
    const table = await lawReport('aggregate', 'reports-2023.jsonl', '--roster', 'roster.csv');
    expect(table.stdout).toMatch(/^2023年法治政府建设年度报告汇总\n应报 16，已报 14（报送率 87\.5%）/);
    expect(table.stdout).toContain('未报送：北山镇、青川县生态环境局');
    // Completeness in per cent, as the CSV and the dashboard give it.
    expect(table.stdout).toMatch(/单位 +状态 +报送日期 +截止日期 +逾期天数 +完整度（%）/);
    expect(table.stdout).toMatch(/\n东河镇 +已报送 +2024-01-11 +2024-03-01 +0 +100\n/);
    // A year without rates has no table of them, not a header over nothing.
    writeFileSync(join(dir, 'plain.json'), JSON.stringify(makeReport()));
    expect((await lawReport('aggregate', 'plain.json')).stdout).not.toContain('比率');
    const csv = await lawReport('aggregate', 'reports-2023.jsonl', '--roster', 'roster.csv', '--format', 'csv');
    const [header, ...rows] = csv.stdout.split('\r\n');
    expect(header?.startsWith('\uFEFF单位,报送情况,报送日期,截止日期,逾期天数,完整度（%）,')).toBe(true);
    expect(header).toContain('排查矛盾纠纷（起）');
    expect(rows).toContain(`北山镇,未报送,,2024-03-01,,0${','.repeat((header?.split(',').length ?? 6) - 6)}`);
    // 东河镇 gave 58 场 of 普法宣传活动 as a lower bound: 58 a number Excel sums, 以上 in the column beside it.
    expect(header?.endsWith(',普法宣传活动（场）,普法宣传活动（限定）')).toBe(true);
    // Its completeness 100 (%), as the dashboard shows it, not 1, and the day it was published.
    expect(rows.some((row) => /^东河镇,已报送,2024-01-11,2024-03-01,0,100,2024-03-12,10,.*,58,以上$/.test(row))).toBe(
      true,
    );
    // Then the 合计 row: the sums of the columns, 约 where 以上 and 约 were added up; notes follow it.
    const total = rows.find((row) => row.startsWith('合计,'));
    expect(total).toMatch(/^合计,,,,,,,807,.*,446,约$/);
    // A rate's 合计 recomputed from the summed counts (481 of 552 disputes mediated successfully),
    // to one decimal as a county publishes it: 87.1, not 87.1377.
    const successRate = header?.split(',').indexOf('调解成功率（%）') ?? -1;
    expect(total?.split(',')[successRate]).toBe('87.1');
    const english = await lawReport(
      'aggregate',
      'reports-2023.jsonl',
      '--roster',
      'roster.csv',
      '--format',
      'csv',
      '--lang',
      'en',
    );
    expect(english.stdout.startsWith('\uFEFFUnit,Reporting,Submitted,Deadline,Days late,Completeness (%),')).toBe(true);
    expect(english.stdout).toContain('北山镇,missing,');
  });

  it('writes a total in the table as the summary writes a figure: 近, 约, 不足 before it, 以上 after the measure word', async () => {
    mkdirSync(join(dir, 'bounds'));
    const town = (name: string, metric: ReturnType<typeof makeMetric>) =>
      JSON.stringify(makeReport({ unit: { name, level: 'town' }, issuer: `${name}人民政府`, metrics: [metric] }));
    writeFileSync(
      join(dir, 'bounds', 'reports.jsonl'),
      [
        town('东镇', makeMetric('disputes.handled', 800, { unit: '起', qualifier: 'over' })),
        town('西镇', makeMetric('legalServices.consultations', 300, { unit: '人次', qualifier: 'nearly' })),
        town('南镇', makeMetric('funding.amount', 12.5, { unit: '万元', qualifier: 'about' })),
        town('北镇', makeMetric('study.sessions', 6, { unit: '次', qualifier: 'under' })),
        town('中镇', makeMetric('publicity.events', 20, { unit: '场' })),
      ].join('\n'),
    );
    const row = (stdout: string, label: string) =>
      stdout
        .split('\n')
        .find((line) => line.startsWith(label))
        ?.split(/ {2,}/)
        .slice(0, 3);
    const { stdout } = await lawReport('aggregate', 'bounds/reports.jsonl');
    expect(row(stdout, '排查矛盾纠纷')).toEqual(['排查矛盾纠纷', '800起以上', '以上（下限）']);
    expect(row(stdout, '法律咨询')?.[1]).toBe('近300人次');
    expect(row(stdout, '法治建设经费投入')?.[1]).toBe('约12.5万元');
    expect(row(stdout, '领导干部集体学法')?.[1]).toBe('不足6次');
    expect(row(stdout, '普法宣传活动')?.[1]).toBe('20场');
    expect(stdout).not.toMatch(/\d余/);
    const english = await lawReport('aggregate', 'bounds/reports.jsonl', '--lang', 'en');
    expect(english.stdout).toContain('over 800 起');
    expect(english.stdout).toContain('nearly 300 人次');
    expect(english.stdout).toContain('about 12.5 万元');
    expect(english.stdout).toContain('under 6 次');
  });

  it('says a unit whose deadline has not come apart from those to notify, with its day', async () => {
    const year = Number(chinaToday().slice(0, 4));
    writeFileSync(
      join(dir, 'this-year.jsonl'),
      `${JSON.stringify(makeReport({ year, unit: { name: '东镇', level: 'town' }, issuer: '东镇人民政府', issuedOn: `${year}-12-01` }))}\n`,
    );
    writeFileSync(
      join(dir, 'this-roster.csv'),
      `名称,层级,截止日期\n东镇,乡镇,${year + 1}-01-31\n北镇,乡镇,${year + 1}-01-31\n南镇,乡镇,${year}-01-31\n`,
    );
    const { code, stdout } = await lawReport('aggregate', 'this-year.jsonl', '--roster', 'this-roster.csv');
    expect(code).toBe(0);
    expect(stdout).toContain('未报送：南镇\n');
    expect(stdout).toContain(`尚未报送（截止日期未到）：北镇（${year + 1}年1月31日前报送即可）\n`);
  });

  it('says which deadlines it judged 按时 and 逾期 by: the defaults unless the county gives its own', async () => {
    const county2023 = ['aggregate', 'reports-2023.jsonl', '--roster', 'roster.csv'];
    const defaults = await lawReport(...county2023);
    expect(defaults.stdout).toContain(
      '按时与否按截止日期判断：报送 2024年3月1日（16 个单位）；公开 2024年4月1日（全国默认的截止日期；县里另有规定的，请用 --deadlines 指定）\n',
    );
    const county = await lawReport(...county2023, '--deadlines', 'deadlines.json');
    expect(county.stdout).toMatch(
      /^按时与否按截止日期判断：报送 2024年1月31日（\d+ 个单位）、2024年3月1日（\d+ 个单位）；公开 2024年4月1日（按 --deadlines 文件）$/m,
    );
    // Judged by the county's 1月31日, fewer towns were on time: the table says by which day, so the two never puzzle.
    expect(county.stdout).not.toEqual(defaults.stdout);
  });

  it('says which reports were published after the publication deadline, with their days, as the dashboard does', async () => {
    const town = (name: string, publishedOn: string) =>
      makeReport({
        year: 2021,
        unit: { name, level: 'town' },
        issuer: `${name}人民政府`,
        issuedOn: '2022-01-20',
        publishedOn,
      });
    writeFileSync(
      join(dir, 'published.jsonl'),
      [town('东镇', '2022-03-20'), town('西镇', '2022-04-13'), town('北镇', '2022-04-02')]
        .map((report) => JSON.stringify(report))
        .join('\n'),
    );
    const { code, stdout } = await lawReport('aggregate', 'published.jsonl');
    expect(code).toBe(0);
    // In the units' order; 4月1日 is the day: published on it is on time, the day after is one day late.
    expect(stdout).toContain('逾期公开：北镇（逾期 1 天）、西镇（逾期 12 天）\n');
    // With a county's own publication deadline, judged by it.
    writeFileSync(join(dir, 'publish-early.json'), JSON.stringify({ publish: '03-15' }));
    const early = await lawReport('aggregate', 'published.jsonl', '--deadlines', 'publish-early.json', '--lang', 'en');
    expect(early.stdout).toContain('Published late: 东镇 (5 days late), 北镇 (18 days late), 西镇 (29 days late)\n');
  });

  it('counts what a county may publish: one report per unit, the roster only, 件 with 起, targets and 累计 apart', async () => {
    mkdirSync(join(dir, 'county'));
    const town = (name: string, metrics: ReturnType<typeof makeMetric>[], overrides = {}) =>
      JSON.stringify(makeReport({ unit: { name, level: 'town' }, issuer: `${name}人民政府`, metrics, ...overrides }));
    const plansId = 'plans-x';
    const withPlans = makeReport({ unit: { name: '西镇', level: 'town' }, metrics: [] }).sections.map((section) =>
      section.kind === 'plans' ? { ...section, id: plansId } : section,
    );
    writeFileSync(
      join(dir, 'county', 'reports.jsonl'),
      [
        town('东镇', [makeMetric('disputes.handled', 10, { unit: '件' })], { issuedOn: '2024-01-10' }),
        town('东镇', [makeMetric('disputes.handled', 12, { unit: '件' })], {
          issuedOn: '2024-01-10',
          submittedOn: '2024-01-20',
        }),
        town(
          '西镇',
          [
            makeMetric('disputes.handled', 5, { unit: '起' }),
            makeMetric('disputes.handled', 500, { unit: '起', scope: 'cumulative' }),
            makeMetric('study.sessions', 12, { unit: '次', qualifier: 'over', sectionId: plansId }),
          ],
          { sections: withPlans },
        ),
        town('外镇', [makeMetric('disputes.handled', 99, { unit: '起' })]),
      ].join('\n'),
    );
    writeFileSync(join(dir, 'county', 'roster.csv'), '名称,层级\n东镇,乡镇\n西镇,乡镇\n北镇,乡镇\n');
    const { code, stdout } = await lawReport(
      'aggregate',
      'county/reports.jsonl',
      '--roster',
      'county/roster.csv',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AggregateResult;
    expect(result.units).toMatchObject({ expected: 3, reported: 2, missing: ['北镇'], unlisted: ['外镇'] });
    expect(result.indicators['disputes.handled']).toMatchObject({ unit: '起', total: 17, reporting: 2 });
    expect(result.cumulative['disputes.handled']).toMatchObject({ total: 500 });
    expect(result.indicators['study.sessions']).toBeUndefined();
    expect(result.targets['study.sessions']).toMatchObject({ total: 12, qualifier: 'over' });
    expect(result.superseded).toEqual([{ unit: '东镇', file: 'county/reports.jsonl', line: 1 }]);
  });

  it('goes on past bad input, lists each skip, prints what it could read and exits 1', async () => {
    mkdirSync(join(dir, 'mixed'));
    const good = makeReport({
      unit: { name: '东镇', level: 'town' },
      metrics: [makeMetric('disputes.handled', 5, { unit: '起' })],
    });
    writeFileSync(
      join(dir, 'mixed', 'a.jsonl'),
      `${JSON.stringify(good)}\n{"broken"\n${JSON.stringify({ ...good, year: 2022 })}\n[1,2]\n`,
    );
    writeFileSync(join(dir, 'mixed', 'b.json'), '{');
    const { code, stdout, stderr } = await lawReport('aggregate', 'mixed', '--format', 'json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as AggregateResult;
    expect(result.indicators['disputes.handled']?.total).toBe(5);
    expect(result.skipped.map((s) => [s.file, s.line])).toEqual([
      ['mixed/a.jsonl', 2],
      ['mixed/a.jsonl', 3],
      ['mixed/a.jsonl', 4],
      ['mixed/b.json', undefined],
    ]);
    expect(result.skipped.map((s) => s.code)).toEqual(['invalid_json', 'other_year', 'not_a_report', 'invalid_json']);
    expect(result.skipped[1]?.reason).toBe('报告年度为 2022 年，不是 2023 年');
    expect(stderr).toMatch(/^mixed\/a\.jsonl:2: 不是有效的 JSON：第 1 行第 10 列有误。$/m);
    expect(stderr).toContain('读到 2022、2023 年的报告；未指定 --year，汇总最新的 2023 年，其余 1 份已跳过');
  });

  it('takes the year from --year, skipping the others', async () => {
    const { code, stdout } = await lawReport(
      'aggregate',
      'reports-2022.jsonl',
      'reports-2023.jsonl',
      '--year',
      '2022',
      '--format',
      'json',
    );
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as AggregateResult;
    expect(result.year).toBe(2022);
    expect(result.skipped).toHaveLength(14);
  });

  it('refuses a roster with a bad row as a configuration mistake: a line for each, naming file and line, exit 2, no output', async () => {
    writeFileSync(join(dir, 'bad-roster.csv'), '名称,层级,截止日期\n东镇,乡镇,01-31\n西镇,village,\n北镇,乡镇,\n');
    for (const format of ['json', 'table', 'csv']) {
      const { code, stdout, stderr } = await lawReport(
        'aggregate',
        'reports-2023.jsonl',
        '--roster',
        'bad-roster.csv',
        '--format',
        format,
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      const lines = stderr.split('\n').filter((line) => line.includes('bad-roster.csv'));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^law-report aggregate: bad-roster\.csv 第 2 行：.*01-31/);
      expect(lines[1]).toMatch(/^law-report aggregate: bad-roster\.csv 第 3 行：.*层级“village”无法识别/);
    }
    const en = await lawReport('aggregate', 'reports-2023.jsonl', '--roster', 'bad-roster.csv', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^law-report aggregate: bad-roster\.csv line 2: /);
  });

  it('refuses a roster without a name column, and a run with nothing to read, as usage mistakes (exit 2)', async () => {
    writeFileSync(join(dir, 'no-names.csv'), 'unit,level\n东镇,town\n');
    const roster = await lawReport('aggregate', 'reports-2023.jsonl', '--roster', 'no-names.csv');
    expect(roster.code).toBe(2);
    expect(roster.stderr).toContain('no-names.csv: 名册的表头没有“名称”（name）列，无法使用。');
    expect(roster.stdout).toBe('');
    const nothing = await lawReport('aggregate', 'missing.jsonl', '--lang', 'en');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('No report was read.');
  });

  it('aggregates a folder of several years for the latest, naming it, or for --year', async () => {
    mkdirSync(join(dir, 'years'));
    copyFileSync(join(dir, 'reports-2022.jsonl'), join(dir, 'years', 'a-2022.jsonl'));
    copyFileSync(join(dir, 'reports-2023.jsonl'), join(dir, 'years', 'b-2023.jsonl'));
    const latest = await lawReport('aggregate', 'years', '--format', 'json');
    expect((JSON.parse(latest.stdout) as AggregateResult).year).toBe(2023);
    expect(latest.stderr).toMatch(/读到 2022、2023 年的报告；未指定 --year，汇总最新的 2023 年，其余 \d+ 份已跳过/);
    expect(latest.code).toBe(1);
    const chosen = await lawReport('aggregate', 'years', '--year', '2022', '--format', 'json');
    expect((JSON.parse(chosen.stdout) as AggregateResult).year).toBe(2022);
    expect(chosen.stderr).not.toContain('未指定 --year');
  });

  it('exits 2 for usage mistakes', async () => {
    expect((await lawReport('aggregate')).code).toBe(2);
    expect((await lawReport('aggregate', 'reports-2023.jsonl', '--year', 'last')).code).toBe(2);
    expect((await lawReport('aggregate', 'reports-2023.jsonl', '--format', 'xml')).code).toBe(2);
    expect((await lawReport('aggregate', 'reports-2023.jsonl', '--roster', 'nope.csv')).code).toBe(2);
  });
});
