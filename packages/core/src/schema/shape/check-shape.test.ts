import { inspect, isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { ExtensionCatalogSchema } from '../../catalog/indicator.js';
import { beiliuReport, makeMetric, makeReport, makeSection, seededRandom as random } from '../../testing/index.js';
import { DeadlineOverridesSchema } from '../../validate/deadline-overrides-schema.js';
import { ReportSchema } from '../report.js';
import { checkShape } from './check-shape.js';
import { deadlineOverridesNode, extensionCatalogNode, reportNode } from './report-shapes.js';
import type { ShapeNode } from './shape-node.js';

// The browser checks shapes with generated nodes instead of zod. Both must give the same
// answer on anything: these tests break valid inputs at random (seeded, so a failure
// reproduces) and compare every issue zod reports with the one the node reports.

class Thing {
  readonly name = '北留镇';
}

// Values a broken file, a careless script or an attacker could put anywhere.
const HOSTILE: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => '',
  () => '   ',
  () => ' 北留镇 ',
  () => 'x',
  () => '😀'.repeat(40),
  () => 'a'.repeat(65),
  () => '2023-02-29',
  () => '2024-02-29',
  () => '2024-13-01',
  () => '01-31',
  () => '02-30',
  () => 'x-jincheng.gridMembers',
  () => 'Bad Name',
  () => 'town',
  () => 'over',
  () => '1.0',
  () => 0,
  () => -0,
  () => -1,
  () => 1.5,
  () => 2023,
  () => 1e20,
  () => -1e20,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => true,
  () => [],
  () => [1, 'a'],
  () => ['😀😀'],
  () => ({}),
  () => ({ length: 0 }),
  () => ({ length: 'x' }),
  () => Object.create(null) as object,
  () => Object.create({ inherited: 1 }) as object,
  () => new Thing(),
  () => new Date(0),
  () => JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
  () => ({ zz: 1, 'x-y': [] }),
];

type Slot = { container: Record<PropertyKey, unknown> | unknown[]; key: string | number };

function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push({ container: value, key: index });
      slots(item, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      out.push({ container: value as Record<string, unknown>, key });
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

function objects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) objects(item, out);
  else if (typeof value === 'object' && value !== null) {
    out.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) objects(item, out);
  }
  return out;
}

// One to three random breakages of a copy of `valid`.
function broken(valid: unknown, next: () => number): unknown {
  const value: unknown = structuredClone(valid);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const times = 1 + Math.floor(next() * 3);
  for (let i = 0; i < times; i++) {
    const roll = next();
    if (roll < 0.1) {
      const target = pick(objects(value));
      if (target) target[pick(['extra', 'title', 'zh-CN', 'submit', '__proto__', 'constructor'])] = pick(HOSTILE)();
      continue;
    }
    const candidates = slots(value);
    if (candidates.length === 0) return pick(HOSTILE)();
    const { container, key } = pick(candidates);
    if (roll < 0.25 && !Array.isArray(container)) delete container[key];
    else (container as Record<PropertyKey, unknown>)[key] = pick(HOSTILE)();
  }
  return value;
}

// What validation reads of an issue, with its input.
function projected(issues: readonly object[]): unknown[] {
  return issues.map((issue) => {
    const { code, path, input, expected, keys, values, format, origin, inclusive, minimum, maximum, params } =
      issue as Record<string, unknown>;
    return { code, path, input, expected, keys, values, format, origin, inclusive, minimum, maximum, params };
  });
}

function compare(node: ShapeNode, schema: z.ZodMiniType, input: unknown): void {
  const expected = schema.safeParse(input, { reportInput: true });
  const actual = checkShape(node, input);
  expect(actual.success).toBe(expected.success);
  // node:util's deep equality: vitest's strict equality compares `constructor` properties,
  // and an input may carry its own (`{ constructor: NaN }` never equals itself there).
  if (expected.success) {
    expect(
      isDeepStrictEqual(actual.data, expected.data),
      inspect({ input, actual: actual.data, expected: expected.data }, { depth: 8 }),
    ).toBe(true);
    expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
  } else {
    const [mine, zods] = [projected(actual.error?.issues ?? []), projected(expected.error.issues)];
    expect(isDeepStrictEqual(mine, zods), inspect({ input, actual: mine, expected: zods }, { depth: 8 })).toBe(true);
  }
}

