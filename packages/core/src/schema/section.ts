import * as z from 'zod/mini';
import { SectionKindSchema, type SectionKind } from './enums.js';
import { field } from './field-meta.js';

/**
 * One section of a report, in document order, with its sub-sections nested.
 * `title` holds the heading without its enumerator (`一、`, `（二）`): numbering is
 * regenerated from the tree when rendering.
 */
export interface Section {
  id: string;
  kind: SectionKind;
  title: string;
  paragraphs: string[];
  sections: Section[];
}

// The fields of a section but its children; each schema below adds `sections` its own way.
function sectionFields() {
  return {
    id: field('section.id', z.string().check(z.minLength(1), z.maxLength(64))),
    kind: field('section.kind', SectionKindSchema),
    title: field('section.title', z.string()),
    paragraphs: field('section.paragraphs', z.array(z.string())),
  };
}

const children = (child: z.ZodMiniType<Section>) => field('section.sections', z.array(child));

/** Schema of one section; recursive through `sections`. */
export const SectionSchema: z.ZodMiniType<Section> = z.strictObject({
  ...sectionFields(),
  get sections() {
    return children(SectionSchema);
  },
});

/**
 * The same section schema unrolled to `depth` levels, with no reference cycle, so
 * `z.compile` can turn it into a fast parser. Anything it rejects is re-checked by the
 * recursive {@link SectionSchema}, so the two never disagree.
 */
export function sectionSchemaToDepth(depth: number): z.ZodMiniType<Section> {
  const child = depth <= 1 ? z.never() : sectionSchemaToDepth(depth - 1);
  return z.strictObject({ ...sectionFields(), sections: children(child) });
}
