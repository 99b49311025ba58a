import { align, commonEnds } from './align.js';

/** What changed in a section's text, briefly: the sentences that came and went, and the first change. */
export interface TextChange {
  /** Sentences new in the text (a sentence reworded counts as one removed and one added). */
  readonly added: number;
  /** Sentences no longer in it. */
  readonly removed: number;
  /**
   * The first change: the sentence as it read before, cut to the words that differ with a few
   * around them (… where cut); empty when a sentence was only added there.
   */
  readonly before: string;
  /** The same place after; empty when a sentence was only removed there. */
  readonly after: string;
}

// A sentence ends at 。！？；!?; (and a closing quote or bracket right after), or at its paragraph's end.
const SENTENCE = /[^。！？；!?;]+(?:[。！？；!?;]+[”’」』）)]*)?|[。！？；!?;]+/g;

/** The sentences of some paragraphs, each trimmed. */
export function sentences(paragraphs: readonly string[]): string[] {
  const found: string[] = [];
  for (const paragraph of paragraphs)
    for (const match of paragraph.matchAll(SENTENCE)) {
      const sentence = match[0].trim();
      if (sentence) found.push(sentence);
    }
  return found;
}

// Words either side of what differs, and the longest stretch shown of a sentence.
const CONTEXT = 8;
const LONGEST = 60;

function cut(chars: readonly string[], from: number, to: number): string {
  const end = Math.min(to, from + LONGEST);
  return `${from > 0 ? '…' : ''}${chars.slice(from, end).join('')}${end < chars.length ? '…' : ''}`;
}

// A sentence reworded, each side cut to the part that differs with a few words around it.
function differing(before: string, after: string): { readonly before: string; readonly after: string } {
  const [was, is] = [Array.from(before), Array.from(after)];
  const { start: prefix, end: suffix } = commonEnds(was, is);
  const from = Math.max(0, prefix - CONTEXT);
  return {
    before: cut(was, from, was.length - suffix + CONTEXT),
    after: cut(is, from, is.length - suffix + CONTEXT),
  };
}

/**
 * What changed between two versions of a section's paragraphs, sentence by sentence; undefined
 * when the text is the same (paragraphs split or joined differently but word for word alike too).
 *
 * @example textChange(['全年调解18起。'], ['全年调解20起。']) // { added: 1, removed: 1, before: '全年调解18起。', after: '全年调解20起。' }
 */
export function textChange(before: readonly string[], after: readonly string[]): TextChange | undefined {
  const [was, is] = [sentences(before), sentences(after)];
  const kept = align(was, is);
  if (kept.length === was.length && kept.length === is.length) return undefined;
  // The first place the two differ: the sentences between the last kept pair before it and the next.
  let [i, j] = [0, 0];
  for (const [keptBefore, keptAfter] of kept) {
    if (keptBefore !== i || keptAfter !== j) break;
    i += 1;
    j += 1;
  }
  const next = kept.find(([keptBefore]) => keptBefore >= i) ?? [was.length, is.length];
  const [gone, came] = [i < next[0] ? was[i] : undefined, j < next[1] ? is[j] : undefined];
  const first =
    gone !== undefined && came !== undefined
      ? differing(gone, came)
      : {
          before: gone === undefined ? '' : cut(Array.from(gone), 0, LONGEST),
          after: came === undefined ? '' : cut(Array.from(came), 0, LONGEST),
        };
  return { added: is.length - kept.length, removed: was.length - kept.length, ...first };
}
