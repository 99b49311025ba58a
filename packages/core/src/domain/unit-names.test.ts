import { describe, expect, it } from 'vitest';
import { importDraft } from '../testing/index.js';
import { levelOf, splitParent } from '../import/metadata.js';
import { placeEndings, placeLevelOf, unitOfBody } from './unit-names.js';

describe('unitOfBody', () => {
  it('gives the place a government, an office or a party committee signs for', () => {
    expect(
      ['北留镇人民政府', '东湖街道办事处', '中共北留镇委员会', '乌兰旗人民政府', '井州市人民政府'].map(unitOfBody),
    ).toEqual(['北留镇', '东湖街道', '北留镇', '乌兰旗', '井州市']);
  });

  it('keeps a department named …委员会 whole, and it is a department', () => {
    expect(unitOfBody('东山县卫生健康委员会')).toBe('东山县卫生健康委员会');
    expect(levelOf('东山县卫生健康委员会')).toBe('department');
  });
});

describe('place endings', () => {
  it('give every level its places, 苏木, 州 and 盟 too', () => {
    expect(
      [
        '巴彦苏木',
        '东湖街道',
        '乌兰旗',
        '城东区',
        '湘江土家族苗族自治州',
        '锡林郭勒盟',
        '广西壮族自治区',
        '山西省',
      ].map(placeLevelOf),
    ).toEqual(['town', 'town', 'county', 'county', 'city', 'city', 'province', 'province']);
    expect(placeLevelOf('江州市生态环境局')).toBeUndefined();
    expect(placeEndings('town')).toBe('街道|苏木|镇|乡');
  });

  it('split a 苏木 from its 旗 and a town from its 州, as a 镇 from its 县', () => {
    expect(splitParent('乌兰旗巴彦苏木')).toEqual({ name: '巴彦苏木', parent: '乌兰旗' });
    expect(splitParent('湘西州龙山镇')).toEqual({ name: '龙山镇', parent: '湘西州' });
    expect(splitParent('阳城县北留镇')).toEqual({ name: '北留镇', parent: '阳城县' });
  });

  it('name the government of a 苏木 or a 盟 as the issuer when the report has no 落款', () => {
    const issuer = (title: string) => importDraft(`${title}\n一、主要举措和成效\n全年开展普法活动3场。`).report.issuer;
    expect([issuer('巴彦苏木2023年法治政府建设工作报告'), issuer('锡林郭勒盟2023年法治政府建设情况报告')]).toEqual([
      '巴彦苏木人民政府',
      '锡林郭勒盟人民政府',
    ]);
  });
});
