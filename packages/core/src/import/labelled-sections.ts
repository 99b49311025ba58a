import { namedContent } from './section-kinds.js';
import { node, type Node } from './heading-node.js';
import type { Paragraph } from './join-paragraphs.js';
import { COLONS, COMMAS, FULL_STOPS, SEMICOLONS } from '../domain/punctuation.js';

// 存在的问题：…, 下一步打算：…: a short label naming a statutory content, then a colon.
const LABEL = new RegExp(String.raw`^([^${COMMAS}${FULL_STOPS}${SEMICOLONS}${COLONS}\s]{2,24})[${COLONS}]`);

/**
 * The parts of a report that has no numbered headings but opens paragraphs with labels that name
 * the statutory contents (党政主要负责人履职情况：…, 存在的问题：…). At least two such labels, or
 * `undefined`: one label alone is a sentence's lead, not a structure.
 */
export function labelledTree(paragraphs: readonly Paragraph[]): Node | undefined {
  const root = node(-1, 0, undefined);
  let current = root;
  let labels = 0;
  for (const paragraph of paragraphs) {
    const match = paragraph.literal ? null : LABEL.exec(paragraph.text.text);
    const label = match?.[1];
    if (!match || !label || namedContent(label) === undefined) {
      current.paragraphs.push(paragraph.text);
      continue;
    }
    current = node(1, ++labels, paragraph.text.slice(0, label.length));
    root.children.push(current);
    const body = paragraph.text.slice(match[0].length).trim();
    if (body.length > 0) current.paragraphs.push(body);
  }
  return labels >= 2 ? root : undefined;
}
