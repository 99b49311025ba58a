import { describe, expect, it } from 'vitest';
import { createCatalog, defaultCatalog } from './catalog.js';
import { searchIndicators } from './search.js';

const keys = (query: string, limit?: number) =>
  searchIndicators(defaultCatalog, query, limit === undefined ? {} : { limit }).map((match) => match.indicator.key);

describe('searchIndicators', () => {
  it('finds an indicator by its Chinese label, its English label or its key', () => {
    const mediated = defaultCatalog.get('disputes.mediated');
    expect(mediated).toBeDefined();
    expect(keys(mediated?.label['zh-CN'] ?? '')[0]).toBe('disputes.mediated');
    expect(keys(mediated?.label.en.toUpperCase() ?? '')[0]).toBe('disputes.mediated');
    expect(keys('disputes.mediated')[0]).toBe('disputes.mediated');
  });

  it('finds an indicator by an alias the importer knows, with the alias it matched', () => {
    const [first] = searchIndicators(defaultCatalog, '调处');
    expect(first).toMatchObject({ via: 'alias', matched: '调处' });
    expect(first?.indicator.key).toBe('disputes.mediated');
    expect(keys('法律明白人')).toContain('publicity.legalLiterates');
  });

  it('finds the names inside a phrase, longer names first', () => {
    expect(keys('今年调解成功率很高')[0]).toBe('disputes.successRate');
    const catalog = createCatalog([
      {
        namespace: 'town',
        indicators: [
          {
            name: 'training',
            label: { 'zh-CN': '各类学习', en: 'Training' },
            units: ['次'],
            kind: 'count',
            aliases: ['培训'],
          },
          {
            name: 'online',
            label: { 'zh-CN': '网上学习', en: 'Online' },
            units: ['次'],
            kind: 'count',
            aliases: ['线上培训'],
          },
        ],
      },
    ]);
    const found = searchIndicators(catalog, '组织线上培训').filter((match) =>
      match.indicator.key.startsWith('x-town.'),
    );
    expect(found.map((match) => match.matched)).toEqual(['线上培训', '培训']);
  });

  it('ignores spaces, case and full-width characters, and finds nothing for nothing', () => {
    expect(keys(' 调 处 ')[0]).toBe('disputes.mediated');
    expect(keys('ＤＩＳＰＵＴＥＳ.ＭＥＤＩＡＴＥＤ')[0]).toBe('disputes.mediated');
    expect(keys('')).toEqual([]);
    expect(keys('   ')).toEqual([]);
    expect(keys('调解', 0)).toEqual([]);
    expect(keys('调解', 2)).toHaveLength(2);
  });

  it('searches extension indicators by their own aliases', () => {
    const catalog = createCatalog([
      {
        namespace: 'town',
        indicators: [
          {
            name: 'grid',
            label: { 'zh-CN': '网格员', en: 'Grid workers' },
            units: ['名'],
            kind: 'count',
            aliases: ['网格化管理员'],
          },
        ],
      },
    ]);
    expect(searchIndicators(catalog, '网格化管理')[0]).toMatchObject({ via: 'alias', matched: '网格化管理员' });
  });

  it('stays quick and quiet on a pasted megabyte', () => {
    expect(() => searchIndicators(defaultCatalog, '调'.repeat(1_000_000))).not.toThrow();
  });
});
