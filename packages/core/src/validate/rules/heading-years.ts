import { yearsIn } from '../../domain/dates.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

/** Headings that name a year name the right one; the plans section names the next year. */
export const headingYears: RuleCheck = {
  name: 'heading-years',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['year', 'sections'],
  check(report, context) {
    const { year } = report;
    const titleYears = yearsIn(report.title);
    // The title states the year reported on: one that names another is counted under the wrong year by the
    // county (a 报告年度 typed 2025 under a title naming 2026), so it is an error, not something to heed.
    if (titleYears.length > 0 && !titleYears.includes(year)) {
      context.report('title_year_mismatch', 'error', ['title'], { found: titleYears[0] ?? '', year });
    }
    for (const { section, path } of context.sections()) {
      const found = yearsIn(section.title);
      if (found.length === 0) continue;
      const expected = section.kind === 'plans' ? year + 1 : year;
      if (found.includes(expected)) continue;
      const params = { title: section.title, found: found[0] ?? '', year, expected };
      const code = section.kind === 'plans' ? 'plans_year_mismatch' : 'heading_year_mismatch';
      context.report(code, 'warning', [...path, 'title'], params);
    }
  },
};

/** What `heading-years` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const headingYearsDoc: RuleDoc = {
  name: 'heading-years',
  description: {
    'zh-CN':
      '标题中的年份与报告年度一致（否则是错误：报告会计入别的年度）；章节标题中的年份也一致，下一年度安排写的是下一年。',
    en: 'The year named in the title is the reporting year (else an error: the report would count for another year); years in headings match too, and the plans section names the next year.',
  },
  codes: { title_year_mismatch: 'error', heading_year_mismatch: 'warning', plans_year_mismatch: 'warning' },
};
