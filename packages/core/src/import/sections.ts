// The sections and facts stage: the outline's headings as the report's sections, each classified
// by its title (section kinds), a top-level heading that holds two statutory contents split in
// two, and every paragraph's and title's facts read with the section they stand in.
import type { Catalog } from '../catalog/catalog.js';
import type { SectionKind } from '../schema/enums.js';
import type { Section } from '../schema/section.js';
import { splitCombinedSection } from './combined-sections.js';
import { extractFacts, type ExtractedFact } from './facts.js';
import type { FactContext } from './facts/extracted-fact.js';
import type { Node } from './heading-node.js';
import type { MappedText } from './mapped-text.js';
import { classifySection } from './section-kinds.js';

/** A top-level heading read as two sections: its title and the two halves' titles, and where the first stands. */
export interface SectionSplit {
  /** The index of the first of the two sections among the top-level sections. */
  readonly at: number;
  readonly title: string;
  readonly first: string;
  readonly second: string;
}

/**
 * The most figures one report is read for. A report gives tens of figures, a long one a few hundred; past
 * this many the text is no report (a statistics dump, megabytes of hostile text) and reading on would only
 * cost memory: 8 MB of 1件1件… made two million facts and four gigabytes before the CLI gave up.
 */
export const MAX_FIGURES = 5_000;

/** What the sections stage hands on: the sections, the facts in reading order, and the headings it split. */
export interface ReadSections {
  readonly sections: Section[];
  readonly facts: ExtractedFact[];
  readonly splits: readonly SectionSplit[];
  /** The text has figures past {@link MAX_FIGURES} that were not read (its paragraphs are all kept). */
  readonly figuresLeft: boolean;
}

/**
 * The report's sections from its outline, each with its kind, and the facts of every title and
 * paragraph, read in order: a preamble (s0) for the paragraphs before the first heading, then
 * s1, s1.1… A top-level 存在的问题及下一步打算 with no sub-sections becomes the two contents it holds.
 *
 * @param root - the outline, from {@link readOutline}
 * @param year - the reporting year (plans' figures are targets, dates are read against it)
 * @param catalog - the catalog whose aliases classify facts
 * @example readSections(readOutline(paragraphs), 2023, defaultCatalog).sections[0]?.kind // 'duties'
 */
export function readSections(root: Node, year: number, catalog: Catalog): ReadSections {
  const facts: ExtractedFact[] = [];
  const sections: Section[] = [];
  const splits: SectionSplit[] = [];
  let figuresLeft = false;
  // A block's facts, within what is left of the allowance, read one past it to know whether any are left unread.
  const read = (block: MappedText, context: FactContext) => {
    const left = Math.max(MAX_FIGURES - facts.length, 0);
    const found = extractFacts(block, { ...context, maxFigures: left + 1 });
    if (found.length > left) figuresLeft = true;
    for (const fact of found.slice(0, left)) facts.push(fact);
  };
  const fill = (section: Section, title: MappedText | undefined, paragraphs: readonly MappedText[]) => {
    const context = { year, catalog, sectionId: section.id, plans: section.kind === 'plans' };
    if (title) read(title, context);
    for (const paragraph of paragraphs) {
      section.paragraphs.push(paragraph.text);
      read(paragraph, context);
    }
  };
  if (root.paragraphs.length > 0) {
    const preamble: Section = { id: 's0', kind: 'preamble', title: '', paragraphs: [], sections: [] };
    fill(preamble, undefined, root.paragraphs);
    sections.push(preamble);
  }
  const walk = (nodes: readonly Node[], prefix: string, parentKind: SectionKind | undefined, first = 1): Section[] =>
    nodes.map((child, index) => {
      const id = `${prefix}${index + first}`;
      const title = child.title?.text ?? '';
      const kind = classifySection(title, parentKind, year);
      const section: Section = { id, kind, title, paragraphs: [], sections: [] };
      fill(section, child.title, child.paragraphs);
      section.sections = walk(child.children, `${id}.`, kind);
      return section;
    });
  let top = 0;
  for (const child of root.children) {
    const split =
      child.title && child.children.length === 0
        ? splitCombinedSection(child.title, child.paragraphs, year)
        : undefined;
    if (!split) {
      for (const section of walk([child], 's', undefined, ++top)) sections.push(section);
      continue;
    }
    for (const part of [split.first, split.second]) {
      const section: Section = {
        id: `s${++top}`,
        kind: part.kind,
        title: part.title.text,
        paragraphs: [],
        sections: [],
      };
      fill(section, part.title, part.paragraphs);
      sections.push(section);
    }
    splits.push({
      at: sections.length - 2,
      title: child.title?.text ?? '',
      first: split.first.title.text,
      second: split.second.title.text,
    });
  }
  return { sections, facts, splits, figuresLeft };
}
