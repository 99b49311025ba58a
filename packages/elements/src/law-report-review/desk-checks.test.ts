import { validateReport, type ValidationIssue } from '@law-report/core/model';
import { makeReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { issueText } from './desk-checks.js';

// A town's report submitted and published late: core's checks name both days in their messages.
function lateIssues(locale: 'zh-CN' | 'en'): readonly ValidationIssue[] {
  const report = makeReport({ issuedOn: '2024-01-20', submittedOn: '2024-03-05', publishedOn: '2024-04-10' });
  return validateReport(report, { profile: 'publish', locale }).issues;
}

function issueOf(code: string, locale: 'zh-CN' | 'en'): ValidationIssue {
  const issue = lateIssues(locale).find((found) => found.code === code);
  if (!issue) throw new Error(`no ${code} in the late report's issues`);
  return issue;
}

describe('issueText', () => {
  it('writes the days a check names as people read them, 2024年4月10日, and in English as core does there', () => {
    expect(issueText(issueOf('late_publication', 'zh-CN'), 'zh-CN')).toBe(
      '公开日期 2024年4月10日 晚于截止日期 2024年4月1日（逾期 9 天）。',
    );
    expect(issueText(issueOf('late_submission', 'zh-CN'), 'zh-CN')).toBe(
      '报送日期 2024年3月5日 晚于截止日期 2024年3月1日（逾期 4 天）。',
    );
    expect(issueText(issueOf('late_publication', 'en'), 'en')).toBe(
      'Published on 2024-04-10, after the deadline 2024-04-01 (9 days late).',
    );
  });

  it('leaves a message its params did not make in that locale as it is, never a sentence of two languages', () => {
    // A server's warning made in Chinese (its params name the field 落款日期), shown on a desk in English: the
    // English message it came with stands, no 落款日期 filled into an English sentence.
    const future = validateReport(makeReport({ year: 2098, issuedOn: '2099-01-20' }), { locale: 'zh-CN' }).issues.find(
      (issue) => issue.code === 'issued_in_future',
    );
    if (!future) throw new Error('no issued_in_future for a report dated 2099');
    expect(issueText(future, 'zh-CN')).toMatch(/^落款日期（2099年1月20日）晚于今天（\d{4}年\d{1,2}月\d{1,2}日）/);
    const english = future.messages?.en ?? '';
    expect(issueText(future, 'en', english)).toBe(english);
    // A message the desk already said otherwise keeps its words.
    expect(issueText({ ...issueOf('late_publication', 'zh-CN'), message: '另一句话' }, 'zh-CN')).toBe('另一句话');
  });
});
