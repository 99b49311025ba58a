import { localized } from '../../i18n/messages.js';
import { isUnrecognized } from '../placeholder-text.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

/**
 * No value the importer could not read is left as its mark: （未识别） in the title, the unit's
 * name or the issuer is a guess nobody confirmed, never a name.
 */
export const unrecognizedValues: RuleCheck = {
  name: 'unrecognized-values',
  profiles: SUBMIT_AND_PUBLISH,
  needs: [],
  check(report, context) {
    const fields = [
      [report.title, ['title'], 'title'],
      [report.unit.name, ['unit', 'name'], 'unit.name'],
      [report.issuer, ['issuer'], 'issuer'],
    ] as const;
    for (const [value, path, field] of fields) {
      if (isUnrecognized(value))
        context.report(
          'unrecognized_value',
          'error',
          path,
          localized((m) => ({ field: m.fields[field] })),
        );
    }
  },
};

/** What `unrecognized-values` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const unrecognizedValuesDoc: RuleDoc = {
  name: 'unrecognized-values',
  description: {
    'zh-CN': '导入时没有识别出来的报告标题、单位名称、落款单位（写作“（未识别）”）已经填写。',
    en: 'The title, unit name and issuing body the importer could not read (written as （未识别）) have been filled in.',
  },
  codes: { unrecognized_value: 'error' },
};
