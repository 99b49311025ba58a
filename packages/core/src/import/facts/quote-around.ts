import { endsSentenceAt, FULL_STOPS, isAsciiStopAt, SEMICOLONS } from '../../domain/punctuation.js';
import { MAX_QUOTE_LENGTH } from '../../schema/codes.js';
import { sentenceStart } from '../clause-boundaries.js';

// The mark that ends a quoted sentence goes with it.
const QUOTE_CLOSE = `${FULL_STOPS}${SEMICOLONS}`;

/**
 * The sentence a figure stands in, at most {@link MAX_QUOTE_LENGTH} characters: what a
 * reviewer reads to confirm it when the imported text is long gone. A longer sentence is
 * cut around the figure.
 *
 * @param text - the block the figure stands in
 * @param start - where the figure's words start
 * @param end - where they end
 * @example quoteAround('前言。全年培训12次。后记', 3, 8) // '全年培训12次。'
 */
export function quoteAround(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start);
  let to = end;
  while (to < text.length && to - from < MAX_QUOTE_LENGTH && !endsSentenceAt(text, to)) to++;
  if (to < text.length && (QUOTE_CLOSE.includes(text[to] ?? '') || isAsciiStopAt(text, to))) to++;
  let quote = text.slice(from, to).trim();
  if (quote.length > MAX_QUOTE_LENGTH) {
    const left = Math.max(from, Math.min(start - 60, to - MAX_QUOTE_LENGTH));
    quote = text.slice(left, Math.min(to, left + MAX_QUOTE_LENGTH)).trim();
  }
  return quote;
}
