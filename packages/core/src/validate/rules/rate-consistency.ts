import { SUBMIT_AND_PUBLISH, type Rule } from '../rule.js';
import { single } from './bounds.js';

// Published rates are often truncated rather than rounded (99.96% written as 99.9%).
const TOLERANCE = 0.1;

/** A rate agrees with its own numerator and denominator when both are given exactly. */
export const rateConsistency: Rule = {
  name: 'rate-consistency',
  description: {
    'zh-CN': '同时给出分子和分母（均为确数）的比率，与计算结果相差不超过 0.1 个百分点；否则警告。',
    en: 'A rate whose numerator and denominator are both given exactly agrees with them within 0.1 point; otherwise it warns.',
  },
  profiles: SUBMIT_AND_PUBLISH,
  codes: { rate_mismatch: 'warning' },
  check(report, context) {
    const byIndicator = context.metricsByIndicator();
    report.metrics.forEach((rate, index) => {
      const definition = context.catalog.get(rate.indicator);
      if (!definition?.numerator || !definition.denominator || rate.qualifier !== 'exact') return;
      const numerator = single(byIndicator.get(definition.numerator), rate.scope, rate.asOf)?.metric;
      const denominator = single(byIndicator.get(definition.denominator), rate.scope, rate.asOf)?.metric;
      // An approximate count cannot prove a rate wrong.
      if (numerator?.qualifier !== 'exact' || denominator?.qualifier !== 'exact') return;
      if (denominator.value === 0) return;
      const computed = (numerator.value / denominator.value) * 100;
      if (Math.abs(computed - rate.value) <= TOLERANCE) return;
      context.report('rate_mismatch', 'warning', ['metrics', index, 'value'], {
        label: rate.label,
        value: rate.value,
        numerator: numerator.label,
        numeratorValue: numerator.value,
        denominator: denominator.label,
        denominatorValue: denominator.value,
        computed: Math.round(computed * 100) / 100,
      });
    });
  },
};
