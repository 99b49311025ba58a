// Where a figure's clause, comma clause and sentence start: every fact asks, so the answers
// for the block being read are computed once (boundariesOf) and forgotten after it.

import { endsClauseAt, endsSentenceAt } from '../domain/punctuation.js';
const LOOK_BACK = 120;

/** Where the clause holding `at` starts (at most 120 characters back). */
export function clauseStart(text: string, at: number): number {
  return Math.max(boundariesOf(text).clause[at] ?? 0, at - LOOK_BACK, 0);
}

/** Where the comma clause holding `at` starts: a list joined by 、 stays one clause. */
export function commaClauseStart(text: string, at: number): number {
  return Math.max(boundariesOf(text).commaClause[at] ?? 0, at - LOOK_BACK, 0);
}

/** Where the sentence holding `at` starts (at most 240 characters back). */
export function sentenceStart(text: string, at: number): number {
  return Math.max(boundariesOf(text).sentence[at] ?? 0, at - LOOK_BACK * 2, 0);
}

/** For each offset, where its clause, comma clause and sentence start: one pass per block. */
interface Boundaries {
  readonly text: string;
  readonly clause: Int32Array;
  readonly commaClause: Int32Array;
  readonly sentence: Int32Array;
}

// Every fact asks where its clause and sentence start, several times; a block without
// punctuation would make each question a scan back. The answers for the block being read
// are computed once and kept until the next block.
let boundaries: Boundaries | undefined;

function boundariesOf(text: string): Boundaries {
  if (boundaries?.text === text) return boundaries;
  const clause = new Int32Array(text.length + 1);
  const commaClause = new Int32Array(text.length + 1);
  const sentence = new Int32Array(text.length + 1);
  let c = 0;
  let cc = 0;
  let sn = 0;
  for (let i = 0; i <= text.length; i++) {
    clause[i] = c;
    commaClause[i] = cc;
    sentence[i] = sn;
    if (i < text.length && endsClauseAt(text, i)) {
      c = i + 1;
      if (text[i] !== '、') cc = i + 1;
    }
    if (i < text.length && endsSentenceAt(text, i)) sn = i + 1;
  }
  boundaries = { text, clause, commaClause, sentence };
  return boundaries;
}

/** Forgets the boundaries of the block just read (extractFacts calls it when done). */
export function forgetBoundaries(): void {
  boundaries = undefined;
}
