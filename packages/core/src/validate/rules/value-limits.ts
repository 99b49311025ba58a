import { largestFigure } from '../../catalog/measure-words.js';
import { ALL_PROFILES, type RuleCheck, type RuleDoc } from '../rule.js';
import { readableNumber } from './readable-number.js';

/**
 * Every figure is within what any unit, a province included, could write for a year in its
 * measure word (10⁷ 场, 10⁹ 人次, 10¹² 元; see `largestFigure`): beyond that it is extra digits or
 * garbage (1e300 became a county's total once), never a report. The shape already refuses what
 * is not a finite number.
 */
export const valueLimits: RuleCheck = {
  name: 'value-limits',
  profiles: ALL_PROFILES,
  needs: ['metrics'],
  check(report, context) {
    report.metrics.forEach((metric, index) => {
      const limit = largestFigure(metric.unit);
      if (Math.abs(metric.value) <= limit) return;
      const params = { label: metric.label, value: metric.value, unit: metric.unit };
      context.report('value_too_large', 'error', ['metrics', index, 'value'], {
        'zh-CN': { ...params, limit: readableNumber(limit, 'zh-CN') },
        en: { ...params, limit: readableNumber(limit, 'en') },
      });
    });
  },
};

/** What `value-limits` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const valueLimitsDoc: RuleDoc = {
  name: 'value-limits',
  description: {
    'zh-CN': '数值在任何单位一年都可能达到的范围内（如不超过 1000万场、10亿人次、1万亿元），超出的是多输了位数。',
    en: 'Every figure is within what any unit could report in a year (at most 10,000,000 场, 1,000,000,000 人次, 10¹² 元); beyond that it is a typing error.',
  },
  codes: { value_too_large: 'error' },
};
