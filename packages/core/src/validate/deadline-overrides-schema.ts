import * as z from 'zod/mini';
import { isMonthDay } from '../domain/dates.js';

const MonthDaySchema = z.string().check(z.refine(isMonthDay, { params: { format: 'monthDay' } }));

/**
 * A county's deadline configuration as it may be written in JSON: every field optional,
 * nothing else allowed. Days are `MM-DD` that exist (02-29 included). `parseDeadlines` checks
 * with the shape generated from it, so pages need no zod.
 */
export const DeadlineOverridesSchema = z.strictObject({
  submit: z.optional(
    z.strictObject({
      province: z.optional(MonthDaySchema),
      city: z.optional(MonthDaySchema),
      county: z.optional(MonthDaySchema),
      town: z.optional(MonthDaySchema),
      department: z.optional(MonthDaySchema),
    }),
  ),
  publish: z.optional(MonthDaySchema),
  firstReportYearOfCurrentRule: z.optional(z.int().check(z.gte(1990), z.lte(2100))),
});

/** What {@link DeadlineOverridesSchema} accepts, as zod types it. */
export type DeadlineOverridesInput = z.infer<typeof DeadlineOverridesSchema>;
