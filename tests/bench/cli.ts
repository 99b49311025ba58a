// The command line as a clerk runs it, each figure side by side with its baseline in one run:
// `law-report --version` against `node -e 0`, and `law-report aggregate` on 40,000 reports
// against a Node process that reads and JSON.parse-s the same lines. Start-up is included on
// both sides, as a person waiting for the command sees it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random, sampleReport, units } from '../../examples/data/sample-data.js';
import { row } from './measure.js';

const bin = fileURLToPath(new URL('../../packages/cli/bin/law-report.js', import.meta.url));

function seconds(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  if (run.error) throw run.error;
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// Alternating runs, medians: a shared machine's noise hits both sides alike.
function sideBySide(a: readonly string[], b: readonly string[], rounds: number): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  seconds(a);
  seconds(b);
  for (let i = 0; i < rounds; i++) {
    as.push(seconds(a));
    bs.push(seconds(b));
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
  return [median(as), median(bs)];
}

/** `law-report --version` and `law-report aggregate`, each against its baseline. */
export function benchCli(reports = 40_000): string[] {
  const [version, node] = sideBySide([bin, '--version'], ['-e', '0'], 11);

  const dir = mkdtempSync(join(tmpdir(), 'law-report-cli-bench-'));
  const path = join(dir, 'reports.jsonl');
  const next = random(11);
  const lines: string[] = [];
  for (let i = 0; i < reports; i++) {
    const template = units[i % units.length] ?? units[0];
    if (!template) break;
    // Distinct units without codes, as a province's towns are.
    const unit = { name: `${template.name}${Math.floor(i / units.length)}`, level: 'department' as const };
    lines.push(JSON.stringify(sampleReport({ ...unit, level: template.level } as (typeof units)[number], 2023, next)));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  // Two baselines: lines through readline, as most scripts read them, and bytes split by hand
  // (as law-report reads them, the fastest way this machine has).
  const readline = `const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(${JSON.stringify(path)}, 'utf8'), crlfDelay: Infinity }); rl.on('line', (l) => { if (l) JSON.parse(l); });`;
  const bytes = `(async () => { let rest; for await (const chunk of require('node:fs').createReadStream(${JSON.stringify(path)}, { highWaterMark: 1 << 20 })) { const b = rest ? Buffer.concat([rest, chunk]) : chunk; let s = 0; for (let e = b.indexOf(10); e >= 0; e = b.indexOf(10, s)) { if (e > s) JSON.parse(b.toString('utf8', s, e)); s = e + 1; } rest = s < b.length ? b.subarray(s) : undefined; } if (rest) JSON.parse(rest.toString()); })();`;
  const [aggregate, perLine] = sideBySide([bin, 'aggregate', path], ['-e', readline], 3);
  const [, split] = sideBySide([bin, '--version'], ['-e', bytes], 3);
  rmSync(dir, { recursive: true, force: true });
  const budget = (base: number) => `×${(aggregate / base).toFixed(2)}`;
  return [
    row(
      'law-report --version (median of 11)',
      `${(version * 1000).toFixed(0)} ms`,
      `×${(version / node).toFixed(2)} node -e 0 (${(node * 1000).toFixed(0)} ms); budget ≤ 2.5`,
    ),
    row(
      `law-report aggregate, ${reports.toLocaleString('en')} reports`,
      `${aggregate.toFixed(2)} s`,
      `budget ≤ 1.5× reading and parsing the lines in one process:`,
    ),
    row('  vs readline + JSON.parse', budget(perLine), `${perLine.toFixed(2)} s`),
    row('  vs bytes split by hand + JSON.parse', budget(split), `${split.toFixed(2)} s`),
  ];
}
