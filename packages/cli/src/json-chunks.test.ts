import { beiliuReport, makeMetric, makeReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from './json-chunks.js';

describe('jsonChunks', () => {
  it('writes what JSON.stringify writes, indented or on one line', () => {
    const report = { ...beiliuReport(), nothing: undefined, when: new Date(0), list: [undefined, 1, {}], empty: [] };
    expect([...jsonChunks(report)].join('')).toBe(JSON.stringify(report, null, 2));
    expect([...jsonChunks(report, 0)].join('')).toBe(JSON.stringify(report));
  });

  it('writes a report larger than the longest string JavaScript can hold, a piece at a time', () => {
    // 600 figures sharing one 1 MB sentence: little memory, but over 600 MB of JSON (a string holds 512 MB at most).
    const sentence = '全年办理行政复议案件1件。'.repeat(80_000);
    const metric = makeMetric('reconsideration.received', 1, { source: { quote: sentence, start: 0, end: 1 } });
    const report = makeReport({ metrics: Array.from({ length: 600 }, () => metric) });
    let length = 0;
    let longest = 0;
    for (const chunk of jsonChunks(report)) {
      length += chunk.length;
      longest = Math.max(longest, chunk.length);
    }
    expect(length).toBeGreaterThan(2 ** 29);
    expect(longest).toBeLessThan(2 ** 22);
  });
});
