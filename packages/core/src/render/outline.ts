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
 * One piece of a report in reading order, for renderers to print their own way. `text` is the
 * text as the report holds it, which HTML and Word show; `literal` says a line-based format
 * (Markdown, plain text) must write it escaped ({@link lineText}), since the importer would
 * otherwise misread the line (see import/literal-lines.ts), so `importReport(renderReport(r))`
 * gives `r` back. A heading's `text` is its title, `number` its regenerated enumerator; a
 * signature's `text` is the issuing body.
 */
export type OutlineItem =
  | { readonly type: 'title'; readonly text: string; readonly literal: boolean }
  | {
      readonly type: 'heading';
      readonly depth: number;
      readonly number: string;
      readonly text: string;
      readonly literal: boolean;
    }
  | { readonly type: 'paragraph'; readonly text: string; readonly literal: boolean }
  | { readonly type: 'signature'; readonly text: string; readonly literal: boolean; readonly date: string };

/**
 * An item's text as a line of Markdown or plain text writes it: escaped after a `\` when it is
 * literal, as it stands otherwise; a heading's line starts with its number (`1.\title`).
 *
 * @example lineText({ type: 'paragraph', text: '1.全乡排查矛盾纠纷146起。', literal: true }) // '\\1.全乡排查矛盾纠纷146起。'
 */
export function lineText(item: OutlineItem): string {
  const text = item.literal ? `${LITERAL_MARK}${escapeLiteral(item.text)}` : item.text;
  return item.type === 'heading' ? `${item.number}${text}` : text;
}

/**
 * The report in reading order, with heading numbers regenerated from the tree (the stored
 * titles carry none). The preamble has no heading.
 */
export function outline(report: Report): OutlineItem[] {
  const items: OutlineItem[] = [
    { type: 'title', text: report.title, literal: paragraphNeedsLiteral(report.title, true) },
  ];
  // Whether the importer will take the line written last as closed, or join the next to it.
  let closed = true;
  // A list item the importer folds back (plainListItems) is written as the report wrote it.
  const paragraph = (text: string, item = false) => {
    const literal = !item && paragraphNeedsLiteral(text, closed, report.title);
    items.push({ type: 'paragraph', text, literal });
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
      const heading: OutlineItem = {
        type: 'heading',
        depth,
        number,
        text: section.title,
        literal: titleNeedsEscape(plain, section.title, bare),
      };
      items.push(heading);
      const line = lineText(heading);
      closed = closesParagraph(line);
      const listed = plainListItems(section.paragraphs, line, section.sections.length > 0);
      section.paragraphs.forEach((body, at) => paragraph(body, listed.has(at)));
      walk(under);
    }
  };
  walk(numberSections(report.sections));
  // The last paragraph right above the 落款 would sign with it if it reads like an issuing organ.
  const last = items.at(-1);
  if (last?.type === 'paragraph' && !last.literal && coSignerLine.matches(last.text)) {
    items[items.length - 1] = { ...last, literal: true };
  }
  // The 落款 is shown on one line; a line break in it is read back from the metadata, not the text.
  const issuer = report.issuer.replace(/[\r\n]+/g, ' ');
  items.push({ type: 'signature', text: issuer, literal: paragraphNeedsLiteral(issuer, true), date: report.issuedOn });
  return items;
}
