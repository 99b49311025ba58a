import type { Enumerator } from './headings.js';
import type { Line } from './lines.js';
import { MappedText } from './mapped-text.js';
import { headingEnumerator } from './rules/heading-enumerator.js';
import { charClass, FULL_STOPS, PARAGRAPH_CLOSE } from '../domain/punctuation.js';

/** A paragraph of the body, whether it is literal text (no heading may be read in it), and its first line's enumerator. */
export interface Paragraph {
  readonly text: MappedText;
  readonly literal: boolean;
  readonly enumerator: Enumerator | undefined;
}

const CLOSING = PARAGRAPH_CLOSE;
const FULL_STOP = new RegExp(charClass(FULL_STOPS));

interface ParagraphState {
  /** It starts with an enumerator (一、, （一）…). */
  readonly heading: boolean;
  /** A full stop stands somewhere in it. */
  readonly fullStop: boolean;
  readonly length: number;
}

/**
 * Re-joins paragraphs broken by page breaks: a line that stops mid-sentence continues on the
 * next one, unless it is a heading, the next line starts one, or the next line is literal.
 * What closing needs to know of the paragraph so far is kept as lines arrive: re-reading the
 * growing paragraph per line would make a file of comma-ended lines quadratic.
 */
export function joinParagraphs(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: MappedText[] = [];
  let literal = false;
  let enumerator: Enumerator | undefined;
  let paragraph: ParagraphState = { heading: false, fullStop: false, length: 0 };
  let closed = true;
  for (const line of lines) {
    const text = line.text.text;
    if (!closed && !line.literal && !line.enumerator && !line.marked) {
      current.push(line.text);
      paragraph = {
        heading: paragraph.heading,
        fullStop: paragraph.fullStop || FULL_STOP.test(text),
        length: paragraph.length + text.length,
      };
      closed = isClosed(text, paragraph, false);
      continue;
    }
    if (current.length > 0) paragraphs.push({ text: MappedText.concat(current), literal, enumerator });
    current = [line.text];
    literal = line.literal;
    enumerator = line.enumerator;
    paragraph = { heading: line.enumerator !== undefined, fullStop: FULL_STOP.test(text), length: text.length };
    closed = line.marked || isClosed(text, paragraph, true);
  }
  if (current.length > 0) paragraphs.push({ text: MappedText.concat(current), literal, enumerator });
  return paragraphs;
}

/**
 * Whether a paragraph that starts a line and ends with `text` stands alone, or the next line
 * continues it: the renderer's question, of text it writes (the importer reads lines, their
 * enumerators read by the lines stage), to know when the next paragraph must be literal.
 *
 * @example closesParagraph('一、总体情况') // true; closesParagraph('全年开展，') // false
 */
export function closesParagraph(text: string, literal = false): boolean {
  return isClosed(
    text,
    { heading: !literal && headingEnumerator.matches(text), fullStop: FULL_STOP.test(text), length: text.length },
    true,
  );
}

// Whether a paragraph ends with `last` (its latest line) and stands alone.
function isClosed(last: string, paragraph: ParagraphState, firstLine: boolean): boolean {
  const end = last[last.length - 1] ?? '';
  if (CLOSING.includes(end)) return true;
  if ('”」』"’'.includes(end) && CLOSING.includes(last[last.length - 2] ?? '')) return true;
  // A heading line (一、…, （一）… with no full stop) stands alone.
  if (paragraph.heading && !paragraph.fullStop) return true;
  // A short line with no punctuation at its end is a heading or a label, not a broken sentence; one
  // whose sentence began after a full stop in it ((三)化解纠纷。全年排查矛盾纠纷 | 148件) is broken.
  return firstLine && paragraph.length < 25 && !paragraph.fullStop && !'，,、'.includes(end);
}
