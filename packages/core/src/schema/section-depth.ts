import { MAX_SECTION_DEPTH } from './codes.js';
import type { ShapeIssue } from './shape/shape-node.js';

// A section still to look into, with how it was reached (the second pass only).
interface Visit {
  readonly value: unknown;
  readonly level: number;
  readonly parent: Visit | undefined;
  readonly index: number;
}

/**
 * The shape issue for sections nested deeper than {@link MAX_SECTION_DEPTH}, at the first
 * such `sections` list, or undefined. Walks with its own stack: JSON can nest far deeper than
 * any recursive check can follow, and a report that does is refused, never a crash.
 *
 * @example tooDeepSections(JSON.parse(text))?.path // ['sections', 0, 'sections', 0, …]
 */
export function tooDeepSections(input: unknown): ShapeIssue | undefined {
  // First a pass that keeps only values and levels (one per section, no objects made): every
  // report pays it. The report's own list holds level 1, the lists of its sections level 2.
  const values: unknown[] = [input];
  const levels: number[] = [1];
  let deep = false;
  while (values.length > 0 && !deep) {
    const value = values.pop();
    const level = levels.pop() ?? 1;
    const sections = typeof value === 'object' && value !== null ? (value as { sections?: unknown }).sections : undefined;
    if (!Array.isArray(sections) || sections.length === 0) continue;
    if (level > MAX_SECTION_DEPTH) deep = true;
    for (let i = 0; i < sections.length; i++) {
      values.push(sections[i]);
      levels.push(level + 1);
    }
  }
  return deep ? locate(input) : undefined;
}

// The second pass, for a report that has too deep a list: the same walk, remembering the way.
function locate(input: unknown): ShapeIssue | undefined {
  const stack: Visit[] = [{ value: input, level: 1, parent: undefined, index: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const sections = typeof visit.value === 'object' && visit.value !== null ? (visit.value as { sections?: unknown }).sections : undefined;
    if (!Array.isArray(sections) || sections.length === 0) continue;
    if (visit.level > MAX_SECTION_DEPTH) return { code: 'custom', path: [...pathOf(visit), 'sections'], params: { maxDepth: MAX_SECTION_DEPTH } };
    for (let i = 0; i < sections.length; i++) stack.push({ value: sections[i] as unknown, level: visit.level + 1, parent: visit, index: i });
  }
  return undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit = visit; at.parent !== undefined; at = at.parent) path.push(at.index, 'sections');
  return path.reverse();
}
