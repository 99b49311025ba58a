import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog.js';
import { indicatorLabel } from './indicator-label.js';

describe('indicatorLabel', () => {
  const result = {
    labels: { 'x-longquan.gridMembers': { label: { 'zh-CN': '专职网格员', en: 'Grid workers' }, unit: '名' } },
  };

  it('names an indicator by the catalog, else by the labels the aggregate carries', () => {
    expect(indicatorLabel('disputes.handled', defaultCatalog, result, 'zh-CN')).toBe(
      defaultCatalog.get('disputes.handled')?.label['zh-CN'],
    );
    expect(indicatorLabel('x-longquan.gridMembers', defaultCatalog, result, 'en')).toBe('Grid workers');
  });

  it('knows no name for an indicator neither knows', () => {
    expect(indicatorLabel('x-other.rooms', defaultCatalog, result, 'zh-CN')).toBeUndefined();
    expect(indicatorLabel('x-longquan.gridMembers', defaultCatalog, {}, 'zh-CN')).toBeUndefined();
  });
});
