/**
 * A value as JSON, a piece at a time: the same text as `JSON.stringify(value, null, indent)`
 * (`indent` 0: on one line, as JSON Lines needs), but never one string, so a report larger than
 * the longest string JavaScript holds (512 MB) is still written instead of ending in
 * `RangeError: Invalid string length`. Pieces are small: a key, a number, one string value.
 *
 * @example [...jsonChunks({ a: [1] })].join('') === JSON.stringify({ a: [1] }, null, 2) // true
 */
export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
  yield* chunks(value, indent > 0 ? ' '.repeat(indent) : '', '');
}

// As JSON.stringify: undefined, functions and symbols are left out of objects and null in arrays.
const unwritten = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function* chunks(value: unknown, step: string, at: string): Generator<string> {
  // Dates and anything else with toJSON are written as JSON.stringify writes them.
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const newline = step === '' ? '' : '\n';
  const inner = `${at}${step}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}${newline}${inner}`;
      const item: unknown = value[i];
      if (unwritten(item)) yield 'null';
      else yield* chunks(item, step, inner);
    }
    yield `${newline}${at}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (unwritten(item)) continue;
    yield `${first ? '{' : ','}${newline}${inner}${JSON.stringify(key)}:${step === '' ? '' : ' '}`;
    first = false;
    yield* chunks(item, step, inner);
  }
  yield first ? '{}' : `${newline}${at}}`;
}
