import { describe, expect, it } from 'vitest';
import { findings, makeReport } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

describe('unrecognized-values', () => {
  it('passes names that were read or written', () => {
    expect(findings(makeReport(), 'unrecognized_value')).toEqual([]);
  });

  it('is an error to submit the importer’s （未识别） as the unit’s name, asking for it to be filled in', () => {
    const report = makeReport({ unit: { name: '（未识别）', level: 'town' } });
    const issue = validateReport(report, { now: new Date('2026-01-01') }).issues.find(
      (i) => i.code === 'unrecognized_value',
    );
    expect(issue).toMatchObject({
      severity: 'error',
      path: ['unit', 'name'],
      message: '“单位名称”还没有识别出来，请填写。',
    });
    expect(issue?.messages.en).toBe('“Unit name” was not recognised; please fill it in.');
  });

  it('finds the mark anywhere in the title and issuer, in full-width or ASCII brackets', () => {
    const report = makeReport({ title: '（未识别）2023年法治政府建设工作报告', issuer: '(未识别)' });
    expect(findings(report, 'unrecognized_value')).toEqual([
      ['error', 'title'],
      ['error', 'issuer'],
    ]);
  });

  it('runs in submit and publish, not in drafts', () => {
    const report = makeReport({ issuer: '（未识别）' });
    expect(findings(report, 'unrecognized_value', { profile: 'publish' })).toEqual([['error', 'issuer']]);
    expect(findings(report, 'unrecognized_value', { profile: 'draft' })).toEqual([]);
  });
});
