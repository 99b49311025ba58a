import { describe, expect, it } from 'vitest';
import { publicOriginOf } from './public-origin.js';

describe('publicOriginOf', () => {
  it('takes an http(s) origin, a trailing slash let pass', () => {
    expect(publicOriginOf('https://fz.example.gov.cn/')).toBe('https://fz.example.gov.cn');
    expect(publicOriginOf('http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
  });

  it('refuses a path, a query, a fragment, credentials, another scheme and no URL at all', () => {
    for (const given of [
      'https://fz.example.gov.cn/reports',
      'https://fz.example.gov.cn/?a=1',
      'https://fz.example.gov.cn/#x',
      'https://user:pw@fz.example.gov.cn',
      'ftp://fz.example.gov.cn',
      'fz.example.gov.cn',
      '',
    ])
      expect(publicOriginOf(given), given).toBeUndefined();
  });
});
