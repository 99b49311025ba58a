import type { Section } from '../../schema/section.js';
import { ALL_PROFILES, type RuleCheck, type RuleDoc } from '../rule.js';

/**
 * A target (`scope: "target"`) belongs in the plans (下一年度安排): one elsewhere is either a
 * misread achievement or a plan in the wrong section, and a person should look.
 */
export const targetPlacement: RuleCheck = {
  name: 'target-placement',
  profiles: ALL_PROFILES,
  needs: ['metrics', 'sections'],
  check(report, context) {
    // Most reports place no target in a section: then no section need be walked.
    if (!report.metrics.some((metric) => metric.scope === 'target' && metric.sectionId !== undefined)) return;
    const kinds = new Map<string, boolean>();
    const walk = (sections: readonly Section[], inPlans: boolean) => {
      for (const section of sections) {
        const plans = inPlans || section.kind === 'plans';
        kinds.set(section.id, plans);
        walk(section.sections, plans);
      }
    };
    walk(report.sections, false);
    report.metrics.forEach((metric, index) => {
      if (metric.scope !== 'target' || metric.sectionId === undefined) return;
      if (kinds.get(metric.sectionId) === false) {
        context.report('target_outside_plans', 'warning', ['metrics', index, 'scope'], {
          label: metric.label,
          value: metric.value,
          unit: metric.unit,
        });
      }
    });
  },
};

/** What `target-placement` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const targetPlacementDoc: RuleDoc = {
  name: 'target-placement',
  description: {
    'zh-CN': '口径为“目标”的数据应位于“下一年度主要安排”中；位于其他章节时警告。',
    en: 'A figure with scope "target" sits in the plans section; elsewhere it warns.',
  },
  codes: { target_outside_plans: 'warning' },
};
