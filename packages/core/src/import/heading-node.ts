import type { MappedText } from './mapped-text.js';

/** A heading of the report's tree as the importer builds it. */
export interface Node {
  readonly level: number;
  readonly ordinal: number;
  readonly title: MappedText | undefined;
  readonly paragraphs: MappedText[];
  readonly children: Node[];
  /** The enumerator level of a list whose numbering started again under a heading (四、… / 一、…). */
  readonly list?: number;
}

/** A heading with nothing under it yet. */
export function node(level: number, ordinal: number, title: MappedText | undefined, list?: number): Node {
  return { level, ordinal, title, paragraphs: [], children: [], ...(list === undefined ? {} : { list }) };
}
