import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog.js';
import { parseCatalog } from './parse-catalog.js';

const yourtown = {
  namespace: 'yourtown',
  indicators: [
    { name: 'gridEvents', label: { 'zh-CN': '网格事件', en: 'Grid events' }, units: ['件'], kind: 'count' },
    {
      name: 'villageLawyers',
      label: { 'zh-CN': '村（居）法律顾问', en: 'Village legal advisers' },
      units: ['人'],
      kind: 'count',
    },
  ],
};

describe('parseCatalog', () => {
  it('reads one extension catalog or an array of them, with the built-in indicators', () => {
    const one = parseCatalog(yourtown);
    expect(one.ok && one.catalog.get('x-yourtown.gridEvents')?.label['zh-CN']).toBe('网格事件');
    expect(one.ok && one.catalog.get('disputes.handled')).toBeTruthy();
    const two = parseCatalog([yourtown, { namespace: 'jincheng', indicators: [] }]);
    expect(two.ok && [...two.catalog.namespaces]).toEqual(['yourtown', 'jincheng']);
  });

  it('names each problem of a malformed file in Chinese, never throwing', () => {
    const bad = parseCatalog({
      namespace: 'yourtown',
      indicators: [{ name: 'gridEvents', units: ['件'], kind: 'count' }],
    });
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/^扩展指标目录第 1 项有误：.*label/);
    expect(parseCatalog('catalog')).toEqual({ ok: false, problems: [expect.stringMatching(/^不是扩展指标目录/)] });
    expect(parseCatalog([yourtown, yourtown])).toEqual({ ok: false, problems: ['命名空间“yourtown”登记了两次'] });
  });

  it('refuses a measure word the importer does not read, whose figures would be lost without a word', () => {
    const rooms = {
      namespace: 'longquan',
      indicators: [
        { name: 'mediationRooms', label: { 'zh-CN': '调解室', en: 'Mediation rooms' }, units: ['间'], kind: 'count' },
      ],
    };
    expect(parseCatalog(rooms)).toEqual({
      ok: false,
      problems: [
        '指标“mediationRooms”的计量单位“间”不在量词表中，导入时读不到以它计数的数字：请改用表中的量词（如 个、处、名、件、次、项）',
      ],
    });
    expect(() => createCatalog([rooms])).toThrow(/"mediationRooms" is counted in "间"/);
    const inPlaces = { ...rooms, indicators: [{ ...rooms.indicators[0], units: ['处'] }] };
    expect(parseCatalog(inPlaces).ok).toBe(true);
  });

  it('refuses a namespace written with its x- prefix, saying what to write instead', () => {
    expect(parseCatalog({ ...yourtown, namespace: 'x-yourtown' })).toEqual({
      ok: false,
      problems: ['命名空间“x-yourtown”不要带 x- 前缀，请写“yourtown”（指标键会是 x-yourtown.<名称>）'],
    });
    expect(() => createCatalog([{ ...yourtown, namespace: 'x-yourtown' }])).toThrow(
      /without the x- prefix: write "yourtown"/,
    );
  });
});
