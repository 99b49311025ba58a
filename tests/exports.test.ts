import * as cli from '@law-report/cli';
import * as core from '@law-report/core';
import * as testing from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';

// The public API is what these lists say. A change here is a change to the contract:
// update the snapshot on purpose, with a changeset.
describe('public exports', () => {
  it('of @law-report/core', () => {
    expect(Object.keys(core).sort()).toMatchSnapshot();
  });

  it('of @law-report/core/testing', () => {
    expect(Object.keys(testing).sort()).toMatchSnapshot();
  });

  it('of @law-report/cli', () => {
    expect(Object.keys(cli).sort()).toMatchSnapshot();
  });

  it('of @law-report/elements (read from its entry, which needs a DOM to run)', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../packages/elements/src/index.ts', import.meta.url), 'utf8');
    const names = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((m) => (m[1] ?? '').split(',').map((n) => n.trim()).filter(Boolean));
    expect(names.sort()).toMatchSnapshot();
  });
});
