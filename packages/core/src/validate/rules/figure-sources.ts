import { isChineseNumeralChar, parseChineseNumeral } from '../../domain/numerals.js';
import type { Metric } from '../../schema/metric.js';
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
      if ((own && holds(own, quote)) || anyHolds(byId, quote)) {
        // The sentence is still there. Most write the figure as it is (85起): nothing more to read; a zero is
        // said in words (无败诉案件). Else it may write another number in the figure's measure word than the
        // figure now holds (调解成功84件 in the text, 90 in the figure): one of them was changed alone.
        if (metric.value === 0 || quote.includes(`${metric.value}${metric.unit}`)) return;
        const written = numbersIn(quote, metric.unit);
        if (written.length > 0 && !written.includes(metric.value))
          context.report('figure_differs_from_source', 'warning', ['metrics', index, 'value'], paramsOf(metric, quote));
        return;
      }
      // The figure as written is still there, as a number of its own (2次 is not in 会前学法12次).
      const written = `${metric.value}${metric.unit}`;
      for (const section of byId.values()) if (holdsNumber(section, written)) return;
      context.report('figure_source_changed', 'warning', ['metrics', index, 'value'], paramsOf(metric, quote));
    });
  },
};

// What a message of this rule names: the figure and its sentence.
function paramsOf(metric: Metric, quote: string) {
  return { label: metric.label, value: metric.value, unit: metric.unit, quote };
}

// Whether any section holds the words (a sentence moved to another section, or a figure of the preamble).
function anyHolds(byId: ReadonlyMap<string, Section>, words: string): boolean {
  for (const section of byId.values()) if (holds(section, words)) return true;
  return false;
}

// Whether a section's own title or paragraphs hold the words (a quote never spans two paragraphs).
function holds(section: Section, words: string): boolean {
  return section.title.includes(words) || section.paragraphs.some((paragraph) => paragraph.includes(words));
}

// Whether a section writes a number and its measure word as a number of its own: not the end of a
// longer one (2次 in 12次, 5件 in 1.5件).
function holdsNumber(section: Section, written: string): boolean {
  const alone = (text: string) => {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1))
      if (!/[0-9.,，]/.test(text[at - 1] ?? '')) return true;
    return false;
  };
  return alone(section.title) || section.paragraphs.some(alone);
}

// The numbers a sentence writes right before a measure word (84件, 1,200余人次, 2.5万件, 十二次, 四十余万元), as values.
function numbersIn(quote: string, unit: string): number[] {
  if (unit === '' || unit.length > 4) return [];
  const values: number[] = [];
  for (let at = quote.indexOf(unit); at >= 0; at = quote.indexOf(unit, at + unit.length)) {
    const before = quote.slice(Math.max(0, at - 16), at).replace(/(?:余|多)?\s?$/, '');
    const arabic = /(\d[\d,]*(?:\.\d+)?)(万|亿)?$/.exec(before);
    if (arabic?.[1]) {
      const scale = arabic[2] === '万' ? 1e4 : arabic[2] === '亿' ? 1e8 : 1;
      values.push(Math.round(Number(arabic[1].replaceAll(',', '')) * scale * 1e6) / 1e6);
      continue;
    }
    let start = before.length;
    while (start > 0 && isChineseNumeralChar(before[start - 1] ?? '')) start--;
    const chinese = start < before.length ? parseChineseNumeral(before.slice(start)) : undefined;
    if (chinese !== undefined) values.push(chinese);
  }
  return values;
}

/** What `figure-sources` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const figureSourcesDoc: RuleDoc = {
  name: 'figure-sources',
  description: {
    'zh-CN':
      '导入的数据仍在报告正文中：读出它的原句还在，或正文中仍写着这个数（如“85起”）；正文改过而数据没改时警告，数据改过而原句还写着另一个数时也警告。',
    en: 'An imported figure still stands in the text: its sentence is still there, or the text still writes the number (e.g. 85起); it warns when the text was edited and the figure was not, and when the figure was changed while its sentence still writes another number.',
  },
  codes: { figure_source_changed: 'warning', figure_differs_from_source: 'warning' },
};
