import { SUBMIT_AND_PUBLISH, type Rule } from '../rule.js';

/** Rates lie between 0 and 100 percent. */
export const rateRange: Rule = {
  name: 'rate-range',
  description: {
    'zh-CN': '比率类指标在 0% 到 100% 之间（增长率等未归类的百分数不受此限）。',
    en: 'Rate indicators lie between 0% and 100% (unclassified percentages such as growth are exempt).',
  },
  profiles: SUBMIT_AND_PUBLISH,
  codes: { rate_out_of_range: 'error' },
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
