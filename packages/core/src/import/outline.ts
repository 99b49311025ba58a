// The outline stage: the body's paragraphs as a tree of headings by their enumerators' levels
// (一、 1, （一） 2, 1. 3…), inline headings split off in sequence, an appendix line a top-level
// section of its own; a report with no numbered headings by the labels of its paragraphs; lists of
// numbered sentences with nothing under them the paragraphs of the heading they stand under.
import { enumeratorAt, inlineHeadingAt, splitHeading, type Enumerator } from './headings.js';
import { node, type Node } from './heading-node.js';
import type { Paragraph } from './join-paragraphs.js';
import { labelledTree } from './labelled-sections.js';
import { LITERAL_MARK, unescapeLiteral } from './literal-lines.js';
import type { MappedText } from './mapped-text.js';
import { appendixLine } from './rules/index.js';
import { isSentenceItem } from './rules/sentence-item.js';
import { namedContent } from './section-kinds.js';
import { foldSentenceItems } from './sentence-items.js';

/**
 * The report's outline: a root whose children are the top-level headings, each with its title,
 * paragraphs and sub-headings. Numbered headings when the body has any, else the labels that
 * open its paragraphs (存在的问题：…) when there are two at least, else one root of paragraphs.
 *
 * @param paragraphs - the body's paragraphs, each with its first line's enumerator
 * @returns the root of the tree (level -1, no title)
 * @example readOutline(paragraphs).children[0]?.title?.text // '主要举措和成效'
 */
export function readOutline(paragraphs: readonly Paragraph[]): Node {
  const numbered = numberedTree(paragraphs);
  foldSentenceItems(numbered);
  return numbered.children.length === 0 ? (labelledTree(paragraphs) ?? numbered) : numbered;
}

// Paragraphs into a tree by enumerator level, splitting inline headings in sequence.
function numberedTree(paragraphs: readonly Paragraph[]): Node {
  const root = node(-1, 0, undefined);
  const stack: Node[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const open = (enumerator: Enumerator, block: MappedText) => {
    const { title, body, item } = headingOf(block, enumerator);
    // 四、2025年工作安排 then 一、加强学习 二、…: numbering that starts again under an open heading of
    // its own level lists that heading's items, one level down; the list goes on while its numbers
    // do, and a heading that names a statutory content (五、其他需要报告的情况) ends it.
    const list = [...stack].reverse().find((open) => open.list === enumerator.level);
    const same = stack.find((open) => open !== root && open.list === undefined && open.level === enumerator.level);
    const namesContent = title !== undefined && namedContent(title.text) !== undefined;
    if (
      list &&
      enumerator.ordinal === list.ordinal + 1 &&
      !(namesContent && same && enumerator.ordinal === same.ordinal + 1)
    ) {
      while (stack.length > 1 && top() !== list) stack.pop();
      stack.pop();
      return push(node(list.level, enumerator.ordinal, title, enumerator.level, item), body);
    }
    // The same when the report's top headings are of a deeper kind ((四)2025年工作安排 / 一、…).
    const first = stack[1];
    const under = same ?? (first && first.list === undefined && first.level > enumerator.level ? first : undefined);
    if (!list && under && enumerator.ordinal === 1 && under.ordinal >= 2 && !namesContent) {
      return push(node(top().level + 0.5, 1, title, enumerator.level, item), body);
    }
    while (stack.length > 1 && top().level >= enumerator.level) stack.pop();
    return push(node(enumerator.level, enumerator.ordinal, title, undefined, item), body);
  };
  const push = (child: Node, body: MappedText | undefined) => {
    top().children.push(child);
    stack.push(child);
    return body;
  };
  // Inline, only the next number at an open level (or 1 one level deeper) starts a section.
  const accepts = (enumerator: Enumerator) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const open = stack[i];
      if (open && open.level === enumerator.level) return open.ordinal + 1 === enumerator.ordinal;
      if (open && open.level < enumerator.level) return enumerator.ordinal === 1 && enumerator.level === open.level + 1;
    }
    return enumerator.ordinal === root.children.filter((c) => c.level === enumerator.level).length + 1;
  };
  for (const paragraph of paragraphs) {
    if (paragraph.literal) {
      top().paragraphs.push(paragraph.text);
      continue;
    }
    // 附表：主要指标完成情况 after the plans: figures achieved, no part of the last section.
    if (appendixLine.matches(paragraph.text.text) && root.children.length > 0) {
      stack.length = 1;
      const appendix = node(1, root.children.length + 1, paragraph.text);
      root.children.push(appendix);
      stack.push(appendix);
      continue;
    }
    // The paragraph's enumerator is its first line's, read by the lines stage; the text a heading
    // runs on with, or an inline heading cut from it, is new text the outline reads itself.
    let rest: MappedText | undefined = paragraph.text;
    let enumerator: Enumerator | undefined = paragraph.enumerator;
    while (rest && rest.length > 0) {
      if (enumerator) {
        rest = open(enumerator, rest);
        enumerator = rest ? enumeratorAt(rest.text) : undefined;
        continue;
      }
      const at = inlineHeadingAt(rest.text, accepts);
      if (at < 0) {
        top().paragraphs.push(rest);
        break;
      }
      const before = rest.slice(0, at).trim();
      if (before.length > 0) top().paragraphs.push(before);
      rest = rest.slice(at);
      enumerator = enumeratorAt(rest.text);
    }
  }
  return root;
}

// A heading's title and run-on text, and its line as written when that is a numbered sentence (a
// list item, 1.加强学法；2.… cut before the next); a title written escaped (一、\title) is the whole
// rest, and a heading.
function headingOf(
  block: MappedText,
  enumerator: Enumerator,
): { title: MappedText; body?: MappedText; item?: MappedText } {
  let at = enumerator.length;
  while (block.text.charCodeAt(at) === 32) at++;
  if (block.text.startsWith(LITERAL_MARK, at)) return { title: unescapeLiteral(block.slice(at + 1)) };
  const split = splitHeading(block, enumerator);
  const whole = block.trim();
  const line = split.body ? whole.slice(0, whole.length - split.body.length).trim() : whole;
  return isSentenceItem(line.text) ? { ...split, item: line } : split;
}
