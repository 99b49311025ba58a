// The facts stage's family pass state: a generic word (审结, 办结率) takes the family of the last
// fact the catalog knows, and a rate the family of the count before it in its sentence.
import type { ExtractedFact } from './extracted-fact.js';

/**
 * The facts read so far in a block, and which of them the catalog knows: what a generic word's
 * family comes from. The classifying pass appends every fact through {@link FamilyContext.push}.
 *
 * @example const context = new FamilyContext(); context.push(fact, 0); context.classified // fact
 */
export class FamilyContext {
  /** The block's facts so far, in order. */
  readonly facts: ExtractedFact[] = [];
  #last = -1;
  #lastAt = -1;

  /** The last fact the catalog knows: a generic word (审结) takes its family. */
  get classified(): ExtractedFact | undefined {
    return this.facts[this.#last];
  }

  /** The last known count from `sentenceStart` on, whose family a generic rate takes (a rate owns no rate). */
  near(sentenceStart: number): ExtractedFact | undefined {
    const fact = this.classified;
    return fact && this.#lastAt >= sentenceStart && fact.metric.unit !== '%' ? fact : undefined;
  }

  /** Sets the last known fact aside as something else (an application whose accepted count is the case). */
  replaceClassified(fact: ExtractedFact): void {
    if (this.#last >= 0) this.facts[this.#last] = fact;
  }

  /** Appends a fact read at `at`; a classified one becomes the family's source. */
  push(fact: ExtractedFact, at: number): void {
    if (fact.metric.indicator !== 'unclassified') {
      this.#last = this.facts.length;
      this.#lastAt = at;
    }
    this.facts.push(fact);
  }
}
