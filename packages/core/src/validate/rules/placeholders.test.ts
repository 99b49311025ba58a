import { describe, expect, it } from 'vitest';
import { findings, makeReport, makeSection } from '../../testing/index.js';

const withParagraph = (text: string) => makeReport({ sections: [makeSection('measures', { paragraphs: [text] })] });

describe('placeholders', () => {
  it('passes ordinary text, including 1+1+N and markdown-free asterisks', () => {
    expect(findings(withParagraph('建立“1+1+N”工作机制，全年开展培训27次。'), 'placeholder_text')).toEqual([]);
  });

  it.each(['全年开展普法活动*次', '受理案件XX件', '××镇人民政府', '由某某同志负责', '经费____万元'])(
    'flags the template leftover in “%s”',
    (text) => {
      expect(findings(withParagraph(text), 'placeholder_text')).toEqual([['error', 'sections.0.paragraphs.0']]);
    },
  );

  it('checks the title and issuer too, but not in drafts', () => {
    const report = makeReport({ issuer: 'XX镇人民政府' });
    expect(findings(report, 'placeholder_text')).toEqual([['error', 'issuer']]);
    expect(findings(report, 'placeholder_text', { profile: 'draft' })).toEqual([]);
  });

  it('checks the unit’s name', () => {
    expect(findings(makeReport({ unit: { name: 'XX镇', level: 'town' } }), 'placeholder_text')).toEqual([
      ['error', 'unit.name'],
    ]);
  });

  it('stays fast on hostile input', () => {
    const hostile = '*'.repeat(200_000) + 'X'.repeat(200_000);
    expect(findings(withParagraph(hostile), 'placeholder_text')).toEqual([]);
  });
});
