import { describe, expect, it } from 'vitest';
import { findings, makeReport } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

const now = new Date('2026-01-01');

describe('publication', () => {
  it('passes a reviewed report with its publication date', () => {
    const report = makeReport({ confidentialityReviewed: true, publishedOn: '2024-03-15' });
    expect(validateReport(report, { profile: 'publish', now }).ok).toBe(true);
  });

  it('requires 保密审查 and a publication date to publish', () => {
    const report = makeReport();
    expect(findings(report, 'confidentiality_review_missing', { profile: 'publish' })).toEqual([
      ['error', 'confidentialityReviewed'],
    ]);
    expect(findings(report, 'publication_date_missing', { profile: 'publish' })).toEqual([['error', 'publishedOn']]);
    expect(validateReport(report, { profile: 'submit', now }).ok).toBe(true);
  });

  it('rejects a publication date before the date of issue', () => {
    const report = makeReport({ confidentialityReviewed: true, publishedOn: '2024-01-01' });
    expect(findings(report, 'published_before_issued', { profile: 'publish' })).toEqual([['error', 'publishedOn']]);
  });
});
