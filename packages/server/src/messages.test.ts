import { createIssue } from '@law-report/core';
import { describe, expect, it } from 'vitest';
import { localeOfRequest, notReady } from './messages.js';

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

describe('localeOfRequest', () => {
  it('answers in the language the request prefers most of the two it has, by quality, zh-CN otherwise', () => {
    const asked = {
      none: undefined,
      empty: '',
      english: 'en-US,en;q=0.9',
      chinese: 'zh-CN,zh;q=0.9,en;q=0.8',
      frenchThenEnglish: 'fr, en;q=0.5',
      notEnglish: 'en;q=0',
      chineseWeighedHigher: 'en;q=0.3, zh;q=0.7',
      englishWeighedHigher: 'zh;q=0.3, en-GB;q=0.7',
      chineseTaiwan: 'zh-TW, en;q=0.5',
      anything: '*',
      nonsense: 'en;q=abc',
      upper: 'EN',
      firstOfEqual: 'en, zh',
      firstOfEqualChinese: 'zh, en',
    };
    expect(Object.fromEntries(Object.entries(asked).map(([name, header]) => [name, localeOfRequest(header)]))).toEqual({
      none: 'zh-CN',
      empty: 'zh-CN',
      english: 'en',
      chinese: 'zh-CN',
      frenchThenEnglish: 'en',
      notEnglish: 'zh-CN',
      chineseWeighedHigher: 'zh-CN',
      englishWeighedHigher: 'en',
      chineseTaiwan: 'zh-CN',
      anything: 'zh-CN',
      nonsense: 'zh-CN',
      upper: 'en',
      firstOfEqual: 'en',
      firstOfEqualChinese: 'zh-CN',
    });
  });
});
