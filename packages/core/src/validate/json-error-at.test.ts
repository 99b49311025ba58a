import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from './json-error-at.js';

describe('jsonErrorAt', () => {
  it('names the line and column where the JSON first goes wrong', () => {
    expect(jsonErrorAt('{"a": 1,\n}')).toEqual({ line: 2, column: 1 });
    expect(jsonErrorAt('{"a": tru}')).toEqual({ line: 1, column: 7 });
    expect(jsonErrorAt('{\n  "title": "北留镇",\n  "year": 2023\n  "unit": {}\n}')).toEqual({ line: 4, column: 3 });
    expect(jsonErrorAt('[1, 2')).toEqual({ line: 1, column: 6 });
    expect(jsonErrorAt('{"a": "\\x"}')).toEqual({ line: 1, column: 8 });
    expect(jsonErrorAt('{"a": 1} x')).toEqual({ line: 1, column: 10 });
    expect(jsonErrorAt('')).toEqual({ line: 1, column: 1 });
    expect(jsonErrorAt('{"a": 01}')).toEqual({ line: 1, column: 8 });
  });

  it('agrees with JSON.parse on what is valid: a position past the end only for text it accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.json().map((json) => json.slice(0, -1)),
          fc.string(),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          if (valid) return;
          const { line, column } = jsonErrorAt(text);
          expect(line).toBeGreaterThanOrEqual(1);
          expect(column).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays linear on deep nesting', () => {
    expect(jsonErrorAt('['.repeat(200_000))).toEqual({ line: 1, column: 200_001 });
  });
});
