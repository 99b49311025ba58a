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
    // The path is built only for a find: most texts have none, and an array per paragraph was a tenth of a validation's garbage.
    const flag = (
      match: RegExpExecArray,
      text: string,
      path: IssuePath,
      field: 'title' | 'unit.name' | 'issuer' | 'section.title' | 'section.paragraphs',
    ) => {
      const around = text.slice(Math.max(0, match.index - 4), match.index + match[0].length + 2);
      context.report(
        'placeholder_text',
        'error',
        path,
        localized((m) => ({ field: m.fields[field], text: around })),
      );
    };
    let match = findPlaceholder(report.title);
    if (match) flag(match, report.title, ['title'], 'title');
    match = findPlaceholder(report.unit.name);
    if (match) flag(match, report.unit.name, ['unit', 'name'], 'unit.name');
    match = findPlaceholder(report.issuer);
    if (match) flag(match, report.issuer, ['issuer'], 'issuer');
    for (const { section, path } of context.sections()) {
      match = findPlaceholder(section.title);
      if (match) flag(match, section.title, [...path, 'title'], 'section.title');
      section.paragraphs.forEach((paragraph, index) => {
        const found = findPlaceholder(paragraph);
        if (found) flag(found, paragraph, [...path, 'paragraphs', index], 'section.paragraphs');
      });
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
