import { describe, expect, it } from 'vitest';
import { levelOf } from '../import/metadata.js';
import { unitOfBody } from './unit-names.js';

describe('unitOfBody', () => {
  it('gives the place a government, an office or a party committee signs for', () => {
    expect(['北留镇人民政府', '东湖街道办事处', '中共北留镇委员会', '乌兰旗人民政府', '井州市人民政府'].map(unitOfBody)).toEqual(['北留镇', '东湖街道', '北留镇', '乌兰旗', '井州市']);
  });

  it('keeps a department named …委员会 whole, and it is a department', () => {
    expect(unitOfBody('东山县卫生健康委员会')).toBe('东山县卫生健康委员会');
    expect(levelOf('东山县卫生健康委员会')).toBe('department');
  });
});
