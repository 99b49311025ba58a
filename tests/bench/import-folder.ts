// `law-report import <dir>` on 300 Word reports, on every core, side by side with importing the
// same files one after another in one thread (importDocx in this process).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocx, importReport, renderReport, type Report } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { row } from './measure.js';

const bin = new URL('../../packages/cli/bin/law-report.js', import.meta.url).pathname;
const sample = (year: number) =>
  readFileSync(new URL(`../../examples/data/reports-${year}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Report);

/** Wall time of importing a folder of 300 .docx with the CLI, and of the same files in one thread. */
export async function benchImportFolder(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'law-report-bench-docx-'));
  try {
    // The sample county's reports and the 北留镇 report (long, imported from its text, so it
    // has running text and facts), written as Word files until there are 300.
    const beiliu = importReport(renderReport(beiliuReport(), { format: 'text' })).report ?? beiliuReport();
    const reports = [beiliu, ...sample(2022), ...sample(2023)];
    for (let i = 0; i < 300; i++) {
      const report = reports[i % reports.length] ?? beiliu;
      writeFileSync(join(dir, `${String(i).padStart(3, '0')}.docx`), await renderReport(report, { format: 'docx' }));
    }
    const files = readdirSync(dir).filter((file) => file.endsWith('.docx'));
    const started = performance.now();
    execFileSync(process.execPath, [bin, 'import', dir, '--out', join(dir, 'out.jsonl')], { stdio: 'ignore' });
    const cli = (performance.now() - started) / 1000;
    const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n').length;
    const one = performance.now();
    for (const file of files) await importDocx(readFileSync(join(dir, file)));
    const single = (performance.now() - one) / 1000;
    return [
      row(
        `import a folder of ${files.length} .docx (CLI, ${availableParallelism()} threads)`,
        `${cli.toFixed(1)} s`,
        `well under 60 s; ${lines} lines written; one thread in-process: ${single.toFixed(1)} s (×${(single / cli).toFixed(1)})`,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
