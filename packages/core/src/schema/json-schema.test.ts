import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../catalog/catalog.js';
import { beiliuReport, makeMetric, makeReport } from '../testing/index.js';
import { reportJsonSchema } from './json-schema.js';

const committed: unknown = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8'));

// Ajv as another town would use it: 2020-12, strict as it is by default, with ajv-formats; no
// keyword registered for our sake.
function compile(schema: unknown, options: { strict?: boolean } = {}) {
  const ajv = new Ajv2020({ allErrors: true, ...options });
  addFormats(ajv);
  if (typeof schema !== 'object' || schema === null) throw new TypeError('not a schema');
  return ajv.compile(schema);
}

// The town of docs/extending.md, with its two indicators.
const town = createCatalog([
  {
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
  },
]);
const withFigure = (indicator: string, value: number, unit: string) =>
  makeReport({ metrics: [makeMetric(indicator, value, { unit })] });

describe('reportJsonSchema', () => {
  it('matches the committed schema.json (run `npm run generate -w @law-report/core` after a model change)', () => {
    expect(reportJsonSchema()).toEqual(committed);
  });

  it('compiles, as committed, in default strict Ajv 2020 with ajv-formats and accepts the 北留镇 report', () => {
    const validate = compile(committed);
    expect(validate(beiliuReport()), JSON.stringify(validate.errors)).toBe(true);
    // `strict: true` adds the type and required checks that default Ajv only logs.
    expect(() => compile(committed, { strict: true })).not.toThrow();
  });

  it('rejects what the zod schema rejects: unknown fields, bad enums, bad dates', () => {
    const validate = compile(reportJsonSchema());
    expect(validate({ ...makeReport(), extra: 1 })).toBe(false);
    expect(validate({ ...makeReport(), unit: { name: '示例镇', level: 'village' } })).toBe(false);
    expect(validate({ ...makeReport(), issuedOn: '2024-02-30' })).toBe(false);
  });

  it('carries Chinese and English labels in title and description', () => {
    const schema = reportJsonSchema() as { properties: Record<string, { title?: string; description?: string }> };
    expect(schema.properties['issuer']).toMatchObject({ title: '落款单位 / Issuing body' });
    expect(schema.properties['year']?.description).toMatch(/^.*[\u4e00-\u9fff].* \/ .*reported on/);
    // No keyword of our own: strict validators refuse unknown keywords.
    expect(JSON.stringify(schema)).not.toMatch(/"x-[^"]*":/);
  });
});

describe('reportJsonSchema({ catalog })', () => {
  const validate = compile(reportJsonSchema({ catalog: town }), { strict: true });

  it('compiles in strict Ajv and accepts the 北留镇 report and the town’s own figures', () => {
    expect(validate(beiliuReport()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withFigure('x-yourtown.gridEvents', 120, '件')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withFigure('unclassified', -3, '%'))).toBe(true);
  });

  it('has an $id of its own, named after the town’s namespace', () => {
    expect(reportJsonSchema({ catalog: town })['$id']).toBe(
      'https://law-report.github.io/schema/report-1.0-x-yourtown.json',
    );
  });

  it('refuses a typo in an extension key or a catalog key', () => {
    expect(validate(withFigure('x-yourtown.gridEvent', 120, '件'))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/metrics/0/indicator', keyword: 'enum' }),
    );
    expect(validate(withFigure('disputes.handeld', 12, '件'))).toBe(false);
  });

  it('refuses a unit the indicator is not written in', () => {
    expect(validate(withFigure('x-yourtown.gridEvents', 120, '人'))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/metrics/0/unit', keyword: 'enum' }),
    );
    expect(validate(withFigure('disputes.successRate', 98, '件'))).toBe(false);
  });

  it('refuses a negative count or amount, a rate above 100 and a fraction of whole things', () => {
    expect(validate(withFigure('x-yourtown.villageLawyers', -15, '人'))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/metrics/0/value', keyword: 'minimum' }),
    );
    expect(validate(withFigure('funding.amount', -50, '万元'))).toBe(false);
    expect(validate(withFigure('unclassified', -3, '场'))).toBe(false);
    expect(validate(withFigure('disputes.successRate', 120, '%'))).toBe(false);
    expect(validate(withFigure('publicity.events', 2.5, '场'))).toBe(false);
    expect(validate(withFigure('funding.amount', 0.5, '万元'))).toBe(true);
  });

  it('refuses a figure beyond what any unit could write in its word, as value-limits does', () => {
    expect(validate(withFigure('publicity.events', 1e7, '场'))).toBe(true);
    expect(validate(withFigure('publicity.events', 2e7, '场'))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/metrics/0/value', keyword: 'maximum' }),
    );
    expect(validate(withFigure('unclassified', -2e12, '公顷'))).toBe(false);
    expect(validate(withFigure('unclassified', 3.2, '公顷'))).toBe(true);
  });

  it('leaves the published schema as it is without a catalog', () => {
    const plain = compile(reportJsonSchema());
    expect(plain(withFigure('x-yourtown.gridEvent', -120, '人'))).toBe(true);
  });
});
