import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { formatParts } from './report-text.js';

describe('formatParts', () => {
  it('fills placeholders with text and markup, one string when nothing is markup', () => {
    expect(formatParts('{unit}（逾期 {days} 天）', { unit: '北留镇', days: 3 })).toBe('北留镇（逾期 3 天）');
    const unit = html`<span lang="zh-CN">北留镇</span>`;
    expect(formatParts('{unit} ({days} late)', { unit, days: 3 })).toEqual(['', unit, ' (', 3, ' late)']);
  });

  it('says the word for the number, as core’s formatMessage does, never the template (11 {days|day|days} late)', () => {
    const unit = html`<span lang="zh-CN">石门镇</span>`;
    expect(formatParts('{unit} ({days} {days|day|days} late)', { unit, days: 11 })).toEqual([
      '',
      unit,
      ' (',
      11,
      ' ',
      'days',
      ' late)',
    ]);
    expect(formatParts('{days} {days|day|days} late', { days: 1 })).toBe('1 day late');
    // A name not given is left as written.
    expect(formatParts('{n} {n|unit|units}', {})).toBe('{n} {n|unit|units}');
  });
});
