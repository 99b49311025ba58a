import { localized } from '../../i18n/messages.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';
import type { IssuePath } from '../issue.js';
import { findPlaceholder } from '../placeholder-text.js';

/** No template placeholders are left in a report being submitted. */
export const placeholders: RuleCheck = {
  name: 'placeholders',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['sections'],
  check(report, context) {
    const inspect = (
      text: string,
      path: IssuePath,
      field: 'title' | 'unit.name' | 'issuer' | 'section.title' | 'section.paragraphs',
    ) => {
      const match = findPlaceholder(text);
      if (!match) return;
      const around = text.slice(Math.max(0, match.index - 4), match.index + match[0].length + 2);
      context.report(
        'placeholder_text',
        'error',
        path,
        localized((m) => ({ field: m.fields[field], text: around })),
      );
    };
    inspect(report.title, ['title'], 'title');
    inspect(report.unit.name, ['unit', 'name'], 'unit.name');
    inspect(report.issuer, ['issuer'], 'issuer');
    for (const { section, path } of context.sections()) {
      inspect(section.title, [...path, 'title'], 'section.title');
      section.paragraphs.forEach((paragraph, index) =>
        inspect(paragraph, [...path, 'paragraphs', index], 'section.paragraphs'),
      );
    }
  },
};

/** What `placeholders` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const placeholdersDoc: RuleDoc = {
  name: 'placeholders',
  description: {
    'zh-CN': '没有遗留模板占位符（如“*次”“XX件”“××镇”“某某”“____”）。',
    en: 'No template placeholders are left (such as *次, XX件, ××镇, 某某, ____).',
  },
  codes: { placeholder_text: 'error' },
};
