import { describe, expect, it } from 'vitest';
import { classifySection } from './section-kinds.js';

describe('classifySection', () => {
  it('reads a top-level title that opens with any word of what comes next as the plans: 接下来 too', () => {
    expect(['下一步重点工作', '今后重点工作', '接下来的重点工作'].map((title) => classifySection(title))).toEqual([
      'plans',
      'plans',
      'plans',
    ]);
  });
});

describe('classifySection: a title as a person types it', () => {
  it('reads past the enumerator a title still opens with', () => {
    expect(classifySection('五、其他需要报告的情况', 'measures')).toBe('other');
    expect(classifySection('（二）存在的不足和原因', 'measures')).toBe('shortcomings');
    expect(classifySection('3.依法化解矛盾纠纷', 'measures')).toBe('measures');
    expect(classifySection('二〇二五年重点工作', undefined, 2024)).toBe('plans');
  });
});

describe('classifySection: plans headings', () => {
  it('reads 工作谋划, 下一步打算, 工作思路 and 工作展望 as plans', () => {
    for (const title of ['工作谋划', '下一步打算', '2025年工作思路', '工作展望'])
      expect(classifySection(title), title).toBe('plans');
  });
});
