import { describe, expect, it } from 'vitest';
import { createCatalog } from '../catalog/catalog.js';
import { classifyFact } from './classify.js';

describe('classifyFact', () => {
  it('reads an alias with brackets as the phrase is read: 村（居）法律顾问', () => {
    const catalog = createCatalog([
      {
        namespace: 'yourtown',
        indicators: [
          {
            name: 'villageLawyers',
            label: { 'zh-CN': '村（居）法律顾问', en: 'Village legal advisers' },
            units: ['人'],
            kind: 'count',
            aliases: ['村（居）法律顾问'],
          },
        ],
      },
    ]);
    expect(classifyFact('聘请村（居）法律顾问', '人', catalog)).toBe('x-yourtown.villageLawyers');
    expect(classifyFact('聘请村居法律顾问', '人', catalog)).toBe('x-yourtown.villageLawyers');
  });
});
