import { describe, expect, it } from 'vitest';
import { cleanLabel } from './fact-labels.js';

describe('cleanLabel', () => {
  it('drops the words that only lead up to the number: 共计, 达, 仅, 只有', () => {
    expect(cleanLabel('罚款金额共计')).toBe('罚款金额');
    expect(cleanLabel('全乡专职法治人员仅')).toBe('全乡专职法治人员');
    expect(cleanLabel('局机关取得法律职业资格的人员只有')).toBe('局机关取得法律职业资格的人员');
  });
});
