import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

/** Rates lie between 0 and 100 percent. */
export const rateRange: RuleCheck = {
  name: 'rate-range',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['metrics'],
  check(report, context) {
    report.metrics.forEach((metric, index) => {
      if (context.catalog.get(metric.indicator)?.kind !== 'rate') return;
      if (metric.value >= 0 && metric.value <= 100) return;
      context.report('rate_out_of_range', 'error', ['metrics', index, 'value'], {
        label: metric.label,
        value: metric.value,
      });
    });
  },
};

/** What `rate-range` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const rateRangeDoc: RuleDoc = {
  name: 'rate-range',
  description: {
    'zh-CN': '比率类指标在 0% 到 100% 之间（增长率等未归类的百分数不受此限）。',
    en: 'Rate indicators lie between 0% and 100% (unclassified percentages such as growth are exempt).',
  },
  codes: { rate_out_of_range: 'error' },
};
