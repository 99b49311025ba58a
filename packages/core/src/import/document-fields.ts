// The fields renderReport writes beside the text: Markdown front matter and HTML <meta> tags.
import { decodeEntities } from './html-entities.js';

/** `---` front matter of `key: value` lines, as renderMarkdown writes it: the pairs, and where the text after it starts. */
export function frontMatter(text: string): { pairs: Map<string, string>; end: number } {
  const pairs = new Map<string, string>();
  const start = text.startsWith('\ufeff') ? 1 : 0;
  if (!text.startsWith('---\n', start) && !text.startsWith('---\r\n', start)) return { pairs, end: 0 };
  const close = text.indexOf('\n---', start + 3);
  if (close < 0 || close > 8192) return { pairs, end: 0 };
  for (const line of text.slice(start + 4, close).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) pairs.set(line.slice(0, colon).trim(), frontMatterValue(line.slice(colon + 1).trim()));
  }
  const after = text.indexOf('\n', close + 4);
  return { pairs, end: after < 0 ? text.length : after + 1 };
}

// renderMarkdown writes values as JSON strings; hand-written front matter may leave them bare.
function frontMatterValue(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : raw;
  } catch {
    return raw;
  }
}

const META = /<meta\s+name="law-report:([A-Za-z.]{1,40})"\s+content="([^"<>]{0,4000})"\s*\/?>/g;

/** The `<meta name="law-report:key" content="value">` pairs of a page, as renderHtml writes them. */
export function htmlMetadata(html: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const match of html.slice(0, 65536).matchAll(META)) {
    if (match[1] && match[2] !== undefined) pairs.set(match[1], decodeEntities(match[2]));
  }
  return pairs;
}
