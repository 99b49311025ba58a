// Scores the importer on one batch of invented reports, field by field, so a batch written
// before the importer was changed for it measures the importer out of sample:
//
//   npx tsx --conditions=@law-report/source tests/corpus/score-batch.ts tests/corpus/batch-17
//   npx tsx --conditions=@law-report/source tests/corpus/score-batch.ts tests/corpus/batch-17 --record "first run"
//
// Without --record it prints the score; with it, it also appends the score under that heading
// to the batch's own SCORE.md, so the record is the script's output, not a number typed in.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metric } from '@law-report/core';
import { importDraft } from '@law-report/core/testing';
import { corpus, type ExpectedFact } from './corpus.js';

/** How the importer reads one batch: counts behind each score, so scores can be pooled. */
export interface BatchScore {
  readonly reports: number;
  /** Figures (value and unit) expected, found, and paired. */
  readonly expected: number;
  readonly found: number;
  readonly paired: number;
  /** Of the paired figures: the qualifier, the scope, the indicator right. */
  readonly qualifier: number;
  readonly scope: number;
  readonly indicator: number;
  /** Of the paired figures the importer gave a key (not unclassified): the key right. */
  readonly assigned: number;
  readonly assignedRight: number;
  /** Of the paired figures a person gives a key: the importer gave that key. */
  readonly personAssigned: number;
  readonly personAssignedFound: number;
  /** Facts right in every field, as the corpus test compares them. */
  readonly whole: number;
  /** Top-level sections expected, and in place with the right kind. */
  readonly sections: number;
  readonly sectionsRight: number;
  readonly yearsRight: number;
  /** Reports whose 落款 (issuer and date) and unit are read right. */
  readonly metadataRight: number;
  /** What went wrong, one line each, for the record. */
  readonly notes: readonly string[];
}

const fits = (fact: ExpectedFact, metric: Metric) => fact.value === metric.value && fact.unit === metric.unit;
const agreement = (fact: ExpectedFact, metric: Metric) =>
  Number(fact.qualifier === metric.qualifier) + Number(fact.scope === metric.scope) + Number(fact.indicator === metric.indicator);

// Each expected figure with the found figure of the same value and unit that agrees best with it.
function pair(expected: readonly ExpectedFact[], found: readonly Metric[]): { pairs: [ExpectedFact, Metric][]; missed: ExpectedFact[]; extra: Metric[] } {
  const left = [...found];
  const pairs: [ExpectedFact, Metric][] = [];
  const missed: ExpectedFact[] = [];
  const order = [...expected].sort((a, b) => Number(b.indicator !== 'unclassified') - Number(a.indicator !== 'unclassified'));
  for (const fact of order) {
    let best = -1;
    for (let i = 0; i < left.length; i++) {
      const metric = left[i];
      if (metric && fits(fact, metric) && (best < 0 || agreement(fact, metric) > agreement(fact, left[best] as Metric))) best = i;
    }
    if (best < 0) missed.push(fact);
    else pairs.push([fact, left.splice(best, 1)[0] as Metric]);
  }
  return { pairs, missed, extra: left };
}

