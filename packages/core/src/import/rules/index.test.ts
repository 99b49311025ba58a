import { describe, expect, it } from 'vitest';
import { renderReport } from '../../render/render-report.js';
import { importDraft, makeReport, makeSection } from '../../testing/index.js';
import { defaultCatalog } from '../../catalog/catalog.js';
import { extractFacts } from '../facts.js';
import { MappedText } from '../mapped-text.js';
import { READING_RULES } from './index.js';

describe('the reading rules', () => {
  it('have unique ids', () => {
    const ids = READING_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(READING_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('reads every line it must read', () => {
      expect(rule.examples.reads.filter((line) => !rule.matches(line))).toEqual([]);
    });

    it('leaves alone every line it must not read', () => {
      expect(rule.examples.ignores.filter((line) => rule.matches(line))).toEqual([]);
    });

    // Only the checks that apply to the rule's stage are defined, so nothing shows as skipped.
    if (rule.stage === 'facts') {
      it('sets aside no figure of the lines it must leave alone: they are facts', () => {
        const none = rule.examples.ignores.filter(
          (line) =>
            extractFacts(MappedText.of(line), { year: 2023, catalog: defaultCatalog, sectionId: 's1' }).length === 0,
        );
        expect(none).toEqual([]);
      });
    }

    if (rule.makesStructure) {
      it.each(['markdown', 'text', 'html'] as const)(
        'lets every line it reads come back from %s as the paragraph it was',
        (format) => {
          const paragraphs = ['全年开展普法活动12场。', ...rule.examples.reads];
          const report = makeReport({
            sections: [
              makeSection('measures', { paragraphs }),
              makeSection('duties'),
              makeSection('shortcomings'),
              makeSection('plans', { paragraphs }),
            ],
          });
          const back = importDraft(renderReport(report, { format })).report;
          expect(back.sections.map((section) => section.paragraphs)).toEqual(
            report.sections.map((section) => section.paragraphs),
          );
        },
      );
    }
  });
});
