import * as z from 'zod/mini';
import { SCHEMA_VERSION } from './codes.js';
import { IsoDateSchema } from './enums.js';
import type { ShapeResult } from './shape/shape-node.js';
import { field } from './field-meta.js';
import { MetricSchema } from './metric.js';
import { SectionSchema, type Section } from './section.js';
import { UnitSchema } from './unit.js';

export { SCHEMA_VERSION } from './codes.js';

/** Extension namespaces: lower-case, so `__proto__` and friends can never be one. */
export const namespacePattern = /^[a-z][a-z0-9-]*$/;

const text = z.string().check(z.trim(), z.minLength(1));

/**
 * A whole annual report on building a rule-of-law government (法治政府建设年度报告).
 * The single source of truth: types, JSON Schema, form fields and labels all come from it.
 *
 * @example
 * const result = ReportSchema.safeParse(JSON.parse(text))
 */
export const ReportSchema = z.strictObject(reportShape(SectionSchema));
/** A whole annual report. */
export type Report = z.infer<typeof ReportSchema>;

/**
 * The result of parsing a report: zod's `safeParse` result on a server, the same from the
 * generated shape in a browser (an error carries `issues`, zod's or their equal).
 */
export type ReportParseResult = ShapeResult<Report>;

// One shape for both parsers, so the compiled copy can never drift from the schema.
/** The fields of a report, given the schema of its sections. */
export function reportShape(section: z.ZodMiniType<Section>) {
  return {
    schemaVersion: field('schemaVersion', z.literal(SCHEMA_VERSION)),
    title: field('title', text),
    year: field('year', z.int().check(z.gte(1990), z.lte(2100))),
    unit: UnitSchema,
    issuer: field('issuer', text),
    issuedOn: field('issuedOn', IsoDateSchema),
    submittedOn: z.optional(field('submittedOn', IsoDateSchema)),
    publishedOn: z.optional(field('publishedOn', IsoDateSchema)),
    confidentialityReviewed: z.optional(field('confidentialityReviewed', z.boolean())),
    sections: field('sections', z.array(section)),
    metrics: field('metrics', z.array(MetricSchema)),
    extensions: z.optional(field('extensions', z.record(z.string().check(z.regex(namespacePattern)), z.unknown()))),
  };
}
