import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from './roster.js';

describe('parseRosterCsv', () => {
  it('reads English or Chinese headers, levels in either language, quoted fields', () => {
    const csv =
      '\ufeff名称,层级,代码,上级,截止日期\r\n北留镇,乡镇,140522100,阳城县,2024-01-31\r\n"县司法局,法制科",部门,,,\r\n东河镇,town,,,\r\n';
    const { entries, problems } = parseRosterCsv(csv);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { name: '北留镇', level: 'town', code: '140522100', parent: '阳城县', deadline: '2024-01-31' },
      { name: '县司法局,法制科', level: 'department' },
      { name: '东河镇', level: 'town' },
    ]);
  });

  it('reads the level words of every place ending, 苏木, 旗 and 盟 too', () => {
    const { entries, problems } = parseRosterCsv(
      '名称,层级\n巴彦苏木,苏木\n乌兰旗,旗\n锡林郭勒盟,盟\n东山县,县级\n广西壮族自治区,自治区',
    );
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.level)).toEqual(['town', 'county', 'city', 'county', 'province']);
  });

  it('reports bad rows by line and keeps the good ones', () => {
    const { entries, problems } = parseRosterCsv(
      'name,level,code,deadline\n北留镇,village,,\n东河镇,town,12,\n西河镇,town,,2024-02-30\n南河镇,town,,\n南河镇,town,,',
    );
    expect(entries.map((e) => e.name)).toEqual(['南河镇']);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'roster_unknown_level'],
      [3, 'roster_bad_code'],
      [4, 'roster_bad_deadline'],
      [6, 'roster_listed_twice'],
    ]);
    expect(problems[0]?.reason).toContain('层级“village”无法识别');
    expect(parseRosterCsv('name,level\n北留镇,village', 'en').problems[0]?.reason).toContain('Unknown level “village”');
  });

  it('keeps one unit listed under two spellings once, as the aggregator would count it, and says which', () => {
    const { entries, problems } = parseRosterCsv(
      '名称,层级,上级\n北留镇,town,阳城县\n北留镇人民政府,town,阳城县\n阳城县 北留镇,town,阳城县\n城关镇,town,阳城县\n城关镇,town,沁水县',
    );
    expect(entries.map((entry) => `${entry.parent}${entry.name}`)).toEqual([
      '阳城县北留镇',
      '阳城县城关镇',
      '沁水县城关镇',
    ]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'roster_listed_twice'],
      [4, 'roster_listed_twice'],
    ]);
    expect(problems[0]?.reason).toBe('“北留镇人民政府”在名册中出现了两次（与前面的“北留镇”是同一单位），只算一次。');
  });

  it('refuses what an unclosed quote swallowed, by the line it opened on, and keeps the rows before it', () => {
    const { entries, problems } = parseRosterCsv('名称,层级\n东河镇,town\n"未闭合,town\n北留镇,town\n');
    expect(entries.map((entry) => entry.name)).toEqual(['东河镇']);
    expect(problems).toEqual([
      { line: 3, code: 'roster_open_quote', reason: '这一行的引号没有闭合，后面的内容都被读成了一格：请补上引号。' },
    ]);
  });

  it('needs a name column', () => {
    expect(parseRosterCsv('level\ntown').problems).toEqual([
      { line: 1, code: 'roster_no_name_column', reason: '名册的表头没有“名称”（name）列，无法使用。' },
    ]);
  });
});
