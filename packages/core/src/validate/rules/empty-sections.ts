import { localized } from '../../i18n/messages.js';
import { STATUTORY_CONTENTS } from '../../domain/statutory-contents.js';
import type { SectionKind } from '../../schema/enums.js';
import type { IssuePath } from '../issue.js';
import { hasNoText } from '../placeholder-text.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';

const statutory: ReadonlySet<SectionKind> = new Set(STATUTORY_CONTENTS.map((content) => content.kind));

/**
 * Each statutory content that is present says something: a heading over blank paragraphs,
 * or over template blanks only (`XX件`, `某某`, （未识别）), is not a report on it.
 */
export const emptySections: RuleCheck = {
  name: 'empty-sections',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['sections'],
  check(_report, context) {
    // Text belongs to the nearest statutory content at or above it: thematic 举措 headings hold
    // their text in sub-sections, and a 履行生效裁判 part under them is a measure too.
    const first = new Map<SectionKind, IssuePath>();
    const withText = new Set<SectionKind>();
    const owners: (SectionKind | undefined)[] = [];
    for (const { section, path, depth } of context.sections()) {
      const owner = statutory.has(section.kind) ? section.kind : owners[depth - 1];
      owners[depth] = owner;
      if (statutory.has(section.kind) && !first.has(section.kind)) first.set(section.kind, path);
      if (owner && !withText.has(owner) && section.paragraphs.some((paragraph) => !hasNoText(paragraph)))
        withText.add(owner);
    }
    for (const { kind, required } of STATUTORY_CONTENTS) {
      const path = first.get(kind);
      // A missing content is required-sections' to report.
      if (!path || withText.has(kind)) continue;
      context.report(
        'empty_section',
        required ? 'error' : 'warning',
        [...path, 'paragraphs'],
        localized((m) => ({ kind: m.kinds[kind] })),
      );
    }
  },
};

/** What `empty-sections` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const emptySectionsDoc: RuleDoc = {
  name: 'empty-sections',
  description: {
    'zh-CN':
      '已有的法定内容都有正文（本节或其下级章节中，只有空白或模板占位符的不算）；“其他需要报告的情况”没有正文只警告。',
    en: 'Each statutory content present has text, in its sections or their sub-sections (blanks and template placeholders do not count); an empty "other" only warns.',
  },
  codes: { empty_section: 'error or warning' },
};
