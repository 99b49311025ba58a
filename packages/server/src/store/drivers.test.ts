import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What each source file of the server imports, statically (`import … from`, `export … from`).
const sources = (dir: URL): [string, string][] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(new URL(`${entry.name}/`, dir)).map(
          ([name, text]) => [`${entry.name}/${name}`, text] as [string, string],
        )
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [[entry.name, readFileSync(new URL(entry.name, dir), 'utf8')] as [string, string]]
        : [],
  );
const imports = (text: string) =>
  [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]);

describe('the database drivers', () => {
  it('are imported only when chosen: only their own files load pg and better-sqlite3, and nothing loads those files up front', () => {
    const files = sources(new URL('../', import.meta.url)).filter(([name]) => !name.startsWith('testing/'));
    const loading = (module: string) =>
      files.filter(([, text]) => imports(text).includes(module)).map(([name]) => name);
    expect(loading('pg')).toEqual(['store/postgres.ts']);
    expect(loading('better-sqlite3')).toEqual(['store/sqlite.ts']);
    expect(loading('./postgres.js')).toEqual([]);
    expect(loading('./sqlite.js')).toEqual([]);
    expect(loading('./store/postgres.js')).toEqual([]);
    expect(loading('./store/sqlite.js')).toEqual([]);
  });
});
