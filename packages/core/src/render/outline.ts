import { closesParagraph } from '../import/join-paragraphs.js';
import {
  escapeLiteral,
  LITERAL_MARK,
  paragraphNeedsLiteral,
  plainListItems,
  titleNeedsEscape,
} from '../import/literal-lines.js';
import { coSignerLine } from '../import/rules/index.js';
import type { Report } from '../schema/report.js';
import { type NumberedSection, numberSections } from './number-sections.js';

/**
 * One piece of a report in reading order, for renderers to print their own way. `text` is
 * the line as a line-based format must write it: escaped where the importer would otherwise
 * misread it (see import/literal-lines.ts), so `importReport(renderReport(r))` gives `r` back.
 */
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
  const title = paragraphNeedsLiteral(report.title, true)
    ? `${LITERAL_MARK}${escapeLiteral(report.title)}`
    : report.title;
  const items: OutlineItem[] = [{ type: 'title', text: title }];
  // Whether the importer will take the line written last as closed, or join the next to it.
  let closed = true;
  // A list item the importer folds back (plainListItems) is written as the report wrote it.
  const paragraph = (text: string, item = false) => {
    const literal = !item && paragraphNeedsLiteral(text, closed, report.title);
    items.push({ type: 'paragraph', text: literal ? `${LITERAL_MARK}${escapeLiteral(text)}` : text });
    closed = closesParagraph(text, literal);
  };
  const walk = (sections: readonly NumberedSection[]) => {
    for (const { section, depth, number, sections: under } of sections) {
      if (!number) {
        for (const text of section.paragraphs) paragraph(text);
        walk(under);
        continue;
      }
      const plain = `${number}${section.title}`;
      const bare = section.paragraphs.length === 0 && section.sections.length === 0;
      const text = titleNeedsEscape(plain, section.title, bare)
        ? `${number}${LITERAL_MARK}${escapeLiteral(section.title)}`
        : plain;
      items.push({ type: 'heading', depth, text });
      closed = closesParagraph(text);
      const listed = plainListItems(section.paragraphs, text, section.sections.length > 0);
      section.paragraphs.forEach((body, at) => paragraph(body, listed.has(at)));
      walk(under);
    }
  };
  walk(numberSections(report.sections));
  // The last paragraph right above the 落款 would sign with it if it reads like an issuing organ.
  const last = items.at(-1);
  if (last?.type === 'paragraph' && !last.text.startsWith(LITERAL_MARK) && coSignerLine.matches(last.text)) {
    items[items.length - 1] = { type: 'paragraph', text: `${LITERAL_MARK}${escapeLiteral(last.text)}` };
  }
  // The 落款 is shown on one line; a line break in it is read back from the metadata, not the text.
  const issuer = report.issuer.replace(/[\r\n]+/g, ' ');
  items.push({
    type: 'signature',
    issuer: paragraphNeedsLiteral(issuer, true) ? `${LITERAL_MARK}${escapeLiteral(issuer)}` : issuer,
    date: report.issuedOn,
  });
  return items;
}
