import type { RuleCheck, RuleDoc } from '../rule.js';

/** A report to be published has passed 保密审查 and carries its publication date. */
export const publication: RuleCheck = {
  name: 'publication',
  profiles: ['publish'],
  needs: ['issuedOn'],
  check(report, context) {
    if (report.confidentialityReviewed !== true) {
      context.report('confidentiality_review_missing', 'error', ['confidentialityReviewed']);
    }
    if (report.publishedOn === undefined) {
      context.report('publication_date_missing', 'error', ['publishedOn']);
    } else if (report.publishedOn < report.issuedOn) {
      context.report('published_before_issued', 'error', ['publishedOn'], {
        publishedOn: report.publishedOn,
        issuedOn: report.issuedOn,
      });
    }
  },
};

/** What `publication` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const publicationDoc: RuleDoc = {
  name: 'publication',
  description: {
    'zh-CN': '公开前已完成保密审查，并填写公开日期；公开日期不早于落款日期。',
    en: 'Before publication the confidentiality review is done and the publication date is given, not before the date of issue.',
  },
  codes: {
    confidentiality_review_missing: 'error',
    publication_date_missing: 'error',
    published_before_issued: 'error',
  },
};
