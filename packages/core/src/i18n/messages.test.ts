import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { importEn } from './import.en.js';
import { importIssueMessages } from './import-messages.js';
import { importZhCN } from './import.zh-CN.js';
import { formatMessage, templatePieces } from './messages.js';
import { issueMessages, ruleMessages } from './rule-messages.js';
import { zhCN } from './zh-CN.js';
import { elementStringsEn } from './elements.en.js';
import { elementStringsZhCN } from './elements.zh-CN.js';
import { yearsMessages } from './years-messages.js';
import { aggregateMessages } from './aggregate-messages.js';
import { makeReport } from '../testing/index.js';
import { validateReport } from '../validate/validate-report.js';

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]))].sort();
// Every string of a nested table, by its dotted key.
const leaves = (table: object, prefix = ''): [string, string][] =>
  Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );

describe('messages', () => {
  it('has every issue message in both locales with the same placeholders', () => {
    expect(Object.keys(en.issues).sort()).toEqual(Object.keys(zhCN.issues).sort());
    for (const [code, template] of Object.entries(zhCN.issues)) {
      expect(placeholders(en.issues[code as keyof typeof en.issues]), code).toEqual(placeholders(template));
    }
  });

  it('has every rule message in both locales with the same placeholders', () => {
    const [chinese, english] = [ruleMessages['zh-CN'].issues, ruleMessages.en.issues];
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
    for (const [code, template] of Object.entries(chinese))
      expect(placeholders(english[code as keyof typeof english]), code).toEqual(placeholders(template));
  });

  it('keeps the rules’ messages out of the shared table, so a form loads them with its checks, and gives every code’s message', () => {
    expect(Object.keys(zhCN.issues).filter((code) => Object.hasOwn(ruleMessages['zh-CN'].issues, code))).toEqual([]);
    expect(Object.keys(zhCN.issues)).not.toContain('missing_section');
    expect(issueMessages('required', { field: '报告标题' })['zh-CN']).toBe('请填写报告标题。');
    expect(issueMessages('late_submission', { deadline: '2024-01-31', date: '2024-02-03' })['zh-CN']).toContain(
      '2024年1月31日',
    );
  });

  it('has every importer message in both locales with the same placeholders', () => {
    expect(Object.keys(importEn.issues).sort()).toEqual(Object.keys(importZhCN.issues).sort());
    for (const [code, template] of Object.entries(importZhCN.issues)) {
      expect(placeholders(importEn.issues[code as keyof typeof importEn.issues]), code).toEqual(placeholders(template));
    }
    expect(importIssueMessages('import_more_to_confirm', { count: 3 })).toEqual({
      'zh-CN': '另有 3 项数据需要核对，未逐条列出。',
      en: expect.stringContaining('3'),
    });
  });

  it('keeps the importer’s codes out of the shared table, so pages that only check reports do not load them', () => {
    expect(Object.keys(zhCN.issues).filter((code) => code.startsWith('import_'))).toEqual([]);
    expect(Object.keys(zhCN)).not.toContain('notAReport');
  });

  it('has every string of the elements’ screens in both locales with the same placeholders', () => {
    const english = new Map(leaves(elementStringsEn));
    const chinese = leaves(elementStringsZhCN);
    expect([...english.keys()].sort()).toEqual(chinese.map(([key]) => key).sort());
    for (const [key, template] of chinese)
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(template));
  });

  it('keeps the elements’ screens out of the table core’s functions use, so the English ones load only with an English page', () => {
    expect(Object.keys(zhCN)).not.toContain('form');
    expect(Object.keys(zhCN)).not.toContain('dashboard');
  });

  it('has every string of the totals in both locales with the same placeholders', () => {
    const english = new Map(leaves(aggregateMessages.en));
    const chinese = leaves(aggregateMessages['zh-CN']);
    expect([...english.keys()].sort()).toEqual(chinese.map(([key]) => key).sort());
    for (const [key, template] of chinese)
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(template));
  });

  it('keeps the totals’ strings out of the shared table, so a town’s form, which never totals, does not load them', () => {
    expect(Object.keys(zhCN)).not.toContain('aggregate');
    expect(Object.keys(en)).not.toContain('aggregate');
  });

  it('has every string of the years view in both locales with the same placeholders', () => {
    for (const [key, template] of Object.entries(yearsMessages['zh-CN'])) {
      expect(placeholders(yearsMessages.en[key as keyof (typeof yearsMessages)['en']]), key).toEqual(
        placeholders(template),
      );
    }
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('缺少{kind}，{other}', { kind: '安排' })).toBe('缺少安排，{other}');
  });

  it('writes an English noun for the number it counts: 1 unit, 2 units, 0 units', () => {
    const template = '{n} {n|unit|units} gave it';
    expect([1, 2, 0, '1'].map((n) => formatMessage(template, { n }))).toEqual([
      '1 unit gave it',
      '2 units gave it',
      '0 units gave it',
      '1 unit gave it',
    ]);
    // A number not given leaves the choice as written, as any unknown placeholder.
    expect(formatMessage('{n|unit|units}', {})).toBe('{n|unit|units}');
  });

  it('reads a megabyte of broken placeholders in one pass', () => {
    // Bars and braces that never close: a backtracking pattern would take minutes here.
    const hostile = '{a|'.repeat(350_000) + '{a|b|c|d}'.repeat(1000);
    expect(formatMessage(hostile, { a: 1 })).toBe(hostile);
  });

  it('never reads placeholders from the prototype', () => {
    expect(formatMessage('{constructor}{toString}', {})).toBe('{constructor}{toString}');
  });

  it('gives a template in pieces, each value as given, read as formatMessage reads it', () => {
    const cell = { markup: '北留镇' };
    expect(templatePieces('{unit}逾期{days} {days|day|days}{other}', { unit: cell, days: 1 })).toEqual([
      '',
      cell,
      '逾期',
      1,
      ' ',
      'day',
      '',
      '{other}',
      '',
    ]);
    const template = '{n} {n|unit|units}，共{total}{constructor}';
    for (const params of [{ n: 1, total: '3件' }, { n: 2, total: '5件' }, { n: 0 }]) {
      expect(templatePieces(template, params).join('')).toBe(formatMessage(template, params));
    }
  });

  it('fills per-locale params for each locale', () => {
    const both = issueMessages('missing_section', { 'zh-CN': { kind: '安排' }, en: { kind: 'plans' } });
    expect(both['zh-CN']).toMatch(/^缺少法定内容「安排」。.*「安排」/);
    expect(both.en).toMatch(/^Required content is missing: “plans”\..*“plans”/);
  });

  // A clerk added 其他需要报告的情况 as a section of another kind and could not tell why it was still missing.
  it('says what to do about a statutory content written as a section of another kind', () => {
    const report = makeReport();
    for (const section of report.sections) if (section.kind === 'other') section.kind = 'measures';
    const missing = validateReport(report).issues.find((issue) => issue.code === 'missing_section');
    expect(missing?.messages).toEqual({
      'zh-CN': '缺少法定内容「其他需要报告的情况」。如已写这一部分，请把它的章节类型选为「其他需要报告的情况」。',
      en: 'Required content is missing: “Other matters to report”. If you have written this part, choose “Other matters to report” as its section kind.',
    });
  });
});
