// Today's importer outputs on the whole corpus, frozen in one committed text file: a change to the
// importer that changes any reading (a section's kind or title, a figure's value, unit, qualifier,
// scope, indicator or section, the year, unit, issuer or 落款 date) fails here and shows up line by
// line in the diff, so every difference is seen and listed. After a deliberate change, update the
// file with `npx vitest run --project repo tests/import-outputs.test.ts -u` and say why in the commit.
import type { Report, Section } from '@law-report/core';
import { importDraft } from '@law-report/core/testing';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { corpus } from './corpus/corpus.js';

function sectionLines(sections: readonly Section[], depth: number): string[] {
  return sections.flatMap((section) => [
    `${'  '.repeat(depth)}section ${section.id} ${section.kind} ${JSON.stringify(section.title)}`,
    ...sectionLines(section.sections, depth + 1),
  ]);
}

/** One report's readings as lines: metadata, the section outline, one line per figure. */
function outputLines(report: Report): string[] {
  return [
    `year ${report.year} | unit ${report.unit.name} (${report.unit.level}) | issuer ${report.issuer} | issuedOn ${report.issuedOn}`,
    ...sectionLines(report.sections, 0),
    ...report.metrics.map(
      (metric) =>
        `metric ${metric.sectionId ?? '-'} ${metric.value} ${metric.unit} ${metric.qualifier} ${metric.scope ?? '-'}${metric.asOf ? `@${metric.asOf}` : ''} ${metric.indicator} ${JSON.stringify(metric.label)}`,
    ),
  ];
}

it('reads the corpus as it did when the outputs were frozen', async () => {
  const beiliu = readFileSync(
    new URL('../packages/core/src/testing/fixtures/beiliu-2023.txt', import.meta.url),
    'utf8',
  );
  const cases = [{ name: 'beiliu-2023 (the reference report)', text: beiliu }, ...corpus()];
  const lines = cases.flatMap(({ name, text }) => [
    `== ${name}`,
    ...outputLines(importDraft(text, { now: new Date('2026-01-01') }).report),
    '',
  ]);
  await expect(lines.join('\n')).toMatchFileSnapshot('./corpus/import-outputs.txt');
});
