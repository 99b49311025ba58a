import { ALL_PROFILES, type RuleCheck, type RuleDoc } from '../rule.js';

/** Section ids are unique, metrics point at real sections, source spans run forwards. */
export const references: RuleCheck = {
  name: 'references',
  profiles: ALL_PROFILES,
  needs: ['metrics', 'sections'],
  check(report, context) {
    // The first section of each id; any later one of the same id is a duplicate.
    const ids = context.sectionsById();
    for (const { section, path } of context.sections()) {
      if (ids.get(section.id) !== section)
        context.report('duplicate_section_id', 'error', [...path, 'id'], { id: section.id });
    }
    report.metrics.forEach((metric, index) => {
      if (metric.sectionId !== undefined && !ids.has(metric.sectionId)) {
        context.report('unknown_section_ref', 'error', ['metrics', index, 'sectionId'], { id: metric.sectionId });
      }
      if (metric.source && metric.source.end < metric.source.start) {
        context.report('invalid_source_span', 'error', ['metrics', index, 'source'], {
          start: metric.source.start,
          end: metric.source.end,
        });
      }
    });
  },
};

/** What `references` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const referencesDoc: RuleDoc = {
  name: 'references',
  description: {
    'zh-CN': '章节编号不重复；指标所引用的章节存在；原文位置的结束不早于开始。',
    en: 'Section ids are unique; metrics refer to existing sections; source spans end after they start.',
  },
  codes: { duplicate_section_id: 'error', unknown_section_ref: 'error', invalid_source_span: 'error' },
};
