import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';
import { largest, lowerBound, upperBound } from './bounds.js';

/**
 * Counts the catalog orders (成功 ≤ 调解 ≤ 排查; 已履行 ≤ 需履行) hold, across a figure the
 * report leaves out (成功 ≤ 排查 when 调解 is absent). Approximate values only count for what
 * they prove: 800余 is at least 800, 约800 proves nothing.
 */
export const countOrder: RuleCheck = {
  name: 'count-order',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['metrics'],
  check(report, context) {
    const byIndicator = context.metricsByIndicator();
    report.metrics.forEach((metric, index) => {
      // The nearest count above this one that the report states: with 调解 absent, 成功 ≤ 排查
      // still holds (the order is transitive). A cycle in a catalog ends the walk.
      let limitKey = context.catalog.get(metric.indicator)?.atMost;
      if (!limitKey) return;
      const seen = new Set<string>([metric.indicator]);
      let limit: typeof metric | undefined;
      while (limitKey && !seen.has(limitKey)) {
        seen.add(limitKey);
        // Of several figures of the count above, the largest: above it, the order fails whichever was meant.
        limit = largest(byIndicator.get(limitKey), metric.scope, metric.asOf)?.metric;
        if (limit) break;
        limitKey = context.catalog.get(limitKey)?.atMost;
      }
      if (!limit || lowerBound(metric) <= upperBound(limit)) return;
      context.report('count_order_violated', 'error', ['metrics', index, 'value'], {
        label: metric.label,
        value: metric.value,
        otherLabel: limit.label,
        otherValue: limit.value,
      });
    });
  },
};

/** What `count-order` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const countOrderDoc: RuleDoc = {
  name: 'count-order',
  description: {
    'zh-CN': '目录声明的大小关系成立（如 调解成功 ≤ 调解 ≤ 排查，已履行 ≤ 需履行）；约数只按其能证明的界限比较。',
    en: 'Orders the catalog declares hold (resolved ≤ mediated ≤ identified, fulfilled ≤ due); approximate values count only for the bound they prove.',
  },
  codes: { count_order_violated: 'error' },
};
