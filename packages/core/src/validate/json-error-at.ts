/**
 * Where JSON text first goes wrong, as a 1-based line and column (a column counts UTF-16
 * units, as editors that show JSON do). Called only after `JSON.parse` failed, whose own
 * message is English and, for some errors, names no position. One forward scan with an
 * explicit stack: linear, and deep nesting cannot overflow.
 *
 * @example jsonErrorAt('{"a": 1,\n}') // { line: 2, column: 1 }
 */
export function jsonErrorAt(text: string): { line: number; column: number } {
  const offset = errorOffset(text);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;

// What may come next: a value, an object key (or `}` right after `{`), `:`, or `,`/closer.
type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

function errorOffset(text: string): number {
  const stack: number[] = []; // 123 `{` or 91 `[`
  let expect: Expect = 'value';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let done = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (done) return i;
    if (expect === 'colon') {
      if (c !== 58) return i;
      expect = 'value';
      i++;
      continue;
    }
    if (expect === 'after') {
      const top = stack.at(-1);
      if (c === 44 && top !== undefined) {
        expect = top === 123 ? 'key' : 'value';
        i++;
        continue;
      }
      if ((c === 125 && top === 123) || (c === 93 && top === 91)) {
        stack.pop();
        i++;
        if (stack.length === 0) done = true;
        continue;
      }
      return i;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (c === 125 && expect === 'firstKey') {
        stack.pop();
        i++;
        expect = 'after';
        if (stack.length === 0) done = true;
        continue;
      }
      if (c !== 34) return i;
      const end = stringEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'colon';
      continue;
    }
    // A value.
    if (c === 93 && expect === 'firstValue') {
      stack.pop();
      i++;
      expect = 'after';
      if (stack.length === 0) done = true;
      continue;
    }
    if (c === 123 || c === 91) {
      stack.push(c);
      expect = c === 123 ? 'firstKey' : 'firstValue';
      i++;
      continue;
    }
    let end: number;
    if (c === 34) end = stringEnd(text, i);
    else if (c === 45 || isDigit(c)) end = numberEnd(text, i);
    else if (text.startsWith('true', i)) end = i + 4;
    else if (text.startsWith('false', i)) end = i + 5;
    else if (text.startsWith('null', i)) end = i + 4;
    else return i;
    if (end < 0) return -end - 1;
    i = end;
    expect = 'after';
    if (stack.length === 0) done = true;
  }
  // Ran out of text: the error is at its end (unless the text was whole, which JSON.parse accepted).
  return text.length;
}

// The offset after a string starting at `at`, or -(offset of the fault) - 1.
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 32) return -i - 1;
    if (c === 92) {
      const e = text.charCodeAt(i + 1);
      if (e === 117) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i - 1;
        i += 6;
        continue;
      }
      if (![34, 92, 47, 98, 102, 110, 114, 116].includes(e)) return -i - 1;
      i += 2;
      continue;
    }
    i++;
  }
  return -text.length - 1;
}

// The offset after a number starting at `at`, or -(offset of the fault) - 1.
function numberEnd(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 45) i++;
  if (text.charCodeAt(i) === 48) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -i - 1;
  if (text.charCodeAt(i) === 46) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  if (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69) {
    i++;
    if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}
