import { MAX_EXTENSION_DEPTH, MAX_SECTION_DEPTH } from './codes.js';
import type { ShapeIssue } from './shape/shape-node.js';

// Input nested deeper than anything a report needs is refused before anything recurses into it:
// zod's parser, the rules, JSON.stringify and structuredClone all follow nesting on the call
// stack, and JSON.parse accepts far deeper than they can follow.

// A section still to look into, with how it was reached (the path is built only for a find).
interface Visit {
  readonly value: unknown;
  readonly level: number;
  readonly parent: Visit | undefined;
  readonly index: number;
}

/**
 * The shape issue for sections nested deeper than {@link MAX_SECTION_DEPTH}, at the first
 * such `sections` list, or undefined. Walks with its own stack: JSON can nest far deeper than
 * any recursive check can follow, and a report that does is refused, never a crash. A page
 * runs it on every report; a server only on what its compiled parser rejects.
 *
 * @example tooDeepSections(JSON.parse(text))?.path // ['sections', 0, 'sections', 0, …]
 */
export function tooDeepSections(input: unknown): ShapeIssue | undefined {
  // The report's own list holds level 1, the lists of its sections level 2.
  const stack: Visit[] = [{ value: input, level: 1, parent: undefined, index: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const sections =
      typeof visit.value === 'object' && visit.value !== null
        ? (visit.value as { sections?: unknown }).sections
        : undefined;
    if (!Array.isArray(sections) || sections.length === 0) continue;
    if (visit.level > MAX_SECTION_DEPTH)
      return { code: 'custom', path: [...pathOf(visit), 'sections'], params: { maxSectionDepth: MAX_SECTION_DEPTH } };
    for (let i = 0; i < sections.length; i++)
      stack.push({ value: sections[i] as unknown, level: visit.level + 1, parent: visit, index: i });
  }
  return undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit = visit; at.parent !== undefined; at = at.parent) path.push(at.index, 'sections');
  return path.reverse();
}

/**
 * The shape issue for extension data nested deeper than {@link MAX_EXTENSION_DEPTH} (the
 * schema leaves `extensions.<namespace>` open, so nothing else bounds it), or undefined.
 * Costs nothing for a report without extensions.
 *
 * @example tooDeepExtensions({ extensions: { jincheng: deeplyNested } })?.path // ['extensions', 'jincheng']
 */
export function tooDeepExtensions(input: unknown): ShapeIssue | undefined {
  const extensions =
    typeof input === 'object' && input !== null ? (input as { extensions?: unknown }).extensions : undefined;
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  for (const [namespace, data] of Object.entries(extensions)) {
    const values: unknown[] = [data];
    const levels: number[] = [1];
    while (values.length > 0) {
      const value = values.pop();
      const level = levels.pop() ?? 1;
      if (typeof value !== 'object' || value === null) continue;
      if (level > MAX_EXTENSION_DEPTH)
        return { code: 'custom', path: ['extensions', namespace], params: { maxExtensionDepth: MAX_EXTENSION_DEPTH } };
      for (const child of Object.values(value)) {
        values.push(child);
        levels.push(level + 1);
      }
    }
  }
  return undefined;
}

/**
 * Sections or extension data nested past their limits, as one shape issue, or undefined.
 *
 * @example tooDeep(JSON.parse(text)) // undefined for any real report
 */
export function tooDeep(input: unknown): ShapeIssue | undefined {
  return tooDeepSections(input) ?? tooDeepExtensions(input);
}
