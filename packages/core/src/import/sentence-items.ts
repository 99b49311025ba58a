// The outline's last step: a list of numbered sentences read as headings (（一）加强法治培训，提升干部法治
// 素养。 with nothing under it) given back to the heading it stands under as that heading's paragraphs.
import type { Node } from './heading-node.js';

/**
 * Folds lists of numbered sentences into paragraphs, bottom-up: under each heading whose every
 * sub-heading is a numbered sentence (`item`) with no text and no sub-heading of its own, those
 * lines, enumerators and all, become the heading's paragraphs after any it has. A sub-heading with
 * body text under it keeps its siblings headings too (their text would otherwise change places
 * with its). The root's children, the report's top-level sections, are never folded.
 *
 * @param root - the outline, changed in place
 * @example foldSentenceItems(root) // 四、2027年工作安排 with three paragraphs（一）…（三）…, no sub-sections
 */
export function foldSentenceItems(root: Node): void {
  // Depth-first with an explicit stack (the outline's depth is bounded, but a hostile file's breadth is not).
  const order: Node[] = [];
  const stack: Node[] = [...root.children];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    order.push(next);
    for (const child of next.children) stack.push(child);
  }
  // Children come after their parents in `order`: walking it backwards folds the deepest lists first.
  for (let i = order.length - 1; i >= 0; i--) {
    const heading = order[i];
    if (!heading || heading.children.length === 0 || !heading.children.every(isBareItem)) continue;
    for (const child of heading.children) if (child.item) heading.paragraphs.push(child.item);
    heading.children.length = 0;
  }
}

function isBareItem(node: Node): boolean {
  return node.item !== undefined && node.paragraphs.length === 0 && node.children.length === 0;
}
