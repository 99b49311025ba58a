import { bucketOf, plansSectionIds } from '../../aggregate/unit-figures.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

/**
 * One indicator given two figures of the year in one report (会前学法12次 and 中心组学法6次 both 领导干部集体学法,
 * or a misfiled 0件 beside 调解矛盾纠纷86件): the county's totals count the larger once, as a restatement,
 * so the smaller is in no total. The clerk is told on the smaller one, where choosing another indicator
 * (or 未归类) is the remedy when they are two things.
 */
export const countedOnce: RuleCheck = {
  name: 'counted-once',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['metrics', 'sections'],
  check(report, context) {
    // The year's figures as the totals take them (core's bucketOf: targets, the plans and running totals
    // apart); the plans' sections found only when some indicator has two figures (most reports have none).
    let inPlans: ReadonlySet<string> | undefined;
    for (const [indicator, group] of context.metricsByIndicator()) {
      if (indicator === 'unclassified' || group.length < 2) continue;
      inPlans ??= new Set(plansSectionIds(report.sections));
      const plans = inPlans;
      const ofYear = group.filter(({ metric }) => bucketOf(metric, plans) === 0);
      // In one word each: a figure in another word is totalled apart.
      for (const unit of new Set(ofYear.map(({ metric }) => metric.unit))) {
        const same = ofYear.filter(({ metric }) => metric.unit === unit);
        let kept = same[0];
        for (const entry of same) if (kept && entry.metric.value > kept.metric.value) kept = entry;
        if (!kept) continue;
        for (const { metric, index } of same) {
          if (metric.value === kept.metric.value) continue;
          context.report('counted_once', 'warning', ['metrics', index, 'indicator'], {
            label: metric.label,
            value: metric.value,
            unit,
            otherLabel: kept.metric.label,
            otherValue: kept.metric.value,
          });
        }
      }
    }
  },
};

/** What `counted-once` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const countedOnceDoc: RuleDoc = {
  name: 'counted-once',
  description: {
    'zh-CN':
      '同一指标在一份报告中有两个不同的本年度数字时，县里合计只计较大的一个：在较小的数字上提示，是两件事的请改选指标或设为未归类。',
    en: 'Where one indicator has two different figures of the year in a report, the county totals the larger once: the smaller is flagged, to be given another indicator (or none) when they are two things.',
  },
  codes: { counted_once: 'warning' },
};
