import { enumeratorAt } from './headings.js';
import { MappedText } from './mapped-text.js';
import { charClass, FULL_STOPS, PARAGRAPH_CLOSE } from '../domain/punctuation.js';

/** One line of the body, as the importer reads it. */
export interface Line {
  readonly text: MappedText;
  /** Written as a Markdown heading: never joined with the next line. */
  readonly marked: boolean;
  /** A literal line (`\…`): body text as it stands, never a heading, never joined to the line before. */
  readonly literal: boolean;
}

/** A paragraph of the body, and whether it is literal text (no heading may be read in it). */
export interface Paragraph {
  readonly text: MappedText;
  readonly literal: boolean;
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
  let paragraph: ParagraphState = { heading: false, fullStop: false, length: 0 };
  let closed = true;
  for (const line of lines) {
    const text = line.text.text;
    if (!closed && !line.literal && !enumeratorAt(text) && !line.marked) {
      current.push(line.text);
      paragraph = { heading: paragraph.heading, fullStop: paragraph.fullStop || FULL_STOP.test(text), length: paragraph.length + text.length };
      closed = isClosed(text, paragraph, false);
      continue;
    }
    if (current.length > 0) paragraphs.push({ text: MappedText.concat(current), literal });
    current = [line.text];
    literal = line.literal;
    paragraph = { heading: !line.literal && enumeratorAt(text) !== undefined, fullStop: FULL_STOP.test(text), length: text.length };
    closed = line.marked || isClosed(text, paragraph, true);
  }
  if (current.length > 0) paragraphs.push({ text: MappedText.concat(current), literal });
  return paragraphs;
}

/**
 * Whether a paragraph that starts a line and ends with `text` stands alone, or the next line
 * continues it. The renderer asks this too, to know when the next paragraph must be literal.
 */
export function closesParagraph(text: string, literal = false): boolean {
  return isClosed(text, { heading: !literal && enumeratorAt(text) !== undefined, fullStop: FULL_STOP.test(text), length: text.length }, true);
}

// Whether a paragraph ends with `last` (its latest line) and stands alone.
function isClosed(last: string, paragraph: ParagraphState, firstLine: boolean): boolean {
  const end = last[last.length - 1] ?? '';
  if (CLOSING.includes(end)) return true;
  if ('”」』"’'.includes(end) && CLOSING.includes(last[last.length - 2] ?? '')) return true;
  // A heading line (一、…, （一）… with no full stop) stands alone.
  if (paragraph.heading && !paragraph.fullStop) return true;
  // A short line with no punctuation at its end is a heading or a label, not a broken sentence.
  return firstLine && paragraph.length < 25 && !'，,、'.includes(end);
}
