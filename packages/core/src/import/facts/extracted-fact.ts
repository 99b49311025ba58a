// The facts stage's types: what it needs to know of the report and what it hands on.
import type { Catalog } from '../../catalog/catalog.js';
import type { Metric } from '../../schema/metric.js';

/** What a fact's value rests on besides its own words, so a person knows to confirm it. */
export type Derivation = 'shared' | 'elliptical' | 'all' | 'none';

/** A fact found in the text, with how it was derived when not written out in full. */
export interface ExtractedFact {
  readonly metric: Metric;
  readonly derived?: Derivation;
  /** The indicator rests on this alias of two characters or fewer: a guess to confirm. */
  readonly weak?: string;
}

/** What fact extraction needs to know about the report. */
export interface FactContext {
  readonly year: number | undefined;
  readonly catalog: Catalog;
  readonly sectionId: string;
  /** The section is a plan (下一年度安排): every figure in it is a target. */
  readonly plans?: boolean;
  /** Read at most this many figures of the block: what is left of the report's allowance (see `MAX_FIGURES`). */
  readonly maxFigures?: number;
}

/** A metric's fields that do not depend on what it counts: everything but indicator and label. */
export type FactBase = Omit<Metric, 'indicator' | 'label' | 'source'> & {
  readonly source: { readonly start: number; readonly end: number; readonly quote: string };
};
