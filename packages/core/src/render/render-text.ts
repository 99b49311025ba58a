import type { Report } from '../schema/report.js';
import { signatureDate } from './numbering.js';
import { lineText, outline } from './outline.js';

/** Plain text: title, numbered headings, paragraphs indented by two ideographic spaces, 落款. */
export function renderText(report: Report): string {
  const blocks = outline(report).map((item) => {
    switch (item.type) {
      case 'title':
      case 'heading':
        return lineText(item);
      case 'paragraph':
        return `\u3000\u3000${lineText(item)}`;
      case 'signature':
        return `${lineText(item)}\n${signatureDate(item.date)}`;
    }
  });
  return `${blocks.join('\n\n')}\n`;
}
