import { describe, expect, it } from 'vitest';
import { makeReport } from '../testing/index.js';
import type { ValidationIssue } from './issue.js';
import { validateReport } from './validate-report.js';

// A town's report submitted and published late: the checks name both days in their messages.
function issueOf(code: string): ValidationIssue {
  const report = makeReport({ issuedOn: '2024-01-20', submittedOn: '2024-03-05', publishedOn: '2024-04-10' });
  const issue = validateReport(report, { profile: 'publish' }).issues.find((found) => found.code === code);
  if (!issue) throw new Error(`no ${code} in the late report's issues`);
  return issue;
}

describe('the days an issue names', () => {
  it('are written as people in China read them in zh-CN, as ISO days in English, and kept ISO in params', () => {
    const late = issueOf('late_publication');
    expect(late.messages['zh-CN']).toBe('公开日期 2024年4月10日 晚于截止日期 2024年4月1日（逾期 9 天）。');
    expect(late.messages.en).toBe('Published on 2024-04-10, after the deadline 2024-04-01 (9 days late).');
    expect(late.params).toMatchObject({ date: '2024-04-10', deadline: '2024-04-01' });
    expect(issueOf('late_submission').message).toBe('报送日期 2024年3月5日 晚于截止日期 2024年3月1日（逾期 4 天）。');
  });

  it('leave other words of the message as they are', () => {
    const future = validateReport(makeReport({ year: 2098, issuedOn: '2099-01-20' })).issues.find(
      (issue) => issue.code === 'issued_in_future',
    );
    expect(future?.message).toMatch(/^落款日期（2099年1月20日）晚于今天（\d{4}年\d{1,2}月\d{1,2}日）/);
  });
});
