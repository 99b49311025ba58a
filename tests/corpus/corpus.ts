// The invented test corpus: report texts beside the facts a person reads in them.
import { readdirSync, readFileSync } from 'node:fs';
import type { Metric } from '@law-report/core';

/** One fact a person reads in a corpus report. */
export interface ExpectedFact {
  readonly indicator: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Metric['qualifier'];
  readonly scope?: Metric['scope'];
  readonly asOf?: string;
}

/** What a corpus report should import to. */
export interface Expected {
  readonly encoding?: 'gbk';
  readonly title: string;
  readonly year: number;
  readonly unit: { readonly name: string; readonly level: string };
  readonly issuer: string;
  readonly issuedOn: string;
  readonly publishedOn?: string;
  /** Kinds of the top-level sections, in order. */
  readonly kinds: readonly string[];
  readonly facts: readonly ExpectedFact[];
  /** Written before the importer was changed for it (batch 2): measured apart from the rest. */
  readonly batch?: number;
  /** Where the importer and a person still disagree: stated, so a fix or a regression shows. */
  readonly knownDifferences?: { readonly why: string; readonly missed: readonly ExpectedFact[]; readonly extra: readonly ExpectedFact[] };
}

/** A corpus report: its file name, raw bytes, decoded text and expectations. */
export interface CorpusCase {
  readonly name: string;
  readonly file: string;
  readonly bytes: Buffer;
  readonly text: string;
  readonly expected: Expected;
}

const dir = new URL('./', import.meta.url);

/**
 * Every corpus report, in name order: the folder's own and those of its `batch-*` folders (a batch
 * keeps its README and score beside its reports). `from` reads one folder alone.
 */
export function corpus(from?: URL): CorpusCase[] {
  if (from) return folder(from);
  const batches = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name.startsWith('batch-'));
  return [...folder(dir), ...batches.flatMap((entry) => folder(new URL(`${entry.name}/`, dir)))].sort((a, b) => a.name.localeCompare(b.name));
}

function folder(dir: URL): CorpusCase[] {
  const files = readdirSync(dir).sort();
  return files
    .filter((file) => file.endsWith('.expected.json'))
    .map((expectedFile) => {
      const name = expectedFile.replace('.expected.json', '');
      const file = files.find((candidate) => candidate.startsWith(`${name}.`) && !candidate.endsWith('.expected.json'));
      if (!file) throw new Error(`corpus: no report text for ${expectedFile}`);
      const expected = JSON.parse(readFileSync(new URL(expectedFile, dir), 'utf8')) as Expected;
      const bytes = readFileSync(new URL(file, dir));
      const text = new TextDecoder(expected.encoding ?? 'utf-8').decode(bytes);
      return { name, file, bytes, text, expected };
    });
}

/** How the facts found compare with the facts expected: a fact matches on every field given. */
export interface FactComparison {
  readonly matched: number;
  readonly missed: readonly ExpectedFact[];
  readonly extra: readonly Metric[];
}

const same = (fact: ExpectedFact, metric: Metric) =>
  fact.indicator === metric.indicator &&
  fact.value === metric.value &&
  fact.unit === metric.unit &&
  fact.qualifier === metric.qualifier &&
  fact.scope === metric.scope &&
  fact.asOf === metric.asOf;

/** Pairs expected facts with found ones, in any order. */
export function compareFacts(expected: readonly ExpectedFact[], found: readonly Metric[]): FactComparison {
  const left = [...found];
  const missed: ExpectedFact[] = [];
  for (const fact of expected) {
    const at = left.findIndex((metric) => same(fact, metric));
    if (at < 0) missed.push(fact);
    else left.splice(at, 1);
  }
  return { matched: expected.length - missed.length, missed, extra: left };
}
