import { describe, expect, it } from 'vitest';
import { partRows } from './table-totals.js';

describe('partRows', () => {
  it('makes every row but the total a part, wherever the total stands', () => {
    expect(partRows(['东村', '西村', '合计'])).toEqual([true, true, false]);
    expect(partRows(['全镇', '东村', '西村'])).toEqual([false, true, true]);
    expect(partRows(['全苏木', ' 嘎查一 '])).toEqual([false, true]);
  });

  it('makes no row a part in a table with no total', () => {
    expect(partRows(['法律咨询', '法律援助', undefined])).toEqual([false, false, false]);
  });
});
