import { describe, expect, it } from 'vitest';
import { clientOf, trustedProxies } from './connections.js';

describe('clientOf', () => {
  it('counts an IPv4 address as itself and an IPv6 address by its /64, however it is written', () => {
    expect(clientOf('203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientOf('2001:0db8:0000:0000:ffff:1:2:3')).toBe('2001:db8:0:0::/64');
    expect(clientOf('2001:DB8:0:0:aaaa::9')).toBe('2001:db8:0:0::/64');
    expect(clientOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientOf('::1')).toBe('0:0:0:0::/64');
    expect(clientOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

describe('trustedProxies', () => {
  it('names proxies by address, range or word, as Fastify’s trustProxy does', () => {
    const trusted = trustedProxies('loopback, 10.0.0.0/24');
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.2', '10.0.0.7', '10.0.1.7', '203.0.113.7'].map(trusted)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(trustedProxies(undefined)('127.0.0.1')).toBe(false);
    expect(trustedProxies(['2001:db8::5'])('2001:db8::5')).toBe(true);
  });
});
