import { describe, expect, it } from 'vitest';
import { decodeEntities, decodeEntityAt } from './html-entities.js';

describe('HTML character references', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('a&amp;b&lt;c&#20840;&#x5e74;&ldquo;x&rdquo;')).toBe('a&b<c全年“x”');
  });

  it('leaves what is no reference as text: no semicolon near, unknown names, bad code points', () => {
    expect(decodeEntities('&nbsp &bogus; &#0; &#xD800; &#99999999; &#x;')).toBe(
      '&nbsp &bogus; &#0; &#xD800; &#99999999; &#x;',
    );
    expect(decodeEntityAt(`&${'a'.repeat(20)};`, 0)).toBeUndefined();
  });

  it('looks only a few characters ahead, so a page of & without ; is read once', () => {
    // 100,000 ampersands and a semicolon at the very end: each & must not search to it.
    const text = `${'&'.repeat(100_000)}amp;`;
    expect(decodeEntities(text)).toBe(`${'&'.repeat(100_000)}`);
  });
});
