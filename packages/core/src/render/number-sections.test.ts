import { describe, expect, it } from 'vitest';
import { makeSection } from '../testing/index.js';
import { numberSections } from './number-sections.js';

describe('numberSections', () => {
  it('numbers headings as the renderers print them, the 导语 without a number and its sub-sections one level down', () => {
    const numbered = numberSections([
      makeSection('preamble', { title: '', sections: [makeSection('other', { title: '导语下的小节' })] }),
      makeSection('measures', {
        title: '主要举措',
        sections: [
          makeSection('measures', { title: '依法决策', sections: [makeSection('measures', { title: '合法性审查' })] }),
          makeSection('measures', { title: '依法行政' }),
        ],
      }),
      makeSection('shortcomings', { title: '不足' }),
    ]);
    const lines: string[] = [];
    const walk = (list: readonly (typeof numbered)[number][]) => {
      for (const { number, depth, section, sections } of list) {
        lines.push(`${depth} ${number}${section.title}`);
        walk(sections);
      }
    };
    walk(numbered);
    expect(lines).toEqual([
      '1 ',
      '2 （一）导语下的小节',
      '1 一、主要举措',
      '2 （一）依法决策',
      '3 1.合法性审查',
      '2 （二）依法行政',
      '1 二、不足',
    ]);
  });
});
