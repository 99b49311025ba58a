import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beiliuReport, makeReport, makeSection } from '../testing/index.js';
import { fieldMeta } from './field-meta.js';
import { parseReport } from './report-parser.js';
import { ReportSchema } from './report.js';
import { SectionSchema, type Section } from './section.js';

function nest(depth: number): Section {
  let section = makeSection('measures', { id: `d${depth}` });
  for (let level = depth - 1; level >= 1; level--)
    section = makeSection('measures', { id: `d${level}`, sections: [section] });
  return section;
}

describe('ReportSchema', () => {
  it('accepts the hand-checked 北留镇 report', () => {
    expect(ReportSchema.safeParse(beiliuReport()).success).toBe(true);
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    const result = ReportSchema.safeParse({ ...makeReport(), issueDate: '2024-01-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['issueDate'] });
  });

  it('keeps extension data as it is, under lower-case namespaces only', () => {
    const data = { gridMembers: 42 };
    const parsed = ReportSchema.parse({ ...makeReport(), extensions: { jincheng: data } });
    expect(parsed.extensions).toEqual({ jincheng: data });
    expect(ReportSchema.safeParse({ ...makeReport(), extensions: { Bad_Name: 1 } }).success).toBe(false);
  });

  it('neither crashes nor pollutes prototypes on __proto__ keys', () => {
    const hostile: unknown = JSON.parse(
      '{"__proto__":{"polluted":true},"extensions":{"__proto__":{"polluted":true}},"unit":{"__proto__":{"polluted":true}}}',
    );
    expect(ReportSchema.safeParse(hostile).success).toBe(false);
    const extensions: unknown = JSON.parse('{"__proto__":{"polluted":true}}');
    const parsed = ReportSchema.parse({ ...makeReport(), extensions });
    expect(Object.keys(parsed.extensions ?? {})).toEqual([]);
    expect((parsed.extensions as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('checks administrative division codes of 6, 9 or 12 digits', () => {
    const withCode = (code: string) =>
      ReportSchema.safeParse(makeReport({ unit: { name: '北留镇', level: 'town', code } })).success;
    expect(['140522', '140522100', '140522100001'].map(withCode)).toEqual([true, true, true]);
    expect(['14052', '1405221', '14052210000x'].map(withCode)).toEqual([false, false, false]);
  });

  it('labels every field of the model in both locales', () => {
    const shape = ReportSchema.def.shape;
    for (const [key, schema] of Object.entries(shape)) {
      const inner = 'innerType' in schema.def ? schema.def.innerType : schema;
      const meta = fieldMeta.get(inner as never) ?? fieldMeta.get(schema as never);
      expect(meta?.label['zh-CN'], key).toBeTruthy();
      expect(meta?.label.en, key).toBeTruthy();
    }
  });
});

describe('parseReport', () => {
  it('gives the same data as ReportSchema for valid reports', () => {
    const report = beiliuReport();
    expect(parseReport(report)).toEqual(ReportSchema.safeParse(report));
  });

  it('accepts sections nested deeper than its compiled fast path', () => {
    const report = makeReport({ sections: [...makeReport().sections, nest(12)] });
    expect(parseReport(report).success).toBe(true);
  });

  it('reports the same issues as ReportSchema for invalid input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const fast = parseReport(input);
        const slow = ReportSchema.safeParse(input);
        expect(fast.success).toBe(slow.success);
        expect(fast.error?.issues.map((i) => i.code)).toEqual(slow.error?.issues.map((i) => i.code));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects the same mutated reports as ReportSchema', () => {
    const base = makeReport({ sections: [nest(3)] });
    fc.assert(
      fc.property(
        fc.constantFrom('title', 'year', 'issuedOn', 'sections', 'metrics', 'unit'),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant([])),
        (key, value) => {
          const input = { ...base, [key]: value };
          expect(parseReport(input).success).toBe(ReportSchema.safeParse(input).success);
        },
      ),
    );
  });
});

describe('SectionSchema', () => {
  it('nests sub-sections to any depth', () => {
    expect(SectionSchema.safeParse(nest(20)).success).toBe(true);
  });
});
