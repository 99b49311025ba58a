import type { Report } from '../schema/report.js';
import { documentMetadata } from './document-metadata.js';
import { signatureDate } from './numbering.js';
import { lineText, outline } from './outline.js';

/**
 * Markdown: `#` title, `##`… headings one level per depth (the numbering, not the `#`s,
 * carries the level when imported back), paragraphs, and the 落款 as two lines; the fields the
 * text does not show go in front matter.
 */
export function renderMarkdown(report: Report): string {
  const blocks = outline(report).map((item) => {
    switch (item.type) {
      case 'title':
        return `# ${lineText(item)}`;
      case 'heading':
        return `${'#'.repeat(Math.min(6, item.depth + 1))} ${lineText(item)}`;
      case 'paragraph':
        return lineText(item);
      case 'signature':
        return `${lineText(item)}\n\n${signatureDate(item.date)}`;
    }
  });
  // Values as JSON strings: a line break, a quote or `---` in a value stays inside it.
  const front = documentMetadata(report).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${front.join('\n')}\n---\n\n${blocks.join('\n\n')}\n`;
}
