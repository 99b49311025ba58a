import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog.js';
import { joinParagraphs } from './join-paragraphs.js';
import { readLines } from './lines.js';
import { MappedText } from './mapped-text.js';
import { readOutline } from './outline.js';
import { readSections } from './sections.js';

const sections = (text: string) =>
  readSections(readOutline(joinParagraphs(readLines(MappedText.of(text)).lines)), 2023, defaultCatalog);

describe('readSections', () => {
  it('numbers the sections, a preamble first, and reads each one’s facts with its id', () => {
    const read = sections('前言共2件。\n一、主要举措\n（一）普法\n开展普法活动12场。');
    expect(read.sections.map((section) => [section.id, section.kind])).toEqual([
      ['s0', 'preamble'],
      ['s1', 'measures'],
    ]);
    expect(read.sections[1]?.sections.map((section) => section.id)).toEqual(['s1.1']);
    expect(read.facts.map((fact) => [fact.metric.sectionId, fact.metric.value])).toEqual([
      ['s0', 2],
      ['s1.1', 12],
    ]);
  });

  it('splits a heading that holds problems and plans in two, and says where', () => {
    const read = sections(
      '一、主要举措\n开展。\n二、存在的问题及下一步打算\n人手不足。\n下一步，力争开展普法活动20场。',
    );
    expect(read.sections.map((section) => [section.id, section.kind])).toEqual([
      ['s1', 'measures'],
      ['s2', 'shortcomings'],
      ['s3', 'plans'],
    ]);
    expect(read.splits).toEqual([
      { at: 1, title: '存在的问题及下一步打算', first: '存在的问题', second: '下一步打算' },
    ]);
    expect(read.facts[0]?.metric).toMatchObject({ sectionId: 's3', value: 20, scope: 'target' });
  });
});
