/**
 * Whether a file's bytes are Report JSON already (what `import` writes, `validate` and `render`
 * read): an object with `schemaVersion`, a JSON array whose first item is one, or JSON Lines
 * whose first line is one. `import` refuses it with a hint rather than reading the JSON as prose.
 * Only a text that starts with `{` or `[` is parsed, so a report's text costs nothing.
 *
 * @example isReportJson(new TextEncoder().encode('{"schemaVersion": "1.0"}')) // true
 */
export function isReportJson(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return false;
  const whole = parsed(text);
  if (whole !== undefined) return isReport(Array.isArray(whole) ? whole[0] : whole);
  // JSON Lines: the first line decides.
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).trim();
  return first.startsWith('{') && isReport(parsed(first));
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isReport(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'schemaVersion' in value;
}
