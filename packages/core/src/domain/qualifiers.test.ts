import { describe, expect, it } from 'vitest';
import { makeMetric } from '../testing/index.js';
import { formatQualified } from '../i18n/messages.js';
import { differenceQualifier, formatChange, formatFigure, knownDirection, qualifierWord } from './qualifiers.js';

// A figure as the importer reads it: its sentence in `source.quote`.
const said = (
  value: number,
  unit: string,
  qualifier: 'over' | 'nearly' | 'about' | 'under',
  quote: string,
  label = '开展法治讲座',
) => makeMetric('study.lectures', value, { label, unit, qualifier, source: { start: 0, end: 1, quote } });

describe('qualifierWord: the qualifier as the report wrote it', () => {
  it('keeps 不少于 as written: 不少于6场 is no 6余场', () => {
    expect(qualifierWord(said(6, '场', 'over', '全年开展法治讲座不少于6场。'))).toEqual({
      word: '不少于',
      place: 'beforeNumber',
    });
  });

  it('puts 余 and 多 after the number, 以上 and 左右 after the measure word, as written', () => {
    expect(qualifierWord(said(20, '场', 'over', '开展普法宣传活动20多场。', '开展普法宣传活动'))).toEqual({
      word: '多',
      place: 'afterNumber',
    });
    expect(qualifierWord(said(20000, '人次', 'over', '服务群众两万余人次。', '服务群众'))).toEqual({
      word: '余',
      place: 'afterNumber',
    });
    expect(qualifierWord(said(5, '件', 'over', '受理案件5件以上。', '受理案件'))).toEqual({
      word: '以上',
      place: 'afterUnit',
    });
    expect(qualifierWord(said(300, '人次', 'about', '培训干部300人次左右。', '培训干部'))).toEqual({
      word: '左右',
      place: 'afterUnit',
    });
    expect(qualifierWord(said(50, '万元', 'over', '投入经费50余万元。', '投入经费'))).toEqual({
      word: '余',
      place: 'afterNumber',
    });
  });

  it('reads Chinese numerals and magnitudes: 近百人次, 上百场', () => {
    expect(qualifierWord(said(100, '人次', 'nearly', '提供法律咨询近百人次。', '提供法律咨询'))).toEqual({
      word: '近',
      place: 'beforeNumber',
    });
    expect(qualifierWord(said(100, '场', 'over', '开展宣传上百场。', '开展宣传'))).toEqual({
      word: '上',
      place: 'beforeNumber',
    });
  });

  it('reads a word written in the label too, when there is no sentence', () => {
    const metric = makeMetric('study.lectures', 6, { label: '开展法治讲座不低于6场', unit: '场', qualifier: 'over' });
    expect(qualifierWord(metric)).toEqual({ word: '不低于', place: 'beforeNumber' });
  });

  it('takes the word of this figure, not of another one in the same sentence', () => {
    const quote = '培训干部约6次，开展法治讲座超过6场。';
    expect(qualifierWord(said(6, '场', 'over', quote))).toEqual({ word: '超过', place: 'beforeNumber' });
    expect(qualifierWord(said(6, '次', 'about', quote, '培训干部'))).toEqual({ word: '约', place: 'beforeNumber' });
  });

  it('never reads 不少于 as 少于, nor a word that means another qualifier than the figure’s', () => {
    expect(qualifierWord(said(6, '场', 'under', '开展法治讲座不少于6场。'))).toEqual({
      word: '不足',
      place: 'beforeNumber',
    });
    // The qualifier was changed after import: the sentence's 约 no longer describes it.
    expect(qualifierWord(said(30, '起', 'over', '化解矛盾纠纷约30起。', '化解矛盾纠纷'))).toEqual({
      word: '以上',
      place: 'afterUnit',
    });
  });

  it('falls back to the locale’s usual word: 以上 after the measure word, 近, 约, 不足 in Chinese; over, nearly, about, under in English', () => {
    const bare = (qualifier: 'over' | 'nearly' | 'about' | 'under') =>
      makeMetric('study.lectures', 6, { unit: '场', qualifier });
    expect((['over', 'nearly', 'about', 'under'] as const).map((q) => qualifierWord(bare(q)))).toEqual([
      // 6场以上, as the form's choice 以上（下限） says: 6余场 reads oddly for a small number.
      { word: '以上', place: 'afterUnit' },
      { word: '近', place: 'beforeNumber' },
      { word: '约', place: 'beforeNumber' },
      { word: '不足', place: 'beforeNumber' },
    ]);
    // A Chinese word in an English sentence would be read as English: the English word instead.
    expect(qualifierWord(said(6, '场', 'over', '全年开展法治讲座不少于6场。'), 'en')).toEqual({
      word: 'over ',
      place: 'beforeNumber',
    });
  });

  it('gives exact figures no word', () => {
    expect(
      qualifierWord(
        makeMetric('study.lectures', 6, { unit: '场', source: { start: 0, end: 1, quote: '开展法治讲座约6场' } }),
      ),
    ).toEqual({ word: '', place: 'beforeNumber' });
  });
});

