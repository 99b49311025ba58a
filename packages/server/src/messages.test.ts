import { createIssue } from '@law-report/core';
import { describe, expect, it } from 'vitest';
import { notReady } from './messages.js';

describe('notReady', () => {
  const missing = createIssue('confidentiality_review_missing', 'error', ['confidentialityReviewed'], 'zh-CN');
  const placeholder = createIssue('placeholder_text', 'error', ['issuer'], 'zh-CN', { field: '落款单位', text: 'XX' });

  it('says 保密审查 not marked done as the reviewer’s to confirm in the step, beside the unit’s own problems', () => {
    const said = notReady('zh-CN', '备案', [placeholder, missing], 'confidentiality_review_missing');
    expect(said).toMatch(/^还不能备案：落款单位中还留着模板的占位符“XX”/);
    expect(said).toContain('报告中没有注明已完成保密审查：县里审核人可以在这里确认');
    expect(said).not.toContain('公开前须完成保密审查，并注明');
  });

  it('says it in English too', () => {
    const english = createIssue('confidentiality_review_missing', 'error', ['confidentialityReviewed'], 'en');
    expect(notReady('en', 'file', [english], 'confidentiality_review_missing')).toMatch(
      /^Cannot file yet: The report does not say the confidentiality review \(保密审查\) is done: the county reviewer can confirm it here/,
    );
  });

  it('lists core’s message where the step takes no confirmation', () => {
    expect(notReady('zh-CN', '公开', [missing])).toBe('还不能公开：公开前须完成保密审查，并注明“已完成保密审查”。');
  });
});
