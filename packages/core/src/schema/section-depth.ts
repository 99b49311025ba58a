import { MAX_SECTION_DEPTH } from './codes.js';
import type { ShapeIssue } from './shape/shape-node.js';

/**
 * The shape issue for sections nested deeper than {@link MAX_SECTION_DEPTH}, at the first
 * such `sections` list, or undefined. Walks with its own stack: JSON can nest far deeper than
 * any recursive check can follow, and a report that does is refused, never a crash.
 *
 * @example tooDeepSections(JSON.parse(text))?.path // ['sections', 0, 'sections', 0, …]
 */
export function tooDeepSections(input: unknown): ShapeIssue | undefined {
  const stack: { readonly value: unknown; readonly path: readonly (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    const sections = typeof value === 'object' && value !== null ? (value as { sections?: unknown }).sections : undefined;
    if (!Array.isArray(sections)) continue;
    const here = [...path, 'sections'];
    // The report's own list (['sections']) holds level 1; ['sections', 0, 'sections'] level 2.
    const level = (here.length + 1) / 2;
    if (sections.length > 0 && level > MAX_SECTION_DEPTH) return { code: 'custom', path: here, params: { maxDepth: MAX_SECTION_DEPTH } };
    sections.forEach((section: unknown, index) => stack.push({ value: section, path: [...here, index] }));
  }
  return undefined;
}
