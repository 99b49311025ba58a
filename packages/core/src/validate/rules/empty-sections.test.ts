import { describe, expect, it } from 'vitest';
import { findings, makeReport, makeSection } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

const now = new Date('2026-01-01');

/** makeReport() with the paragraphs of every section of `kind` replaced. */
function withParagraphs(kind: string, paragraphs: string[]) {
  const report = makeReport();
  for (const section of report.sections) if (section.kind === kind) section.paragraphs = paragraphs;
  return report;
}

describe('empty-sections', () => {
  it('passes when every content has text', () => {
    expect(findings(makeReport(), 'empty_section')).toEqual([]);
  });

  it('is an error when 存在的不足和原因 has a heading and no text, naming it and pointing at its paragraphs', () => {
    const result = validateReport(withParagraphs('shortcomings', []), { now });
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.code === 'empty_section');
    expect(issue).toMatchObject({ severity: 'error', path: ['sections', 2, 'paragraphs'] });
    expect(issue?.message).toBe('“推进法治政府建设存在的不足和原因”还没有内容。');
    expect(issue?.messages.en).toContain('Shortcomings');
  });

  it.each([['   ', '\n'], ['XX件。'], ['某某'], ['*次，XX件'], ['（未识别）'], ['(未识别)'], ['____'], ['××镇']])(
    'counts %j as no text',
    (...paragraphs) => {
      expect(findings(withParagraphs('duties', paragraphs), 'empty_section')).toEqual([
        ['error', 'sections.0.paragraphs'],
      ]);
    },
  );

  it('counts a template with words of its own as text (the placeholders rule flags its blanks)', () => {
    const report = withParagraphs('plans', ['全年开展普法活动*次。']);
    expect(findings(report, 'empty_section')).toEqual([]);
    expect(findings(report, 'placeholder_text')).toEqual([['error', 'sections.3.paragraphs.0']]);
  });

  it('finds the text of thematic 举措 headings in their sub-sections', () => {
    const thematic = (title: string) =>
      makeSection('measures', {
        title,
        paragraphs: [],
        sections: [makeSection('measures', { title: `${title}的具体做法` })],
      });
    const report = makeReport();
    report.sections.splice(1, 1, thematic('深化依法行政'), thematic('强化执法监督'));
    expect(findings(report, 'empty_section')).toEqual([]);
  });

  it('reports a content once, at its first section, when none of its sections has text', () => {
    const blank = () =>
      makeSection('measures', { paragraphs: [''], sections: [makeSection('measures', { paragraphs: [] })] });
    const report = makeReport();
    report.sections.splice(1, 1, blank(), blank());
    expect(findings(report, 'empty_section')).toEqual([['error', 'sections.1.paragraphs']]);
  });

  it('counts the text of another content nested below as that content’s, not its parent’s', () => {
    const report = makeReport();
    const plans = report.sections.splice(3, 1);
    const measures = report.sections[1];
    if (!measures) throw new Error('makeReport has no measures section');
    measures.paragraphs = [];
    measures.sections.push(...plans);
    expect(findings(report, 'empty_section')).toEqual([['error', 'sections.1.paragraphs']]);
  });

  it('counts a 履行生效裁判 part below 举措 as the measures’ text', () => {
    const report = withParagraphs('measures', []);
    report.sections[1]?.sections.push(makeSection('judgments'));
    expect(findings(report, 'empty_section')).toEqual([]);
  });

  it('only warns when 其他需要报告的情况 is empty', () => {
    expect(findings(withParagraphs('other', []), 'empty_section')).toEqual([['warning', 'sections.4.paragraphs']]);
  });

  it('leaves a missing content to required-sections', () => {
    const report = makeReport();
    report.sections = report.sections.filter((s) => s.kind !== 'plans');
    expect(findings(report, 'empty_section')).toEqual([]);
    expect(findings(report, 'missing_section')).toEqual([['error', 'sections']]);
  });

  it('runs in submit and publish, not in drafts', () => {
    const report = withParagraphs('plans', []);
    expect(findings(report, 'empty_section', { profile: 'publish' })).toEqual([['error', 'sections.3.paragraphs']]);
    expect(findings(report, 'empty_section', { profile: 'draft' })).toEqual([]);
  });
});
