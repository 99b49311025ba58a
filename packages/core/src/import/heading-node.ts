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
  /**
   * The heading's line as written (enumerator, title and the punctuation closing it) when it is a
   * numbered sentence: a list item, should nothing be written under it (see `sentence-item`).
   */
  readonly item?: MappedText;
}

/** A heading with nothing under it yet. */
export function node(
  level: number,
  ordinal: number,
  title: MappedText | undefined,
  list?: number,
  item?: MappedText,
): Node {
  return {
    level,
    ordinal,
    title,
    paragraphs: [],
    children: [],
    ...(list === undefined ? {} : { list }),
    ...(item === undefined ? {} : { item }),
  };
}
