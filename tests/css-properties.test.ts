import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every `--law-*` property an element reads is one a portal can set, so its class header (the API docs,
// generated into docs/element-api.md) names it: a portal developer's trial found the button colour and
// five more in use but in no docs.
const source = (path: string) => readFileSync(new URL(`../packages/elements/src/${path}`, import.meta.url), 'utf8');
const ELEMENTS = [
  'law-report-form',
  'law-report-summary',
  'law-report-dashboard',
  'law-report-review',
  'law-report-years',
];
const PROPERTY = /--law-[a-z][a-z-]*[a-z]/g;

// The element's own files and the shared styles its styles file takes in.
function usedBy(element: string): Set<string> {
  const own = readdirSync(new URL(`../packages/elements/src/${element}/`, import.meta.url)).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );
  const styles = source(`${element}/${element}.styles.ts`);
  const shared = [...styles.matchAll(/from '\.\.\/internal\/([a-z-]+-styles)\.js'/g)].map(
    (match) => `internal/${match[1]}.ts`,
  );
  const text = [...own.map((file) => source(`${element}/${file}`)), ...shared.map(source)].join('\n');
  return new Set(text.match(PROPERTY));
}

describe('theming', () => {
  for (const element of ELEMENTS) {
    it(`<${element}> documents every --law-* property it reads (@cssprop in its class header)`, () => {
      const documented = new Set(
        [...source(`${element}/${element}.ts`).matchAll(/@cssprop (--law-[a-z-]+)/g)].map((match) => match[1]),
      );
      expect([...usedBy(element)].filter((property) => !documented.has(property)).sort()).toEqual([]);
    });
  }
});
