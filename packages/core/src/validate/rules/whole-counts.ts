import { countsWholeThings } from '../../catalog/measure-words.js';
import { ALL_PROFILES, type RuleCheck, type RuleDoc } from '../rule.js';

/**
 * Counts of things are whole numbers: 2.5场 or 0.5人 is a slip of the keyboard, and a county that
 * sums it publishes a figure nobody counted. Judged by the measure word, as written (场, 件, 人次,
 * 名 …; see `countsWholeThings`): 1.5课时, 0.5万元, 3.2公顷 and percentages take fractions.
 */
export const wholeCounts: RuleCheck = {
  name: 'whole-counts',
  profiles: ALL_PROFILES,
  needs: ['metrics'],
  check(report, context) {
    report.metrics.forEach((metric, index) => {
      if (Number.isInteger(metric.value) || !countsWholeThings(metric.unit)) return;
      context.report('fractional_count', 'error', ['metrics', index, 'value'], {
        label: metric.label,
        value: metric.value,
        unit: metric.unit,
      });
    });
  },
};

/** What `whole-counts` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const wholeCountsDoc: RuleDoc = {
  name: 'whole-counts',
  description: {
    'zh-CN': '按件、次、场、人次、人、名、个、份、条等计数的数值是整数（课时、金额、百分数和面积等可以有小数）。',
    en: 'Figures counted in 件, 次, 场, 人次, 人, 名, 个, 份, 条 and the like are whole numbers (teaching hours, money, percentages and areas may have decimals).',
  },
  codes: { fractional_count: 'error' },
};