describe('formatFigure: a figure with its measure word, as the summary writes it', () => {
  const total = (value: number, unit: string, qualifier: 'exact' | 'over' | 'nearly' | 'about' | 'under') => ({
    value,
    unit,
    qualifier,
  });
  const every = ['exact', 'over', 'nearly', 'about', 'under'] as const;

  it('writes each qualifier in Chinese with the summary’s words: 以上 after the measure word, 近, 约, 不足 before the number', () => {
    expect(every.map((q) => formatFigure(total(800, '件', q)))).toEqual([
      '800件',
      '800件以上',
      '近800件',
      '约800件',
      '不足800件',
    ]);
  });

  it('writes each qualifier in English before the number, the measure word after a space', () => {
    expect(every.map((q) => formatFigure(total(800, '件', q), 'en'))).toEqual([
      '800 件',
      'over 800 件',
      'nearly 800 件',
      'about 800 件',
      'under 800 件',
    ]);
  });

  it('puts 以上 after any measure word: %, 万元, 人次', () => {
    expect(formatFigure(total(95, '%', 'over'))).toBe('95%以上');
    expect(formatFigure(total(50, '万元', 'over'))).toBe('50万元以上');
    expect(formatFigure(total(20000, '人次', 'over'))).toBe('20000人次以上');
    expect(formatFigure(total(95.5, '%', 'nearly'))).toBe('近95.5%');
    expect(formatFigure(total(12.5, '万元', 'about'))).toBe('约12.5万元');
    expect(formatFigure(total(300, '人次', 'under'))).toBe('不足300人次');
    expect(formatFigure(total(95, '%', 'over'), 'en')).toBe('over 95%');
    expect(formatFigure(total(50, '万元', 'under'), 'en')).toBe('under 50 万元');
    expect(formatFigure(total(300, '人次', 'about'), 'en')).toBe('about 300 人次');
  });

  it('writes a metric as the summary does, with the word its report wrote', () => {
    expect(formatFigure(said(6, '场', 'over', '全年开展法治讲座不少于6场。'))).toBe('不少于6场');
    expect(formatFigure(said(20000, '人次', 'over', '服务群众两万余人次。', '服务群众'))).toBe('20000余人次');
    expect(formatFigure(said(300, '人次', 'about', '培训干部300人次左右。', '培训干部'))).toBe('300人次左右');
    expect(formatFigure(said(6, '场', 'over', '全年开展法治讲座不少于6场。'), 'en')).toBe('over 6 场');
  });

  it('leaves formatQualified writing a bare number as before: 800余 without its measure word', () => {
    expect(every.map((q) => formatQualified(800, q))).toEqual(['800', '800余', '近800', '约800', '不足800']);
    expect(every.map((q) => formatQualified(800, q, 'en'))).toEqual([
      '800',
      'over 800',
      'nearly 800',
      'about 800',
      'under 800',
    ]);
  });
});

