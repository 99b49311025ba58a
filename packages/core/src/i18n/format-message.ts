// Filling a message template's placeholders: apart from the message tables, so that a screen which
// fills a few strings of its own does not bring every table with it.

/** Values that fill `{name}` placeholders in a message template. */
export type MessageParams = Readonly<Record<string, string | number>>;

// `{name}`, or `{name|one|other}` (a word by the number: English plurals), with no nesting: one pass, linear
// in the template (the words are runs of characters that are not braces or bars).
const placeholder = /\{([A-Za-z0-9_]+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

// What one placeholder becomes: its value, the word for the number it holds, or itself when the
// params do not name it. The one rule formatMessage and templatePieces both follow.
function filled<T>(
  params: Readonly<Record<string, T>>,
  whole: string,
  name: string,
  one: string | undefined,
  other: string | undefined,
): T | string {
  if (!Object.hasOwn(params, name)) return whole;
  const value = params[name] as T;
  if (one === undefined || other === undefined) return value;
  return Number(value) === 1 ? one : other;
}

/**
 * Fills `{name}` placeholders in a template; unknown names are left as written. `{name|one|other}`
 * is the word for the number `name` holds: `one` for 1, `other` for any other (English plurals; Chinese
 * needs none), so a template says `{n} {n|unit|units}` and never "1 units".
 *
 * @example formatMessage('缺少{kind}', { kind: '措施' }) // '缺少措施'
 * @example formatMessage('{n} {n|unit|units}', { n: 1 }) // '1 unit'
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(placeholder, (whole, name: string, one: string | undefined, other: string | undefined) =>
    String(filled(params, whole, name, one, other)),
  );
}

/**
 * A template filled as {@link formatMessage} fills it, but as its pieces in order, so a value may be
 * something other than text (a screen's markup): the template's own text, each value as given, and
 * `{name|one|other}`'s word. Unknown names stay as written.
 *
 * @example templatePieces('{unit}逾期{days}天', { unit: cell, days: 3 }) // ['', cell, '逾期', 3, '天']
 */
export function templatePieces<T>(template: string, params: Readonly<Record<string, T>>): (T | string)[] {
  const pieces: (T | string)[] = [];
  let at = 0;
  for (const match of template.matchAll(placeholder)) {
    const [whole, name = '', one, other] = match;
    pieces.push(template.slice(at, match.index), filled(params, whole, name, one, other));
    at = match.index + whole.length;
  }
  pieces.push(template.slice(at));
  return pieces;
}
