import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';
import { single } from './bounds.js';

// A rate is right to the precision it is written in, rounded or truncated: 98% for 55/56
// (98.21%) is right, 99.9% for 99.96% is right, 90% for 98.21% is not.
function tolerance(value: number): number {
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return 10 ** -Math.min(decimals, 6);
}

/** A rate agrees with its own numerator and denominator when both are given exactly. */
export const rateConsistency: RuleCheck = {
  name: 'rate-consistency',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['metrics'],
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
      if (Math.abs(computed - rate.value) < tolerance(rate.value)) return;
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

/** What `rate-consistency` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const rateConsistencyDoc: RuleDoc = {
  name: 'rate-consistency',
  description: {
    'zh-CN':
      '同时给出分子和分母（均为确数）的比率，在其所写精度内（四舍五入或截断）与计算结果一致：55/56 写作 98% 正确，写作 90% 则警告。',
    en: 'A rate whose numerator and denominator are both given exactly agrees with them to the precision it is written in (rounded or truncated): 98% for 55/56 is right, 90% warns.',
  },
  codes: { rate_mismatch: 'warning' },
};
