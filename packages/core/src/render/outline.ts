import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { enumerator } from './numbering.js';

/** One piece of a report in reading order, for renderers to print their own way. */
export type OutlineItem =
  | { readonly type: 'title'; readonly text: string }
  | { readonly type: 'heading'; readonly depth: number; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'signature'; readonly issuer: string; readonly date: string };

/**
 * The report in reading order, with heading numbers regenerated from the tree (the stored
 * titles carry none). The preamble has no heading.
 */
export function outline(report: Report): OutlineItem[] {
  const items: OutlineItem[] = [{ type: 'title', text: report.title }];
  const walk = (sections: readonly Section[], depth: number) => {
    let index = 0;
    for (const section of sections) {
      if (section.kind === 'preamble' && depth === 1) {
        for (const text of section.paragraphs) items.push({ type: 'paragraph', text });
        walk(section.sections, depth + 1);
        continue;
      }
      index += 1;
      items.push({ type: 'heading', depth, text: `${enumerator(depth, index)}${section.title}` });
      for (const text of section.paragraphs) items.push({ type: 'paragraph', text });
      walk(section.sections, depth + 1);
    }
  };
  walk(report.sections, 1);
  items.push({ type: 'signature', issuer: report.issuer, date: report.issuedOn });
  return items;
}
