import { localized } from '../../i18n/messages.js';
import { STATUTORY_CONTENTS } from '../../domain/statutory-contents.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

/** The five statutory contents are present (at any depth). */
export const requiredSections: RuleCheck = {
  name: 'required-sections',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['sections'],
  check(_report, context) {
    const present = new Set(context.sections().map(({ section }) => section.kind));
    for (const { kind, required } of STATUTORY_CONTENTS) {
      if (present.has(kind)) continue;
      const severity = required ? 'error' : 'warning';
      context.report(
        'missing_section',
        severity,
        ['sections'],
        localized((m) => ({ kind: m.kinds[kind] })),
      );
    }
  },
};

/** What `required-sections` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const requiredSectionsDoc: RuleDoc = {
  name: 'required-sections',
  description: {
    'zh-CN': '五项法定内容齐全（任一层级均可）；缺“其他需要报告的情况”只警告。',
    en: 'The five statutory contents are present, at any depth; a missing "other" only warns.',
  },
  codes: { missing_section: 'error or warning' },
};
