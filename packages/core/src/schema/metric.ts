import * as z from 'zod/mini';
import { MAX_QUOTE_LENGTH } from './codes.js';
import { IsoDateSchema, QualifierSchema, ScopeSchema } from './enums.js';
import { field } from './field-meta.js';

/**
 * An indicator key: a catalog key (`disputes.handled`), an extension key
 * (`x-<namespace>.<name>`) or `unclassified`. Each repeated group starts with a literal
 * `.`, so matching stays linear.
 */
export const indicatorKeyPattern =
  /^(?:unclassified|[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+|x-[a-z][a-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9]*)+)$/;

const offset = z.int().check(z.nonnegative());

export { MAX_QUOTE_LENGTH } from './codes.js';

/**
 * Where a fact stands in the imported text: `[start, end)` UTF-16 offsets, and the sentence
 * it came from (`quote`, at most 200 characters) so provenance travels without the text.
 */
export const SourceSpanSchema = field(
  'metric.source',
  z.strictObject({
    start: field('metric.source.start', offset),
    end: field('metric.source.end', offset),
    quote: z.optional(field('metric.source.quote', z.string().check(z.maxLength(MAX_QUOTE_LENGTH)))),
  }),
);

/**
 * One quantitative fact. `value` is the number as a number: 两万余人次 → 20000 with
 * qualifier `over`; 50万元 → 50 with unit 万元.
 */
export const MetricSchema = z.strictObject({
  indicator: field('metric.indicator', z.string().check(z.regex(indicatorKeyPattern))),
  label: field('metric.label', z.string().check(z.minLength(1))),
  value: field('metric.value', z.number()),
  unit: field('metric.unit', z.string().check(z.minLength(1), z.maxLength(16))),
  qualifier: field('metric.qualifier', QualifierSchema),
  scope: z.optional(field('metric.scope', ScopeSchema)),
  asOf: z.optional(field('metric.asOf', IsoDateSchema)),
  sectionId: z.optional(field('metric.sectionId', z.string().check(z.minLength(1)))),
  source: z.optional(SourceSpanSchema),
});
/** One quantitative fact. */
export type Metric = z.infer<typeof MetricSchema>;
/** Where a fact stands in the imported text. */
export type SourceSpan = z.infer<typeof SourceSpanSchema>;
