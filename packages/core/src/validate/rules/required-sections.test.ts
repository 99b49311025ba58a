import { describe, expect, it } from 'vitest';
import { findings, makeReport } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

describe('required-sections', () => {
  it('passes when all five contents are present', () => {
    expect(findings(makeReport(), 'missing_section')).toEqual([]);
  });

  it('is an error to leave out 存在的不足和原因, naming it in Chinese', () => {
    const report = makeReport();
    report.sections = report.sections.filter((s) => s.kind !== 'shortcomings');
    const result = validateReport(report, { now: new Date('2026-01-01') });
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.code === 'missing_section');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain('存在的不足和原因');
    expect(issue?.messages.en).toContain('Shortcomings');
  });

  it('only warns when 其他需要报告的情况 is missing', () => {
    const report = makeReport();
    report.sections = report.sections.filter((s) => s.kind !== 'other');
    expect(findings(report, 'missing_section')).toEqual([['warning', 'sections']]);
  });

  it('finds contents nested below a thematic top-level section', () => {
    const report = makeReport();
    const plans = report.sections.find((s) => s.kind === 'plans');
    report.sections = report.sections.filter((s) => s.kind !== 'plans');
    if (plans) report.sections[0]?.sections.push(plans);
    expect(findings(report, 'missing_section')).toEqual([]);
  });

  it('does not run in the draft profile', () => {
    expect(findings(makeReport({ sections: [] }), 'missing_section', { profile: 'draft' })).toEqual([]);
  });
});
