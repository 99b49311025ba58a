import { MEASURE_WORDS, SIGNED_WORDS } from '../../catalog/measure-words.js';
import { ALL_PROFILES, type RuleCheck, type RuleDoc } from '../rule.js';

const SIGNED = new Set(SIGNED_WORDS);
const COUNTING = new Set(MEASURE_WORDS.filter((word) => !SIGNED.has(word)));

/**
 * Counts and amounts are never negative: -5 件 is a typing error, and a county that sums it
 * publishes a wrong total. Judged by the indicator's kind, or, for an unclassified figure, by
 * its measure word.
 */
export const nonNegative: RuleCheck = {
  name: 'non-negative',
  profiles: ALL_PROFILES,
  needs: ['metrics'],
  check(report, context) {
    report.metrics.forEach((metric, index) => {
      if (metric.value >= 0) return;
      const kind = context.catalog.get(metric.indicator)?.kind;
      const counts = kind === undefined ? COUNTING.has(metric.unit) : kind !== 'rate';
      if (counts)
        context.report('negative_value', 'error', ['metrics', index, 'value'], {
          label: metric.label,
          value: metric.value,
          unit: metric.unit,
        });
    });
  },
};

/** What `non-negative` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const nonNegativeDoc: RuleDoc = {
  name: 'non-negative',
  description: {
    'zh-CN': '计数和金额不为负数（按指标类型判断；未归类的数据按计量单位判断，百分数除外）。',
    en: 'Counts and amounts are not negative (by the indicator’s kind; unclassified figures by their measure word, percentages exempt).',
  },
  codes: { negative_value: 'error' },
};