const deepReport = () => {
  let section = makeSection('measures', { title: '最深' });
  for (let depth = 0; depth < 12; depth++)
    section = makeSection('measures', { title: `第${depth}层`, sections: [section] });
  return makeReport({
    sections: [section],
    metrics: [
      makeMetric('legalServices.consultations', 20000, {
        unit: '人次',
        qualifier: 'over',
        source: { start: 1, end: 3, quote: '两万余人次' },
      }),
    ],
  });
};

const VALID_CATALOG = {
  namespace: 'jincheng',
  version: '1',
  label: { 'zh-CN': '晋城', en: 'Jincheng' },
  indicators: [
    {
      name: 'gridMembers',
      label: { 'zh-CN': '网格员', en: 'Grid workers' },
      units: ['名'],
      kind: 'count',
      quantity: 'people',
    },
    {
      name: 'rate',
      section: 'measures',
      label: { 'zh-CN': '率', en: 'Rate' },
      units: ['%'],
      kind: 'rate',
      numerator: 'a',
      denominator: 'b',
      parts: ['c'],
    },
  ],
};

describe('checkShape against zod', () => {
  it('gives the same report zod gives for valid reports, strings trimmed', () => {
    for (const report of [
      beiliuReport(),
      makeReport(),
      deepReport(),
      { ...makeReport(), title: '  北留镇报告  ', extensions: { jincheng: { a: 1 } } },
    ]) {
      compare(reportNode, ReportSchema, report);
    }
  });

  it('reports the same issues as zod on 4,000 broken reports', () => {
    const next = random(20261130);
    const valid = [
      beiliuReport(),
      deepReport(),
      { ...makeReport(), submittedOn: '2024-01-20', confidentialityReviewed: true, extensions: { jincheng: {} } },
    ];
    for (let i = 0; i < 4000; i++) compare(reportNode, ReportSchema, broken(valid[i % valid.length], next));
  }, 60_000); // 4,000 comparisons: seconds on a busy CI machine, never a measure of speed.

  it('reports the same issues as zod on 1,500 broken deadline configurations', () => {
    const next = random(31);
    const valid = {
      submit: { town: '01-31', county: '02-29', department: '03-01' },
      publish: '04-01',
      firstReportYearOfCurrentRule: 2019,
    };
    compare(deadlineOverridesNode, DeadlineOverridesSchema, valid);
    for (let i = 0; i < 1500; i++) compare(deadlineOverridesNode, DeadlineOverridesSchema, broken(valid, next));
  });

  it('reports the same issues as zod on 1,500 broken extension catalogs', () => {
    const next = random(7);
    compare(extensionCatalogNode, ExtensionCatalogSchema, VALID_CATALOG);
    for (let i = 0; i < 1500; i++) compare(extensionCatalogNode, ExtensionCatalogSchema, broken(VALID_CATALOG, next));
  });

  it('agrees on every hostile value, given as the whole input or as each kind of field', () => {
    for (const make of HOSTILE) {
      compare(reportNode, ReportSchema, make());
      for (const field of ['extensions', 'unit', 'sections', 'metrics', 'year', 'title', 'issuedOn'])
        compare(reportNode, ReportSchema, { ...makeReport(), [field]: make() });
      compare(reportNode, ReportSchema, makeReport({ metrics: [make() as never], sections: [make() as never] }));
      compare(deadlineOverridesNode, DeadlineOverridesSchema, make());
      compare(extensionCatalogNode, ExtensionCatalogSchema, make());
    }
  });

  it('counts lengths in code points, as zod does', () => {
    const metric = makeMetric('disputes.handled', 22, { unit: '😀'.repeat(16) });
    expect(checkShape(reportNode, makeReport({ metrics: [metric] })).success).toBe(true);
    const long = checkShape(reportNode, makeReport({ metrics: [{ ...metric, unit: '😀'.repeat(17) }] }));
    expect(long.error?.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['too_big', 'metrics.0.unit'],
    ]);
  });
});
