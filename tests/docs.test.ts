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
    const { east, known, elsewhere, county } = await run<{ east: Report; known: ValidationResult; elsewhere: ValidationResult; county: AggregateResult }>(
      'extending',
      snippet('extending.md', '## A worked example'),
    );
    log.mockRestore();
    expect(east.metrics.map((metric) => [metric.indicator, metric.value, metric.unit, metric.qualifier])).toEqual([
      ['x-jincheng.gridMembers', 42, '名', 'exact'],
      ['x-jincheng.gridVisits', 3000, '户次', 'over'],
    ]);
    expect(known.ok).toBe(true);
    expect(known.issues.filter((issue) => issue.code === 'unknown_extension')).toEqual([]);
    expect(elsewhere.ok).toBe(true);
    expect(elsewhere.issues.filter((issue) => issue.code === 'unknown_extension').map((issue) => issue.severity)).toEqual(['info', 'info']);
    expect(county.indicators['x-jincheng.gridMembers']).toMatchObject({ unit: '名', total: 72, qualifier: 'exact', reporting: 2 });
    expect(county.indicators['x-jincheng.gridVisits']).toMatchObject({ unit: '户次', total: 4200, qualifier: 'over', reporting: 2 });
  });
});
