import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '@law-report/core';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { runIn } from './test-io.js';

// A town in another province adds two indicators of its own, as docs/extending.md says, and
// uses them through the command line.
const townCatalog = {
  namespace: 'yourtown',
  indicators: [
    {
      name: 'gridEvents',
      label: { 'zh-CN': '网格事件', en: 'Grid events' },
      units: ['件'],
      kind: 'count',
      section: 'measures',
      aliases: ['网格事件'],
    },
    {
      name: 'villageLawyers',
      label: { 'zh-CN': '村（居）法律顾问', en: 'Village legal advisers' },
      units: ['人'],
      kind: 'count',
      section: 'measures',
      aliases: ['村（居）法律顾问'],
    },
  ],
};

const town = (name: string, events: number): Report =>
  makeReport({
    title: `${name}2023年法治政府建设情况报告`,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    metrics: [makeMetric('x-yourtown.gridEvents', events, { unit: '件', label: '网格事件' })],
  });

const text = `东镇2023年法治政府建设工作情况的报告
一、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记带头学法。
二、主要举措和成效
全年处置网格事件120件，聘请村（居）法律顾问15人。
三、存在的不足和原因
基层力量不足。
四、下一年度主要安排
继续加强网格化管理。
东镇人民政府
2024年1月20日`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-catalog-'));
  writeFileSync(join(dir, 'town-catalog.json'), JSON.stringify(townCatalog));
  writeFileSync(
    join(dir, 'reports.jsonl'),
    `${JSON.stringify(town('东镇', 12))}\n${JSON.stringify(town('西镇', 30))}\n`,
  );
  writeFileSync(join(dir, 'east.json'), JSON.stringify(town('东镇', 12)));
  writeFileSync(join(dir, 'east.txt'), text);
});
const lawReport = (...args: string[]) => runIn(dir, ...args);

describe('--catalog <file>', () => {
  it('aggregate: totals the town’s indicators under their labels in the table and the CSV', async () => {
    const table = await lawReport('aggregate', 'reports.jsonl', '--catalog', 'town-catalog.json');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/网格事件\s+42件/);
    const csv = await lawReport('aggregate', 'reports.jsonl', '--catalog', 'town-catalog.json', '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toContain('网格事件（件）');
    expect(csv.stdout).not.toContain('注：');
  });

  it('aggregate without it: the figures are totalled apart under their own key and named in a note, never dropped', async () => {
    const table = await lawReport('aggregate', 'reports.jsonl');
    expect(table.stdout).toMatch(/x-yourtown\.gridEvents\s+全年\s+42件\s+2/);
    expect(table.stdout).toContain(
      '注：“x-yourtown.gridEvents”不在所用的指标目录中，单独合计全年 42件（2 个单位报送），未列入上表。',
    );
    const csv = await lawReport('aggregate', 'reports.jsonl', '--format', 'csv');
    expect(csv.stdout).toContain('注：“x-yourtown.gridEvents”不在所用的指标目录中');
  });

  it('validate: the town’s figures are known, not noted as unknown extensions', async () => {
    const without = await lawReport('validate', 'east.json', '--json');
    expect(without.stdout).toContain('unknown_extension');
    const known = await lawReport('validate', 'east.json', '--json', '--catalog', 'town-catalog.json');
    expect(known.code).toBe(0);
    expect(known.stdout).not.toContain('unknown_extension');
  });

  it('import: finds the town’s own figures in free text', async () => {
    const { stdout } = await lawReport('import', 'east.txt', '--catalog', 'town-catalog.json');
    const report = JSON.parse(stdout) as Report;
    const figures = report.metrics.map((metric) => [metric.indicator, metric.value, metric.unit]);
    expect(figures).toContainEqual(['x-yourtown.gridEvents', 120, '件']);
    expect(figures).toContainEqual(['x-yourtown.villageLawyers', 15, '人']);
    const without = JSON.parse((await lawReport('import', 'east.txt')).stdout) as Report;
    expect(without.metrics.map((metric) => metric.indicator)).not.toContain('x-yourtown.gridEvents');
  });

  it('render and schema take it; schema then holds the town’s keys and measure words', async () => {
    expect(
      (await lawReport('render', 'east.json', '--format', 'markdown', '--catalog', 'town-catalog.json')).code,
    ).toBe(0);
    const { stdout } = await lawReport('schema', '--catalog', 'town-catalog.json');
    const metric = (
      JSON.parse(stdout) as { $defs: { Metric: { properties: { indicator: { enum: string[] } }; allOf: unknown[] } } }
    ).$defs.Metric;
    expect(metric.properties.indicator.enum).toEqual(
      expect.arrayContaining([
        'x-yourtown.gridEvents',
        'x-yourtown.villageLawyers',
        'disputes.handled',
        'unclassified',
      ]),
    );
    expect(metric.allOf).toContainEqual(
      expect.objectContaining({
        if: { properties: { indicator: { const: 'x-yourtown.gridEvents' } }, required: ['indicator'] },
        then: {
          properties: {
            unit: { type: 'string', enum: expect.arrayContaining(['件']) },
            value: { type: 'number', minimum: 0 },
          },
        },
      }),
    );
  });

  it('a malformed or missing file is a usage error (exit 2) naming the problem', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ namespace: 'x-yourtown', indicators: [] }));
    const bad = await lawReport('aggregate', 'reports.jsonl', '--catalog', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('无法使用扩展指标目录 bad.json：命名空间“x-yourtown”不要带 x- 前缀，请写“yourtown”');
    const missing = await lawReport('validate', 'east.json', '--catalog', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法使用扩展指标目录 nope.json');
  });
});
