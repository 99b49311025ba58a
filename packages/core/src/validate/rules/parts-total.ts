import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';
import { lowerBound, single, upperBound } from './bounds.js';

/**
 * Parts add up to the stated total where the catalog declares one (国家级 + 省级 + 市级 +
 * 县级 示范村). A sum over approximate parts is only a lower bound.
 */
export const partsTotal: RuleCheck = {
  name: 'parts-total',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['metrics'],
  check(report, context) {
    const byIndicator = context.metricsByIndicator();
    report.metrics.forEach((total, index) => {
      const partKeys = context.catalog.get(total.indicator)?.parts;
      if (!partKeys) return;
      const parts = partKeys.flatMap((key) => single(byIndicator.get(key), total.scope, total.asOf)?.metric ?? []);
      if (parts.length === 0) return;
      const labels = parts.map((part) => `“${part.label}”`).join('、');
      const path = ['metrics', index, 'value'];
      const atLeast = parts.reduce((sum, part) => sum + lowerBound(part), 0);
      if (atLeast > upperBound(total)) {
        context.report('parts_exceed_total', 'error', path, {
          parts: labels,
          sum: atLeast,
          label: total.label,
          value: total.value,
        });
        return;
      }
      const exact =
        parts.length === partKeys.length && total.qualifier === 'exact' && parts.every((p) => p.qualifier === 'exact');
      if (exact && atLeast !== total.value) {
        context.report('parts_total_mismatch', 'warning', path, {
          parts: labels,
          sum: atLeast,
          label: total.label,
          value: total.value,
        });
      }
    });
  },
};

/** What `parts-total` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const partsTotalDoc: RuleDoc = {
  name: 'parts-total',
  description: {
    'zh-CN': '分项之和不超过总数；分项齐全且均为确数时必须等于总数（否则警告）。约数之和只是下限。',
    en: 'Parts never add up to more than the total; when every part is given exactly they must equal it (else a warning). Sums over approximate parts are lower bounds.',
  },
  codes: { parts_exceed_total: 'error', parts_total_mismatch: 'warning' },
};
