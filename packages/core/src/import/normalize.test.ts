import { describe, expect, it } from 'vitest';
import { importDraft } from '../testing/index.js';
import { MappedText } from './mapped-text.js';
import { normalizeCharacters } from './normalize.js';

const normal = (text: string) => normalizeCharacters(MappedText.of(text));

describe('normalizeCharacters', () => {
  it('drops a thin space that groups the thousands of a number (38 615人, 1 260人), keeping each digit’s offset', () => {
    const text = '覆盖学生38\u2009615人，参赛1\u202f260人，共12\u2009345\u2009678元。';
    const out = normal(text);
    expect(out.text).toBe('覆盖学生38615人，参赛1260人，共12345678元。');
    expect(text[out.origin[out.text.indexOf('615')] ?? 0]).toBe('6');
    const { report } = importDraft(`示例县教育局2024年法治政府建设情况报告\n一、主要举措和成效\n${text}\n`);
    expect(report.metrics.map((metric) => [metric.value, metric.unit])).toEqual([
      [38615, '人'],
      [1260, '人'],
      [12345678, '元'],
    ]);
  });

  it('keeps a thin space that groups no thousands: before two or four digits, or between words', () => {
    expect(normal('第1\u200912项').text).toBe('第1\u200912项');
    expect(normal('2024\u20091234').text).toBe('2024\u20091234');
    expect(normal('法治\u2009政府').text).toBe('法治\u2009政府');
  });
});
