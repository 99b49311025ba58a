import { describe, expect, it } from 'vitest';
import { BUILT_IN_ALIASES, BUILT_IN_NOT_BEFORE, BUILT_IN_NOT_RIGHT_BEFORE } from './aliases.js';
import { defaultCatalog } from './catalog.js';
import { classifyFact } from '../import/classify.js';

describe('the built-in aliases', () => {
  const keys = new Set(defaultCatalog.indicators.map((indicator) => indicator.key));

  it('are keyed by the catalog’s own indicator keys, so a renamed key cannot leave its aliases behind', () => {
    const tables = { BUILT_IN_ALIASES, BUILT_IN_NOT_BEFORE, BUILT_IN_NOT_RIGHT_BEFORE };
    const strays = Object.entries(tables).flatMap(([table, record]) =>
      Object.keys(record)
        .filter((key) => !keys.has(key))
        .map((key) => `${table}.${key}`),
    );
    expect(strays).toEqual([]);
  });

  it('give every built-in indicator at least one phrase to be found by', () => {
    expect([...keys].filter((key) => (BUILT_IN_ALIASES[key]?.length ?? 0) === 0)).toEqual([]);
  });

  it('name Inner Mongolia’s model 嘎查 as model villages, at each level', () => {
    const phrases = [
      '创建民主法治示范嘎查',
      '国家级民主法治示范嘎查',
      '自治区级民主法治示范嘎查',
      '市级示范嘎查',
      '旗级民主法治示范嘎查',
    ];
    expect(phrases.map((phrase) => classifyFact(phrase, '个', defaultCatalog))).toEqual([
      'modelVillages.total',
      'modelVillages.national',
      'modelVillages.provincial',
      'modelVillages.municipal',
      'modelVillages.county',
    ]);
  });
});
