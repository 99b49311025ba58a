import type { Section } from '../schema/section.js';
import { enumerator } from './numbering.js';

/** A section with the heading number the renderers print before its title, and its depth. */
export interface NumberedSection {
  readonly section: Section;
  /** 1 for a top-level section, 2 under it, and so on. */
  readonly depth: number;
  /** `一、`, `（一）`, `1.`, `（1）`…; empty for a top-level 导语, which has no heading. */
  readonly number: string;
  readonly sections: readonly NumberedSection[];
}

/**
 * The report's sections numbered as every renderer numbers them (GB/T 9704: 一、 → （一） → 1. →
 * （1）), regenerated from the tree, since the stored titles carry no numbers. A top-level 导语
 * has no heading and takes no number; its sub-sections are numbered one level down. The one home of
 * the numbering: the renderers and the county's review desk, which shows the text, read it.
 *
 * @param sections - the report's `sections`
 * @returns the same tree, each section with its number and depth
 * @example numberSections(report.sections).map((s) => s.number + s.section.title) // ['一、主要举措和成效', '二、存在的不足和原因', …]
 */
export function numberSections(sections: readonly Section[]): NumberedSection[] {
  return numberAt(sections, 1);
}

function numberAt(sections: readonly Section[], depth: number): NumberedSection[] {
  let index = 0;
  return sections.map((section) => {
    const preamble = section.kind === 'preamble' && depth === 1;
    if (!preamble) index += 1;
    return {
      section,
      depth,
      number: preamble ? '' : enumerator(depth, index),
      sections: numberAt(section.sections, depth + 1),
    };
  });
}
