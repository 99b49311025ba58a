import { readFileSync } from 'node:fs';
import { catalogJson, reportJsonSchema } from '@law-report/core';
import { describe, expect, it } from 'vitest';
import { ruleTable } from '../packages/core/scripts/rule-table.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const hint = 'run `npm run generate` and commit the result';

describe('generated files', () => {
  it(`schema.json matches the zod schema (${hint})`, () => {
    expect(JSON.parse(read('packages/core/schema.json'))).toEqual(reportJsonSchema());
  });

  it(`catalog.json matches the indicator catalog (${hint})`, () => {
    expect(JSON.parse(read('packages/core/catalog.json'))).toEqual(JSON.parse(JSON.stringify(catalogJson())));
  });

  it(`docs/rules.md matches the rule registry (${hint})`, () => {
    expect(read('docs/rules.md')).toBe(ruleTable());
  });
});

describe('sample data', () => {
  it(`examples/data matches its generator (${hint})`, async () => {
    const { sampleData } = await import('../examples/data/sample-data.js');
    for (const [name, content] of Object.entries(sampleData())) expect(read(`examples/data/${name}`), name).toBe(content);
  });
});