/** Reads every report of the batch in `dir` and scores what it read against the expectations. */
export function scoreBatch(dir: string): BatchScore {
  const notes: string[] = [];
  const score = { reports: 0, expected: 0, found: 0, paired: 0, qualifier: 0, scope: 0, indicator: 0, assigned: 0, assignedRight: 0, personAssigned: 0, personAssignedFound: 0, whole: 0, sections: 0, sectionsRight: 0, yearsRight: 0, metadataRight: 0 };
  for (const { name, text, expected } of corpus(pathToFileURL(`${resolve(dir)}/`))) {
    const { report } = importDraft(text, { now: new Date('2026-01-01') });
    score.reports++;
    if (report.year === expected.year) score.yearsRight++;
    else notes.push(`${name}: year ${report.year}, expected ${expected.year}`);
    const metadataRight = report.unit.name === expected.unit.name && report.unit.level === expected.unit.level && report.issuer === expected.issuer && report.issuedOn === expected.issuedOn && report.title === expected.title;
    if (metadataRight) score.metadataRight++;
    else notes.push(`${name}: title/unit/落款 ${report.title} | ${report.unit.name} (${report.unit.level}) | ${report.issuer} | ${report.issuedOn}`);
    const kinds = report.sections.map((section) => section.kind);
    score.sections += expected.kinds.length;
    expected.kinds.forEach((kind, at) => {
      if (kinds[at] === kind) score.sectionsRight++;
    });
    if (kinds.join() !== expected.kinds.join()) notes.push(`${name}: sections ${kinds.join(' ')}, expected ${expected.kinds.join(' ')}`);
    const { pairs, missed, extra } = pair(expected.facts, report.metrics);
    score.expected += expected.facts.length;
    score.found += report.metrics.length;
    score.paired += pairs.length;
    for (const [fact, metric] of pairs) {
      const right = { qualifier: fact.qualifier === metric.qualifier, scope: fact.scope === metric.scope, indicator: fact.indicator === metric.indicator };
      score.qualifier += Number(right.qualifier);
      score.scope += Number(right.scope);
      score.indicator += Number(right.indicator);
      if (metric.indicator !== 'unclassified') {
        score.assigned++;
        score.assignedRight += Number(right.indicator);
      }
      if (fact.indicator !== 'unclassified') {
        score.personAssigned++;
        score.personAssignedFound += Number(right.indicator);
      }
      if (right.qualifier && right.scope && right.indicator && fact.asOf === metric.asOf) score.whole++;
      else {
        const wrong = (Object.keys(right) as (keyof typeof right)[]).filter((key) => !right[key]).map((key) => `${key} ${String(metric[key] ?? '-')} (expected ${String(fact[key] ?? '-')})`);
        notes.push(`${name}: ${fact.value}${fact.unit} ${wrong.join(', ')} «${metric.label}»`);
      }
    }
    for (const fact of missed) notes.push(`${name}: missed ${fact.value}${fact.unit} ${fact.indicator}`);
    for (const metric of extra) notes.push(`${name}: extra ${metric.value}${metric.unit} ${metric.indicator} «${metric.label}»`);
  }
  return { ...score, notes };
}

const percent = (part: number, whole: number) => `${((part / Math.max(whole, 1)) * 100).toFixed(1)}% (${part}/${whole})`;

/** The score as a Markdown table and the list of what went wrong. */
export function formatScore(score: BatchScore): string {
  const rows: [string, string][] = [
    ['figures: recall (value and unit)', percent(score.paired, score.expected)],
    ['figures: precision (value and unit)', percent(score.paired, score.found)],
    ['qualifier, of figures found', percent(score.qualifier, score.paired)],
    ['scope, of figures found', percent(score.scope, score.paired)],
    ['indicator, of figures found', percent(score.indicator, score.paired)],
    ['indicator right, of those the importer assigned', percent(score.assignedRight, score.assigned)],
    ['indicator found, of those a person assigns', percent(score.personAssignedFound, score.personAssigned)],
    ['facts right in every field: recall', percent(score.whole, score.expected)],
    ['facts right in every field: precision', percent(score.whole, score.found)],
    ['top-level section kinds', percent(score.sectionsRight, score.sections)],
    ['report year', percent(score.yearsRight, score.reports)],
    ['title, unit and 落款', percent(score.metadataRight, score.reports)],
  ];
  return [
    `| ${score.reports} reports | score |`,
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    ...(score.notes.length > 0 ? ['What differs:', '', ...score.notes.map((note) => `- ${note}`)] : ['Nothing differs.']),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: score-batch.ts <batch folder> [--record "heading"]');
    process.exit(2);
  }
  const table = formatScore(scoreBatch(dir));
  console.log(table);
  const record = process.argv.indexOf('--record');
  if (record > 0) {
    const heading = process.argv[record + 1] ?? 'score';
    const file = resolve(dir, 'SCORE.md');
    if (!existsSync(file)) writeFileSync(file, `# Scores of ${dir.split('/').at(-1)}\n\nWritten by tests/corpus/score-batch.ts; run it again to reproduce a score.\n`);
    if (readFileSync(file, 'utf8').includes(`\n## ${heading}\n`)) {
      console.error(`${file} already records "${heading}"`);
      process.exit(1);
    }
    appendFileSync(file, `\n## ${heading}\n\n${table}`);
  }
}
