// A county's decade as Word files, for the benches of the years view and of `serve --load`: 30 towns
// × 10 years, each the reference report (北留镇 2023, about two pages) under another town's name and
// year, in a folder per year, as a county office keeps them.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '@law-report/core/docx';
import { ReportSchema } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';

const TOWNS = Array.from(
  { length: 30 },
  (_, i) => `${'东西南北中上下前后左'[i % 10]}${'山河岭坪川'[Math.floor(i / 10)]}镇`,
);

/** Writes the decade's Word files into a new temporary folder and returns its path and the file count. */
export async function writeDecadeFolder(years = 10, towns = TOWNS.length): Promise<{ folder: string; files: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'law-report-decade-'));
  const reference = JSON.stringify(beiliuReport());
  let files = 0;
  for (let year = 2024 - years; year < 2024; year++) {
    await mkdir(join(folder, String(year)));
    for (const town of TOWNS.slice(0, towns)) {
      const text = reference
        .replaceAll('2024', '\u0000')
        .replaceAll('2023', String(year))
        .replaceAll('\u0000', String(year + 1))
        .replaceAll('北留镇', town);
      const report = ReportSchema.parse(JSON.parse(text));
      await writeFile(
        join(folder, String(year), `${town}${year}年法治政府建设工作报告.docx`),
        new Uint8Array(await renderDocx(report)),
      );
      files += 1;
    }
  }
  return { folder, files };
}
