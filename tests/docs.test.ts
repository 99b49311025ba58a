import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AggregateResult, Report, ValidationResult } from '@law-report/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The code in docs/, run as a reader would paste it.
const scratch = new URL('./.docs/', import.meta.url);

function snippet(file: string, heading: string): string {
  const text = readFileSync(new URL(`../docs/${file}`, import.meta.url), 'utf8');
  const match = /```ts\n([\s\S]*?)```/.exec(text.slice(text.indexOf(heading)));
  if (!match?.[1]) throw new Error(`docs/${file}: no ts block after "${heading}"`);
  return match[1];
}

async function run<T>(name: string, code: string): Promise<T> {
  mkdirSync(scratch, { recursive: true });
  const file = new URL(`${name}.ts`, scratch);
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ fileURLToPath(file))) as T;
}

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('docs/extending.md', () => {
  it('imports, validates and aggregates the two extension indicators as it says', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { east, known, elsewhere, county } = await run<{
      east: Report;
      known: ValidationResult;
      elsewhere: ValidationResult;
      county: AggregateResult;
    }>('extending', snippet('extending.md', '## A worked example'));
    log.mockRestore();
    expect(east.metrics.map((metric) => [metric.indicator, metric.value, metric.unit, metric.qualifier])).toEqual([
      ['x-jincheng.gridMembers', 42, '名', 'exact'],
      ['x-jincheng.gridVisits', 3000, '户次', 'over'],
    ]);
    expect(known.ok).toBe(true);
    expect(known.issues.filter((issue) => issue.code === 'unknown_extension')).toEqual([]);
    expect(elsewhere.ok).toBe(true);
    expect(
      elsewhere.issues.filter((issue) => issue.code === 'unknown_extension').map((issue) => issue.severity),
    ).toEqual(['info', 'info']);
    expect(county.indicators['x-jincheng.gridMembers']).toMatchObject({
      unit: '名',
      total: 72,
      qualifier: 'exact',
      reporting: 2,
    });
    expect(county.indicators['x-jincheng.gridVisits']).toMatchObject({
      unit: '户次',
      total: 4200,
      qualifier: 'over',
      reporting: 2,
    });
  });
});

describe('docs/extending.md, a JSON Schema of your catalog', () => {
  it('compiles the town’s schema in default strict Ajv, which refuses a typo’d key, a wrong unit and a negative count', async () => {
    mkdirSync(scratch, { recursive: true });
    const catalogFile = fileURLToPath(new URL('town-catalog.json', scratch));
    const town = {
      namespace: 'yourtown',
      indicators: [
        {
          name: 'gridEvents',
          label: { 'zh-CN': '网格事件', en: 'Grid events' },
          units: ['件'],
          kind: 'count',
          section: 'measures',
        },
      ],
    };
    writeFileSync(catalogFile, JSON.stringify(town));
    const code = snippet('extending.md', '## A JSON Schema of your catalog').replace(
      "'town-catalog.json'",
      JSON.stringify(catalogFile),
    );
    const { validate } = await run<{ validate: (data: unknown) => boolean }>('schema', `${code}\nexport { validate };`);
    const { beiliuReport, makeMetric, makeReport } = await import('@law-report/core/testing');
    const figure = (indicator: string, value: number, unit: string) =>
      makeReport({ metrics: [makeMetric(indicator, value, { unit })] });
    expect(validate(beiliuReport())).toBe(true);
    expect(validate(figure('x-yourtown.gridEvents', 120, '件'))).toBe(true);
    expect(validate(figure('x-yourtown.gridEvent', 120, '件'))).toBe(false);
    expect(validate(figure('x-yourtown.gridEvents', 120, '人'))).toBe(false);
    expect(validate(figure('x-yourtown.gridEvents', -120, '件'))).toBe(false);
  });
});
