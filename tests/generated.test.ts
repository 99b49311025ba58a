import { readFileSync } from 'node:fs';
import { catalogJson, reportJsonSchema } from '@law-report/core';
import { describe, expect, it } from 'vitest';
import { catalogTable } from '../packages/core/scripts/catalog-table.js';
import { ruleTable } from '../packages/core/scripts/rule-table.js';
import { reportShapesSource } from '../packages/core/scripts/shape-source.js';
import { elementDocs, inPathOrder } from '../packages/elements/scripts/element-docs.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const hint = 'run `npm run generate` and commit the result';

describe('generated files', () => {
  it(`schema.json matches the zod schema (${hint})`, () => {
    expect(JSON.parse(read('packages/core/schema.json'))).toEqual(reportJsonSchema());
  });

  it(`the shapes the browser checks with match the zod schemas (${hint})`, async () => {
    expect(read('packages/core/src/schema/shape/report-shapes.ts')).toBe(await reportShapesSource());
  });

  it(`catalog.json matches the indicator catalog (${hint})`, () => {
    expect(JSON.parse(read('packages/core/catalog.json'))).toEqual(JSON.parse(JSON.stringify(catalogJson())));
  });

  it(`docs/rules.md matches the rule registry (${hint})`, () => {
    expect(read('docs/rules.md')).toBe(ruleTable());
  });

  it(`docs/catalog.md matches the indicator catalog (${hint})`, () => {
    expect(read('docs/catalog.md')).toBe(catalogTable());
  });

  it(`custom-elements.json matches the elements' doc comments (${hint})`, async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, relative } = await import('node:path');
    const { promisify } = await import('node:util');
    const out = mkdtempSync(join(tmpdir(), 'law-report-cem-'));
    const cwd = new URL('../packages/elements/', import.meta.url).pathname;
    const cem = new URL('../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url).pathname;
    await promisify(execFile)(process.execPath, [cem, 'analyze', '--outdir', relative(cwd, out)], { cwd });
    type Manifest = { modules: { path: string }[] };
    const generated = inPathOrder(JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest);
    const committed = JSON.parse(read('packages/elements/custom-elements.json')) as Manifest;
    // The files first: a short message when a module was added or left out.
    expect(generated.modules.map((m) => m.path)).toEqual(committed.modules.map((m) => m.path));
    expect(generated).toEqual(committed);
  });

  it(`docs/element-api.md matches custom-elements.json (${hint})`, () => {
    expect(read('docs/element-api.md')).toBe(elementDocs(JSON.parse(read('packages/elements/custom-elements.json'))));
  });
});

describe('sample data', () => {
  it(`examples/data matches its generator (${hint})`, async () => {
    const { sampleData } = await import('../examples/data/sample-data.js');
    for (const [name, content] of Object.entries(sampleData()))
      expect(read(`examples/data/${name}`), name).toBe(content);
  });
});
