import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beiliuReport, makeMetric, makeReport } from '@law-report/core/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { recordingIo, runIn } from '../test-io.js';

// Ajv as a town's own tooling would use it: 2020-12, strict, with ajv-formats, nothing registered for us.
function compile(json: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schema: unknown = JSON.parse(json);
  if (typeof schema !== 'object' || schema === null) throw new TypeError('not a schema');
  return ajv.compile(schema);
}

// The town of docs/extending.md.
const townCatalog = {
  namespace: 'yourtown',
  indicators: [
    {
      name: 'gridEvents',
      label: { 'zh-CN': '网格事件', en: 'Grid events' },
      units: ['件'],
      kind: 'count',
      section: 'measures',
    },
    {
      name: 'villageLawyers',
      label: { 'zh-CN': '村（居）法律顾问', en: 'Village legal advisers' },
      units: ['人'],
      kind: 'count',
      section: 'measures',
    },
  ],
};
const withFigure = (indicator: string, value: number, unit: string) =>
  makeReport({ metrics: [makeMetric(indicator, value, { unit })] });

describe('law-report schema', () => {
  it('prints the committed JSON Schema, which strict Ajv compiles', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['schema'], io)).toBe(0);
    const committed: unknown = JSON.parse(readFileSync(new URL('../../../core/schema.json', import.meta.url), 'utf8'));
    expect(JSON.parse(io.stdout)).toEqual(committed);
    expect(compile(io.stdout)(beiliuReport())).toBe(true);
  });

  it('--catalog: a schema of the town’s catalog that takes the 北留镇 report and refuses a typo’d key, a wrong unit and a negative count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-schema-'));
    writeFileSync(join(dir, 'town-catalog.json'), JSON.stringify(townCatalog));
    const { code, stdout } = await runIn(dir, 'schema', '--catalog', 'town-catalog.json');
    expect(code).toBe(0);
    const validate = compile(stdout);
    expect(validate(beiliuReport()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withFigure('x-yourtown.gridEvents', 120, '件')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withFigure('x-yourtown.gridEvent', 120, '件'))).toBe(false);
    expect(validate(withFigure('x-yourtown.gridEvents', 120, '人'))).toBe(false);
    expect(validate(withFigure('x-yourtown.villageLawyers', -15, '人'))).toBe(false);
  });

  it('refuses an argument it does not take, naming it, exit 2 with nothing printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-schema-'));
    const extra = await runIn(dir, 'schema', 'extra');
    expect(extra).toMatchObject({ code: 2, stdout: '' });
    expect(extra.stderr).toContain('law-report schema: 多余的参数“extra”。');
    const english = await runIn(dir, 'schema', 'report.json', '--lang', 'en');
    expect(english).toMatchObject({ code: 2, stdout: '' });
    expect(english.stderr).toContain('law-report schema: Unexpected argument "report.json".');
  });
});
