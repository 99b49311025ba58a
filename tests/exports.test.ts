import * as cli from '@law-report/cli';
import * as server from '@law-report/server';
import * as core from '@law-report/core';
import * as docx from '@law-report/core/docx';
import * as elementStrings from '@law-report/core/element-strings';
import * as elementStringsEn from '@law-report/core/element-strings/en';
import * as importer from '@law-report/core/import';
import * as model from '@law-report/core/model';
import * as review from '@law-report/core/review';
import * as testing from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';

// The public API is what these lists say. A change here is a change to the contract:
// update the snapshot on purpose, with a changeset.
describe('public exports', () => {
  it('of @law-report/core', () => {
    expect(Object.keys(core).sort()).toMatchSnapshot();
  });

  it('of @law-report/core/model: core without the importer and renderer', () => {
    expect(Object.keys(model).sort()).toMatchSnapshot();
    expect(Object.keys(model).every((name) => name in core)).toBe(true);
    expect(Object.keys(model)).not.toContain('importReport');
    // The catalog search needs the importer's aliases: it is loaded with the importer.
    expect(Object.keys(model)).not.toContain('searchIndicators');
  });

  it('of @law-report/core/import', () => {
    expect(Object.keys(importer).sort()).toEqual(['importReport', 'readableText', 'searchIndicators']);
  });

  it('of @law-report/core/review: what only the county’s review desk needs', () => {
    expect(Object.keys(review).sort()).toEqual(['deskMessages', 'diffReports', 'numberSections']);
    expect(Object.keys(model)).not.toContain('diffReports');
  });

  it('of @law-report/core/element-strings and /en: the elements’ screens, English loaded on use, and the parts a form’s first screen is drawn with', () => {
    expect(Object.keys(elementStrings).sort()).toEqual([
      'elementStringsZhCN',
      'fieldStringsZhCN',
      'formTopStringsZhCN',
    ]);
    expect(Object.keys(elementStringsEn).sort()).toEqual(['elementStringsEn', 'fieldStringsEn', 'formTopStringsEn']);
  });

  it('of @law-report/core/docx: Word in and out, and report files of any kind, loaded on demand', () => {
    expect(Object.keys(docx).sort()).toEqual([
      'decodeText',
      'importDocx',
      'importReportFile',
      'renderDocx',
      'wordSignature',
    ]);
  });

  it('of @law-report/core/testing', () => {
    expect(Object.keys(testing).sort()).toMatchSnapshot();
  });

  it('of @law-report/server', () => {
    expect(Object.keys(server).sort()).toMatchSnapshot();
  });

  it('of @law-report/cli', () => {
    expect(Object.keys(cli).sort()).toMatchSnapshot();
  });

  it('of @law-report/elements (read from its entry, which needs a DOM to run)', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../packages/elements/src/index.ts', import.meta.url), 'utf8');
    const names = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((m) =>
      (m[1] ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    );
    expect(names.sort()).toMatchSnapshot();
  });

  it('of @law-report/elements/prerender (Node only: the form drawn for a page’s HTML)', async () => {
    const prerender = await import('@law-report/elements/prerender');
    expect(Object.keys(prerender).sort()).toMatchSnapshot();
  });

  it.each(['core', 'cli'])('of @law-report/%s: its type declarations name no type they do not export', async (name) => {
    // A declared but unexported type in index.d.ts is an internal one leaking into the API.
    const { readFileSync } = await import('node:fs');
    const dts = readFileSync(new URL(`../packages/${name}/dist/index.d.ts`, import.meta.url), 'utf8');
    const exported = new Set(
      [...dts.matchAll(/export \{([^}]*)\}/g)].flatMap((m) =>
        (m[1] ?? '').split(',').map(
          (n) =>
            n
              .replace(/^\s*type\s+/, '')
              .split(/\s+as\s+/)
              .at(-1)
              ?.trim() ?? '',
        ),
      ),
    );
    const declared = [
      ...dts.matchAll(/^(?:interface|type|declare const|declare function|declare class) ([A-Za-z_$][\w$]*)/gm),
    ].map((m) => m[1] ?? '');
    expect(declared.filter((type) => !exported.has(type))).toEqual([]);
  });
});
