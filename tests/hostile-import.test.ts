import { importReport, ReportSchema } from '@law-report/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileGenerators } from './bench/hostile.js';

// Speed is the bench's business (`npm run bench` prints the n → 4n ratios); these only ask
// that megabytes of hostile text never throw and always give a draft or a clear refusal.
function expectDraftOrRefusal(text: string): void {
  const { report, issues } = importReport(text);
  if (report === undefined) expect(issues.map((issue) => issue.code)).toEqual(['import_not_a_report']);
  else expect(ReportSchema.safeParse(report).success).toBe(true);
}

describe('importReport on hostile text', () => {
  it.each(hostileGenerators.map(([name, generate]) => [name, generate] as const))(
    'never throws on %s (1 MB)',
    (_name, generate) => {
      expectDraftOrRefusal(generate(1 << 20));
    },
  );

  it('never throws on large random mixes of report fragments', () => {
    const fragment = fc.constantFrom(
      '一、',
      '（一）',
      '1.',
      '全年',
      '累计',
      '截至12月底',
      '12件',
      '两场',
      '余',
      '、',
      '，',
      '。',
      '\n',
      '\n\n',
      '<p>',
      '&amp;',
      '&',
      '《',
      '》',
      '“',
      '#',
      '**',
      '---\n',
      '均为100%',
      '国家级',
      '省级1个',
      '力争',
      '北留镇人民政府',
      '2024年1月25日',
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 2000 }),
        (parts, times) => {
          expectDraftOrRefusal(parts.join('').repeat(times));
        },
      ),
      { numRuns: 25 },
    );
  });
});
