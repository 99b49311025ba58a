import { describe, expect, it } from 'vitest';
import { joinParagraphs } from './join-paragraphs.js';
import { lineOf, readLines } from './lines.js';
import { MappedText } from './mapped-text.js';

const lines = (text: string) => readLines(MappedText.of(text)).lines;

describe('readLines', () => {
  it('reads each line’s enumerator once, and none on a literal line', () => {
    expect(
      lines('一、主要举措\n（二）加强领导\n\\三、不是标题\n全年开展12场。').map((line) => line.enumerator?.level),
    ).toEqual([1, 2, undefined, undefined]);
  });

  it('drops blank lines, white space of every kind, and keeps the offsets of the rest', () => {
    const read = lines('\n \u3000\n\n正文。\n\t\n');
    expect(read.map((line) => [line.text.text, line.text.origin[0]])).toEqual([['正文。', 5]]);
  });

  it('reads past the emoji a WeChat post puts before a heading or a line, as past its ★ and ●', () => {
    const read = lines('🔹一、主要举措\n✅（一）依法决策\n❤️ 全年开展12场。\n📌2024年，我局…');
    expect(read.map((line) => [line.text.text, line.enumerator?.level])).toEqual([
      ['一、主要举措', 1],
      ['（一）依法决策', 2],
      ['全年开展12场。', undefined],
      ['2024年，我局…', undefined],
    ]);
    expect(lines('★\n✅\n正文。').map((line) => line.text.text)).toEqual(['正文。']);
  });

  it('drops a copied PDF’s running header beside its page numbers, and keeps the same words as the title', () => {
    const text =
      '双河乡2025年法治政府建设年度报告\n\n（三）化解纠纷。全年排查矛盾纠纷\n\n- 1 -\n\n双河乡人民政府　法治政府建设年度报告\n148件，调解成功145件。\n\n- 2 -\n\n双河乡人民政府 法治政府建设年度报告\n全年开展普法活动28场。';
    expect(lines(text).map((line) => line.text.text)).toEqual([
      '双河乡2025年法治政府建设年度报告',
      '（三）化解纠纷。全年排查矛盾纠纷',
      '148件，调解成功145件。',
      '全年开展普法活动28场。',
    ]);
    // Once is no running header: a line after a page number is the report's.
    expect(lines('全年开展普法活动28场。\n- 1 -\n双河乡人民政府　法治政府建设年度报告\n正文。')).toHaveLength(3);
  });
});

describe('joinParagraphs', () => {
  it('joins a short line whose sentence began after a full stop in it to the line that continues it', () => {
    const joined = joinParagraphs(lines('（三）化解纠纷。全年排查矛盾纠纷\n148件，调解成功145件。\n二、存在的不足'));
    expect(joined.map((paragraph) => paragraph.text.text)).toEqual([
      '（三）化解纠纷。全年排查矛盾纠纷148件，调解成功145件。',
      '二、存在的不足',
    ]);
    // A short line without a full stop is a heading or a label, as before.
    expect(joinParagraphs(lines('依法决策\n全年审查6件。')).map((paragraph) => paragraph.text.text)).toEqual([
      '依法决策',
      '全年审查6件。',
    ]);
  });
});

describe('the stages after the lines stage', () => {
  it('read a line’s enumerator as the lines stage gave it, never the text again', () => {
    // A line whose text opens like a heading, but that the lines stage read as none, is joined as text.
    const asText = { ...lineOf(MappedText.of('一、全年开展，')), enumerator: undefined };
    const paragraphs = joinParagraphs([asText, lineOf(MappedText.of('共12场。'))]);
    expect(paragraphs.map((paragraph) => paragraph.text.text)).toEqual(['一、全年开展，共12场。']);
    expect(joinParagraphs([lineOf(MappedText.of('一、全年开展，')), lineOf(MappedText.of('共12场。'))]).length).toBe(2);
    const continued = { ...lineOf(MappedText.of('二、三项工作。')), enumerator: undefined };
    expect(
      joinParagraphs([lineOf(MappedText.of('全年开展，')), continued]).map((paragraph) => paragraph.text.text),
    ).toEqual(['全年开展，二、三项工作。']);
  });
});
