import * as z from 'zod/mini';
import { UnitLevelSchema } from './enums.js';
import { field } from './field-meta.js';

// 6 digits (county and above), 9 (town), 12 (village): the statistical division code.
const divisionCode = z.string().check(z.regex(/^\d{6}(?:\d{3}){0,2}$/));
const name = z.string().check(z.trim(), z.minLength(1));

/** The body a report is about, e.g. 北留镇 in 阳城县. */
export const UnitSchema = field(
  'unit',
  z.strictObject({
    name: field('unit.name', name),
    level: field('unit.level', UnitLevelSchema),
    code: z.optional(field('unit.code', divisionCode)),
    parent: z.optional(
      field(
        'unit.parent',
        z.strictObject({
          name: field('unit.parent.name', name),
          code: z.optional(field('unit.parent.code', divisionCode)),
        }),
      ),
    ),
  }),
);
/** The body a report is about. */
export type Unit = z.infer<typeof UnitSchema>;
