// HTML character references, the one place they are decoded: page text (html-to-text.ts)
// and attribute values (the `<meta name="law-report:…">` the renderer writes).

const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  divide: '÷',
};

// The longest reference read: &#x10ffff; and the named ones above fit; a longer run is text.
const MAX_REFERENCE = 10;

/**
 * The character reference starting at `at` (an `&`), decoded, and where it ends. Looks at
 * most ten characters ahead, so a page of `&` without `;` stays linear. `undefined` when
 * there is none: the `&` is then plain text.
 *
 * @example decodeEntityAt('a&amp;b', 1) // { text: '&', end: 6 }
 */
export function decodeEntityAt(html: string, at: number): { text: string; end: number } | undefined {
  let semicolon = -1;
  const limit = Math.min(html.length, at + 1 + MAX_REFERENCE);
  for (let i = at + 1; i < limit; i++) {
    if (html.charCodeAt(i) === 59 /* ; */) {
      semicolon = i;
      break;
    }
  }
  if (semicolon < 0) return undefined;
  const body = html.slice(at + 1, semicolon);
  let code: number | undefined;
  if (body.startsWith('#x') || body.startsWith('#X'))
    code = /^[0-9a-fA-F]{1,6}$/.test(body.slice(2)) ? Number.parseInt(body.slice(2), 16) : undefined;
  else if (body.startsWith('#'))
    code = /^[0-9]{1,7}$/.test(body.slice(1)) ? Number.parseInt(body.slice(1), 10) : undefined;
  if (body.startsWith('#')) {
    return code !== undefined && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? { text: String.fromCodePoint(code), end: semicolon + 1 }
      : undefined;
  }
  const named = Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
  return named === undefined ? undefined : { text: named, end: semicolon + 1 };
}

/**
 * Every character reference in `text` decoded, in one pass.
 *
 * @example decodeEntities('北留镇&amp;阳城县') // '北留镇&阳城县'
 */
export function decodeEntities(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    const decoded = decodeEntityAt(text, at);
    if (!decoded) continue;
    out += text.slice(from, at) + decoded.text;
    from = decoded.end;
    at = decoded.end - 1;
  }
  return out + text.slice(from);
}
