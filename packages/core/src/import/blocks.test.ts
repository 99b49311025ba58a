import { describe, expect, it } from 'vitest';
import { readBlocks } from './blocks.js';
import { readLines } from './lines.js';
import { MappedText } from './mapped-text.js';

const blocks = (text: string, fields = {}) => {
  const read = readBlocks(readLines(MappedText.of(text)).lines, fields);
  return { ...read, body: read.body.map((line) => line.text.text) };
};

describe('readBlocks', () => {
  it('takes the title and the 落款 out of the body', () => {
    expect(
      blocks('北留镇2023年法治政府建设工作情况的报告\n一、主要举措\n全年开展12场。\n北留镇人民政府\n2024年1月25日'),
    ).toEqual({
      title: '北留镇2023年法治政府建设工作情况的报告',
      issuer: '北留镇人民政府',
      issuedOn: '2024-01-25',
      body: ['一、主要举措', '全年开展12场。'],
    });
  });

  it('reads a date set under the title when no 落款 has one', () => {
    expect(blocks('北留镇2023年法治政府建设工作情况的报告\n（2024年1月25日）\n一、主要举措')).toMatchObject({
      issuedOn: '2024-01-25',
      body: ['一、主要举措'],
    });
  });

  it('takes the metadata’s title as it stands, and only its line out', () => {
    expect(blocks('前言\n题目\n正文。', { title: '题目' })).toMatchObject({ title: '题目', body: ['前言', '正文。'] });
  });

  it('reads a table as the sentences it says', () => {
    expect(blocks('报告\n| 项目 | 2024年 |\n| --- | --- |\n| 法律咨询 | 640人次 |').body).toEqual([
      '法律咨询640人次。',
    ]);
  });
});
