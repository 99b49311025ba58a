import { describe, expect, it } from 'vitest';
import type { Node } from './heading-node.js';
import { joinParagraphs } from './join-paragraphs.js';
import { readLines } from './lines.js';
import { MappedText } from './mapped-text.js';
import { readOutline } from './outline.js';

const outline = (text: string) => readOutline(joinParagraphs(readLines(MappedText.of(text)).lines));
const shape = (node: Node): unknown[] =>
  node.children.map((child) => [
    child.title?.text,
    child.paragraphs.map((p) => p.text),
    ...(child.children.length ? [shape(child)] : []),
  ]);

describe('readOutline', () => {
  it('nests headings by their enumerators’ levels', () => {
    expect(shape(outline('一、主要举措\n（一）加强领导\n全年学法4次。\n二、存在的问题\n不足。'))).toEqual([
      ['主要举措', [], [['加强领导', ['全年学法4次。']]]],
      ['存在的问题', ['不足。']],
    ]);
  });

  it('splits a heading’s run-on text and the headings inline after it', () => {
    expect(shape(outline('一、主要举措。全年学法4次。二、存在的问题。不足。'))).toEqual([
      ['主要举措', ['全年学法4次。']],
      ['存在的问题', ['不足。']],
    ]);
  });

  it('makes an appendix line a top-level section of its own', () => {
    expect(
      shape(outline('一、下一步打算\n力争开展10场。\n附表：主要指标完成情况\n全年开展12场。')).map(
        (section) => (section as unknown[])[0],
      ),
    ).toEqual(['下一步打算', '附表：主要指标完成情况']);
  });

  it('reads the labels of a report with no numbered headings', () => {
    expect(
      shape(outline('存在的问题：人手不足。\n下一步打算：加强培训。')).map((section) => (section as unknown[])[0]),
    ).toEqual(['存在的问题', '下一步打算']);
  });
});
