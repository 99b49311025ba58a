import { describe, expect, it } from 'vitest';
import { sameUnit } from './unit-key.js';

describe('sameUnit', () => {
  it('reads a signing body, spaces and full-width letters as the unit they name', () => {
    expect(sameUnit('北留镇人民政府', '北留镇')).toBe(true);
    expect(sameUnit('北 留 镇', '北留镇')).toBe(true);
    expect(sameUnit('ＡＢ开发区管委会', 'AB开发区管委会')).toBe(true);
  });

  it('reads both names under the report’s parent, and tells two units apart', () => {
    expect(sameUnit('阳城县司法局', '司法局', '阳城县')).toBe(true);
    expect(sameUnit('阳城县司法局', '司法局')).toBe(false);
    expect(sameUnit('北留镇', '柳林乡')).toBe(false);
  });
});
