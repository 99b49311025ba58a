import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { beiliuReport, makeReport } from '../testing/index.js';
import { reportJsonSchema } from './json-schema.js';

const committed: unknown = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8'));

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  ajv.addKeyword('x-zh-CN');
  return ajv.compile(reportJsonSchema());
}

describe('reportJsonSchema', () => {
  it('matches the committed schema.json (run `npm run generate -w @law-report/core` after a model change)', () => {
    expect(reportJsonSchema()).toEqual(committed);
  });

  it('is valid JSON Schema 2020-12 that accepts the 北留镇 report', () => {
    const validate = compile();
    expect(validate(beiliuReport()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the zod schema rejects: unknown fields, bad enums, bad dates', () => {
    const validate = compile();
    expect(validate({ ...makeReport(), extra: 1 })).toBe(false);
    expect(validate({ ...makeReport(), unit: { name: '示例镇', level: 'village' } })).toBe(false);
    expect(validate({ ...makeReport(), issuedOn: '2024-02-30' })).toBe(false);
  });

  it('carries Chinese and English labels', () => {
    const schema = reportJsonSchema() as { properties: Record<string, { title?: string; 'x-zh-CN'?: { title: string } }> };
    expect(schema.properties['issuer']).toMatchObject({ title: 'Issuing body', 'x-zh-CN': { title: '落款单位' } });
  });
});
