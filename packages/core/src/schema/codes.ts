// The schema's fixed vocabularies and limits as plain values, without zod: the zod schemas
// (enums.ts, report.ts, metric.ts) are built from them, and code that runs in a page (the
// importer, the Word reader) reads them here, so it never loads zod.

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = '1.0';

/** Administrative levels of a reporting unit, in the order forms list them. */
export const UNIT_LEVELS = ['province', 'city', 'county', 'town', 'department'] as const;

/** Section kinds: the five statutory contents, the local `judgments`, and the `preamble`. */
export const SECTION_KINDS = ['preamble', 'duties', 'measures', 'shortcomings', 'judgments', 'plans', 'other'] as const;

/** How exact a value is. */
export const QUALIFIERS = ['exact', 'over', 'nearly', 'about', 'under'] as const;

/** The period a value covers. */
export const SCOPES = ['year', 'cumulative', 'asOf', 'target'] as const;

/** The longest `source.quote` kept: a sentence, not a page. */
export const MAX_QUOTE_LENGTH = 200;

/**
 * Whether `value` is one of the qualifiers (exact, over, nearly, about, under).
 *
 * @example isQualifier('over') // true
 */
export function isQualifier(value: unknown): value is (typeof QUALIFIERS)[number] {
  return (QUALIFIERS as readonly unknown[]).includes(value);
}

/**
 * Whether `value` is one of the scopes (year, cumulative, asOf, target).
 *
 * @example isScope('target') // true
 */
export function isScope(value: unknown): value is (typeof SCOPES)[number] {
  return (SCOPES as readonly unknown[]).includes(value);
}

/**
 * Whether `value` is one of the unit levels.
 *
 * @example isUnitLevel('town') // true
 */
export function isUnitLevel(value: unknown): value is (typeof UNIT_LEVELS)[number] {
  return (UNIT_LEVELS as readonly unknown[]).includes(value);
}

/**
 * How deep sections may nest (a report uses four levels: 一、（一）1.（1）). Deeper input is
 * refused before parsing, since checking it would recurse past the call stack.
 */
export const MAX_SECTION_DEPTH = 32;

/**
 * How deep another town's data under `extensions.<namespace>` may nest (objects and lists
 * inside one another). The schema leaves it open; past this it is refused, for the same reason.
 */
export const MAX_EXTENSION_DEPTH = 64;
