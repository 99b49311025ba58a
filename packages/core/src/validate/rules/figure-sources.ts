import type { Section } from '../../schema/section.js';
import { ALL_PROFILES, type RuleCheck, type RuleDoc } from '../rule.js';

/**
 * An imported figure still stands in the report's text: its sentence (`source.quote`) is still
 * there, or the figure as written (85起, 94.1%) is. A text edited after import while the figure
 * kept the old value (the text says 95起, the figure 85) would otherwise be totalled and published
 * with no one told; a person looks and corrects the one that is wrong.
 */
export const figureSources: RuleCheck = {
  name: 'figure-sources',
  profiles: ALL_PROFILES,
  needs: ['metrics', 'sections'],
  check(report, context) {
    // The texts are read in place, each figure's own section first.
    let byId: ReadonlyMap<string, Section> | undefined;
    report.metrics.forEach((metric, index) => {
      const quote = metric.source?.quote;
      if (!quote) return;
      byId ??= context.sectionsById();
      const own = metric.sectionId === undefined ? undefined : byId.get(metric.sectionId);
      if (own && holds(own, quote)) return;
      // Moved to another section (or a figure of the preamble), or the figure as written is still there.
      const written = `${metric.value}${metric.unit}`;
      for (const section of byId.values()) if (holds(section, quote) || holds(section, written)) return;
      context.report('figure_source_changed', 'warning', ['metrics', index, 'value'], {
        label: metric.label,
        value: metric.value,
        unit: metric.unit,
        quote,
      });
    });
  },
};

// Whether a section's own title or paragraphs hold the words (a quote never spans two paragraphs).
function holds(section: Section, words: string): boolean {
  return section.title.includes(words) || section.paragraphs.some((paragraph) => paragraph.includes(words));
}

/** What `figure-sources` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const figureSourcesDoc: RuleDoc = {
  name: 'figure-sources',
  description: {
    'zh-CN': '导入的数据仍在报告正文中：读出它的原句还在，或正文中仍写着这个数（如“85起”）；正文改过而数据没改时警告。',
    en: 'An imported figure still stands in the text: its sentence is still there, or the text still writes the number (e.g. 85起); it warns when the text was edited and the figure was not.',
  },
  codes: { figure_source_changed: 'warning' },
};
