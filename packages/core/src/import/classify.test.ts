import { describe, expect, it } from 'vitest';
import { createCatalog, defaultCatalog } from '../catalog/catalog.js';
import { classifyFact } from './classify.js';

describe('classifyFact', () => {
  it('reads an alias with brackets as the phrase is read: 村（居）法律顾问', () => {
    const catalog = createCatalog([
      {
        namespace: 'yourtown',
        indicators: [
          {
            name: 'villageLawyers',
            label: { 'zh-CN': '村（居）法律顾问', en: 'Village legal advisers' },
            units: ['人'],
            kind: 'count',
            aliases: ['村（居）法律顾问'],
          },
        ],
      },
    ]);
    expect(classifyFact('聘请村（居）法律顾问', '人', catalog)).toBe('x-yourtown.villageLawyers');
    expect(classifyFact('聘请村居法律顾问', '人', catalog)).toBe('x-yourtown.villageLawyers');
  });

  it('counts what is named after 中 (some among a whole), not the whole named before it', () => {
    expect(classifyFact('执法人员中法律专业人员', '名', defaultCatalog)).toBe('unclassified');
    expect(classifyFact('全县执法人员', '名', defaultCatalog)).toBe('enforcement.officers');
    expect(classifyFact('受理的行政复议案件中纠错', '件', defaultCatalog)).toBe('reconsideration.corrected');
    // A word that starts with 中 is no "among": 法律援助中心 still names legal aid.
    expect(classifyFact('法律援助中心办理法律援助案件', '件', defaultCatalog)).toBe('legalAid.cases');
    expect(classifyFact('法律援助中心', '件', defaultCatalog)).toBe('legalAid.cases');
  });

  it('counts a bare act written right before its noun as the act of that noun’s family', () => {
    const read = (phrase: string) => classifyFact(phrase, '件', defaultCatalog);
    // 办结投诉举报 closes complaints: none received (a county would count them twice).
    expect(read('办结投诉举报')).toBe('complaints.closed');
    expect(read('受理投诉举报')).toBe('complaints.received');
    expect(read('审结行政复议案件')).toBe('reconsideration.concluded');
    // The catalog counts no closed petitions: none of its keys, and never the received ones.
    expect(read('办结信访事项')).toBe('unclassified');
  });
});
