import { describe, expect, it } from 'vitest';
import { countsBodies } from './counted-nouns.js';

describe('countsBodies', () => {
  it('sees bodies and places before the figure or right after its measure word', () => {
    expect(countsBodies('全区共有人民调解委员会', undefined)).toBe(true);
    expect(countsBodies('建成村（社区）公共法律服务工作室', undefined)).toBe(true);
    expect(countsBodies('全州', '县市全部建立合法性审查机制')).toBe(true);
    expect(countsBodies('全乡', '村均建立人民调解委员会')).toBe(true);
    expect(countsBodies('全镇14个村中仍有', '村未配齐专职人民调解员')).toBe(true);
  });

  it('sees no body in a count of what bodies do', () => {
    expect(countsBodies('人民调解委员会调解纠纷', undefined)).toBe(false);
    expect(countsBodies('受理', '行政复议案件')).toBe(false);
    expect(countsBodies('调解村民纠纷', undefined)).toBe(false);
    expect(countsBodies('开展送法进村活动', undefined)).toBe(false);
  });

  it('sees bodies named after a count of places, where the noun ends in one', () => {
    expect(countsBodies('全县', '人民调解委员会全年', '个')).toBe(true);
    expect(countsBodies('全县', '行政执法单位全部公示', '个')).toBe(true);
    // Not in a word that counts other things, nor where the body is another noun's attribute.
    expect(countsBodies('调解', '人民调解委员会受理', '件')).toBe(false);
    expect(countsBodies('办理', '涉企业案件', '个')).toBe(false);
    expect(countsBodies('化解', '村的矛盾纠纷', '个')).toBe(true);
    expect(countsBodies('化解', '行政村的矛盾纠纷', '个')).toBe(false);
  });
});
