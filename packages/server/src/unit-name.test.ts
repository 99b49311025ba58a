import { aggregate } from '@law-report/core';
import { makeReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { hiddenCharacter, unitKey, unitName } from './unit-name.js';

// Names as clerks type them, with the parent they are listed under.
const NAMES: readonly (readonly [string, string | undefined])[] = [
  ['城关镇人民政府', undefined],
  ['城关镇', undefined],
  ['城 关 镇', undefined],
  ['东湖街道办事处', undefined],
  ['东湖街道', undefined],
  ['中共北留镇委员会', undefined],
  ['阳城县北留镇', '阳城县'],
  ['阳城县 北留镇人民政府', '阳城县'],
  ['县司法局', undefined],
  ['东山县卫生健康委员会', undefined],
  ['乌兰旗人民政府', undefined],
  ['柳林乡', '青川县'],
];

describe('unitName and unitKey', () => {
  it('takes off spaces, the parent in front and a government’s or office’s ending', () => {
    expect(NAMES.map(([name, parent]) => unitKey(name, parent))).toEqual([
      '城关镇',
      '城关镇',
      '城关镇',
      '东湖街道',
      '东湖街道',
      '北留镇',
      '北留镇',
      '北留镇',
      '县司法局',
      '东山县卫生健康委员会',
      '乌兰旗',
      '柳林乡',
    ]);
  });

  it('keeps a department’s county in its name, and shows a town without its government', () => {
    expect(['青川县司法局', '城关镇人民政府', ' 东湖街道 办事处'].map(unitName)).toEqual([
      '青川县司法局',
      '城关镇',
      '东湖街道',
    ]);
  });

  it('makes two names one unit exactly when core’s aggregator matches one to the other', () => {
    const pairs = NAMES.flatMap((a) => NAMES.map((b) => [a, b] as const));
    for (const [[name, parent], [other, otherParent]] of pairs) {
      const report = makeReport({ unit: { name, level: 'town', ...(parent ? { parent: { name: parent } } : {}) } });
      const result = aggregate([report], {
        year: 2023,
        roster: [{ name: other, level: 'town', ...(otherParent ? { parent: otherParent } : {}) }],
      });
      expect(result.units.reported === 1, `${name} / ${other}`).toBe(
        unitKey(name, parent) === unitKey(other, otherParent),
      );
    }
  });
});

describe('hiddenCharacter', () => {
  it('names a zero-width, control or right-to-left character, and nothing in a plain name', () => {
    expect(['城关\u200B镇', '城关镇\u202E', '北留\u0007镇', '城关镇', '青川县司法局'].map(hiddenCharacter)).toEqual([
      'U+200B',
      'U+202E',
      'U+0007',
      undefined,
      undefined,
    ]);
  });
});
