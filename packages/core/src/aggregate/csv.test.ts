import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/index.js';
import { parseCsv } from './csv.js';

// The parser as first written, a character at a time: the specification the fast one must
// follow exactly (one huge cell made it slower than linear, which is why it was replaced).
function oracle(text: string): { line: number; cells: string[]; unclosed?: true }[] {
  const rows: { line: number; cells: string[]; unclosed?: true }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) {
    cells.push(cell);
    rows.push({ line: rowLine, cells, unclosed: true });
  } else if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes, and CRLF', () => {
    expect(parseCsv('name,level\r\n"北留镇, ""阳城""",town\n"两\n行",x')).toEqual([
      { line: 1, cells: ['name', 'level'] },
      { line: 2, cells: ['北留镇, "阳城"', 'town'] },
      { line: 3, cells: ['两\n行', 'x'] },
    ]);
  });

  it('says which row a quote left open swallowed the rest of the text into', () => {
    expect(parseCsv('a,b\n"c,d\ne,f\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c,d\ne,f\n'], unclosed: true },
    ]);
    expect(parseCsv('"')).toEqual([{ line: 1, cells: [''], unclosed: true }]);
  });

  it('gives exactly what the character-at-a-time parser gives, on random text of the characters that matter', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('"', ',', '\n', '\r', 'a', '镇', ' ', '""'), { maxLength: 60 })
          .map((parts) => parts.join('')),
        (text) => {
          expect(parseCsv(text)).toEqual(oracle(text));
        },
      ),
      { numRuns: 3000 },
    );
    const next = seededRandom(4180);
    const alphabet = ['"', ',', '\n', '\r', 'x', '\ufeff'];
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: 2000 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(parseCsv(text)).toEqual(oracle(text));
    }
  });
});
