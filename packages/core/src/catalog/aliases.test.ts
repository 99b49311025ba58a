import { describe, expect, it } from 'vitest';
import { BUILT_IN_ALIASES, BUILT_IN_NOT_BEFORE, BUILT_IN_NOT_RIGHT_BEFORE, BUILT_IN_NOT_WITH } from './aliases.js';
import { defaultCatalog } from './catalog.js';
import { classifyFact } from '../import/classify.js';

describe('the built-in aliases', () => {
  const keys = new Set(defaultCatalog.indicators.map((indicator) => indicator.key));

  it('are keyed by the catalog’s own indicator keys, so a renamed key cannot leave its aliases behind', () => {
    const tables = { BUILT_IN_ALIASES, BUILT_IN_NOT_BEFORE, BUILT_IN_NOT_RIGHT_BEFORE, BUILT_IN_NOT_WITH };
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

  it('name a district’s (区级) model villages and communities at the county level, and 自治区级 still at the province’s', () => {
    const phrases = ['区级民主法治示范社区', '区级示范村', '自治区级民主法治示范村'];
    expect(phrases.map((phrase) => classifyFact(phrase, '个', defaultCatalog))).toEqual([
      'modelVillages.county',
      'modelVillages.county',
      'modelVillages.provincial',
    ]);
  });

  it('bar an alias where the word right before it makes it another thing', () => {
    const read = (phrase: string, unit: string) => classifyFact(phrase, unit, defaultCatalog);
    // 特种设备案件 are cases about equipment (设备), not documents filed (备案).
    expect(read('特种设备案件', '件')).toBe('unclassified');
    expect(read('行政规范性文件备案', '件')).toBe('normativeDocs.filed');
    // 化解信访积案 resolves old petitions: none received.
    expect(read('化解信访积案', '件')).toBe('unclassified');
    expect(read('受理群众信访事项', '件')).toBe('petitions.received');
    // 尚未取得执法证 are officers without a certificate.
    expect(read('执法人员尚未取得执法证', '名')).toBe('unclassified');
    expect(read('执法人员中无执法证', '名')).toBe('unclassified');
    expect(read('持有执法证', '名')).toBe('enforcement.certified');
  });

  it('bar 办结率 where 按期, 按时, 及时 or 限时 right before it makes it the share closed on time, no closing rate', () => {
    const read = (phrase: string) => classifyFact(phrase, '%', defaultCatalog);
    // 办结率 is 办结 ÷ 受理: 6,795 of 6,842 closed is 99.3%, whatever share of them was closed in time (96.8%).
    expect(['按期办结率', '二是投诉举报按期办结率', '一是力争12345诉求按期办结率', '按时办结率'].map(read)).toEqual([
      'unclassified',
      'unclassified',
      'unclassified',
      'unclassified',
    ]);
    expect(['及时办结率', '限时办结率', '按期办理率', '按时办理率'].map(read)).toEqual([
      'unclassified',
      'unclassified',
      'unclassified',
      'unclassified',
    ]);
    // After a count of another family (信访) it is no rate of that family either.
    expect(classifyFact('按期办结率', '%', defaultCatalog, 'petitions.received', 'petitions.received')).toBe(
      'unclassified',
    );
    // The closing rate itself, however its subject is named, still is.
    expect(['办结率', '群众诉求办结率', '12345热线办结率'].map(read)).toEqual([
      'complaints.closedRate',
      'complaints.closedRate',
      'complaints.closedRate',
    ]);
  });

  it('bar 办结 where 按期 or 按时 right before it makes the count of those closed in time, a part of the closed', () => {
    const read = (phrase: string) => classifyFact(phrase, '件', defaultCatalog);
    expect(['按期办结', '投诉举报按时办结'].map(read)).toEqual(['unclassified', 'unclassified']);
    // Closed, however promptly it is said they were, still counts as closed.
    expect(['办结', '办结群众诉求', '及时办结'].map(read)).toEqual([
      'complaints.closed',
      'complaints.closed',
      'complaints.closed',
    ]);
  });

  it('bar an alias where the phrase names someone else as what it is done to', () => {
    const read = (phrase: string, unit: string) => classifyFact(phrase, unit, defaultCatalog);
    // The builders' managers or a clinic's staff trained are no enforcement training.
    expect(read('培训建筑企业管理人员', '人次')).toBe('unclassified');
    expect(read('组织定点医药机构工作人员培训', '场')).toBe('unclassified');
    // Officers trained with them still are.
    expect(read('组织执法人员和企业安全管理人员培训', '期')).toBe('training.sessions');
    expect(read('组织业务培训', '期')).toBe('training.sessions');
  });
});
