import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createAggregator, type AggregateResult } from '@law-report/core';
import { random, sampleReport, units } from '../../examples/data/sample-data.js';
import { row } from './measure.js';

const REPORTS = 40_000;

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

async function readLines(path: string, each: (line: string, index: number) => void): Promise<number> {
  const start = process.hrtime.bigint();
  let index = 0;
  for await (const line of createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  })) {
    if (line !== '') each(line, index++);
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Aggregating 40,000 generated reports from JSON Lines against reading and parsing them alone. */
export async function benchAggregate(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'law-report-bench-'));
  const path = join(dir, 'reports.jsonl');
  const next = random(7);
  const lines: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const template = units[i % units.length] ?? units[0];
    if (!template) break;
    // Distinct units, as a province's towns are: the roster status is kept per unit.
    const unit = { ...template, name: `${template.name}${Math.floor(i / units.length)}`, code: undefined };
    const { code: _code, ...named } = unit;
    lines.push(JSON.stringify(sampleReport(named as (typeof units)[number], 2023, next)));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  const megabytes = Buffer.byteLength(lines.join('\n')) / (1024 * 1024);
  lines.length = 0;

  // Warm both paths once, then time each three times, alternating, and compare the medians:
  // a shared machine's noise hits both alike.
  const aggregateOnce = async () => {
    const aggregator = createAggregator({ year: 2023 });
    const start = process.hrtime.bigint();
    await readLines(path, (line, index) =>
      aggregator.add(JSON.parse(line), { file: 'reports.jsonl', line: index + 1 }),
    );
    const result = aggregator.result();
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result };
  };
  await readLines(path, (line) => JSON.parse(line));
  await aggregateOnce();
  const parseTimes: number[] = [];
  const fullTimes: number[] = [];
  let result: AggregateResult | undefined;
  for (let round = 0; round < 3; round++) {
    parseTimes.push(await readLines(path, (line) => JSON.parse(line)));
    const run = await aggregateOnce();
    fullTimes.push(run.seconds);
    result = run.result;
  }
  const middle = (times: number[]) => [...times].sort((a, b) => a - b)[1] ?? 0;
  const parseOnly = middle(parseTimes);
  const full = middle(fullTimes);
  // Untimed: the heap a run holds after 10,000 and 40,000 reports.
  const memory: Record<number, number> = {};
  const probe = createAggregator({ year: 2023 });
  await readLines(path, (line, index) => {
    probe.add(JSON.parse(line), { file: 'reports.jsonl', line: index + 1 });
    if (index + 1 === 10_000 || index + 1 === REPORTS) memory[index + 1] = heapMb();
  });
  rmSync(dir, { recursive: true, force: true });
  const ratio = full / parseOnly;
  return [
    row(
      `read + JSON.parse, ${REPORTS.toLocaleString('en')} reports (${megabytes.toFixed(0)} MB)`,
      `${parseOnly.toFixed(2)} s`,
    ),
    row(
      'read + JSON.parse + aggregate + result()',
      `${full.toFixed(2)} s`,
      `ratio ${ratio.toFixed(2)} (budget ≤ 1.5; medians of 3 alternating runs)`,
    ),
    row(
      'heap after 10,000 / 40,000 reports',
      `${(memory[10_000] ?? 0).toFixed(1)} / ${(memory[REPORTS] ?? 0).toFixed(1)} MB`,
      `${(result?.units.reported ?? 0).toLocaleString('en')} distinct units kept for roster status`,
    ),
  ];
}