describe('formatChange: a change from last year in words that say no more than is known', () => {
  const every = ['exact', 'over', 'nearly', 'about', 'under'] as const;
  const change = (from: number, by: number, qualifier: (typeof every)[number]) =>
    formatChange({ previous: { value: from }, change: by, qualifier });

  it('says a fall bounded below as a fall of at most so much: 800余 after 1179 is 最多减少379, never −379余', () => {
    const fall = { previous: { value: 1179 }, change: -379 };
    expect(
      formatChange({
        ...fall,
        qualifier: differenceQualifier({ value: 1179, qualifier: 'exact' }, { value: 800, qualifier: 'over' }),
      }),
    ).toBe('最多减少379（32.2%）');
    expect(formatChange({ ...fall, qualifier: 'over' }, 'en')).toBe('down at most 379 (32.2%)');
  });

  it('writes a rise in Chinese for each qualifier, the percentage rounded as the words allow', () => {
    // 100 on 700 is 14.2857…%: a floor rounds down, a ceiling up, so the words stay true.
    expect(every.map((q) => change(700, 100, q))).toEqual([
      '增加100（14.3%）',
      '至少增加100（14.2%）',
      '增加近100（14.3%）',
      '约增加100（14%）',
      '最多增加100（14.3%）',
    ]);
  });

  it('writes a fall in Chinese for each qualifier: a lower bound on a fall is its most, an upper bound its least', () => {
    // 379 on 1179 is 32.1459…%.
    expect(every.map((q) => change(1179, -379, q))).toEqual([
      '减少379（32.1%）',
      '最多减少379（32.2%）',
      '至少减少379（32.1%）',
      '约减少379（32%）',
      '至少减少379（32.1%）',
    ]);
  });

  it('writes no change as what is known of it: 持平, 未减少, 未增加, 基本持平', () => {
    expect(every.map((q) => change(700, 0, q))).toEqual(['持平', '未减少', '未增加', '基本持平', '未增加']);
    expect(every.map((q) => formatChange({ previous: { value: 700 }, change: 0, qualifier: q }, 'en'))).toEqual([
      'unchanged',
      'no lower',
      'no higher',
      'about the same',
      'no higher',
    ]);
  });

  it('writes each in English with English brackets', () => {
    expect(every.map((q) => formatChange({ previous: { value: 700 }, change: 100, qualifier: q }, 'en'))).toEqual([
      'up 100 (14.3%)',
      'up at least 100 (14.2%)',
      'up nearly 100 (14.3%)',
      'up about 100 (14%)',
      'up at most 100 (14.3%)',
    ]);
    expect(every.map((q) => formatChange({ previous: { value: 1179 }, change: -379, qualifier: q }, 'en'))).toEqual([
      'down 379 (32.1%)',
      'down at most 379 (32.2%)',
      'down at least 379 (32.1%)',
      'down about 379 (32%)',
      'down at least 379 (32.1%)',
    ]);
  });

  it('claims an approximate percentage to two figures only: 约减少23（4.6%）, not 4.55%', () => {
    expect(change(505, -23, 'about')).toBe('约减少23（4.6%）');
    expect(change(505, 23, 'exact')).toBe('增加23（4.6%）');
  });

  it('says a percentage under 0.1% as such, and leaves out a floor of 0%', () => {
    expect(change(100000, 5, 'exact')).toBe('增加5（不足0.1%）');
    expect(change(100000, -5, 'about')).toBe('约减少5（不足0.1%）');
    expect(change(100000, 5, 'over')).toBe('至少增加5');
    expect(change(100000, -5, 'over')).toBe('最多减少5（0.1%）');
  });

  it('gives no percentage on a base of 0, and nothing when a year lacks the figure', () => {
    expect(change(0, 5, 'exact')).toBe('增加5');
    expect(formatChange({ previous: null, change: null, qualifier: null })).toBeUndefined();
  });
});

describe('knownDirection: which way a change certainly went', () => {
  it('goes the way an exact change says, and a bound only the way it pins', () => {
    expect(knownDirection(97, 'exact')).toBe(1);
    expect(knownDirection(-59, 'exact')).toBe(-1);
    // At least +100 (800余 after 700) rose; at least −379 (800余 after 1179) may have risen.
    expect(knownDirection(100, 'over')).toBe(1);
    expect(knownDirection(-379, 'over')).toBe(0);
    // At most −14 fell; at most +100 may have fallen.
    expect(knownDirection(-14, 'under')).toBe(-1);
    expect(knownDirection(-14, 'nearly')).toBe(-1);
    expect(knownDirection(100, 'under')).toBe(0);
    // 约 goes no certain way; no change goes none.
    expect(knownDirection(58, 'about')).toBe(0);
    expect(knownDirection(0, 'exact')).toBe(0);
  });
});
