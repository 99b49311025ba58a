// The county's decade in the browser: 300 Word files (30 towns × 10 years) picked as a folder in
// <law-report-years> (law-report-years.js, built), read in its workers, until the years view shows
// them all; timed in Chromium from the pick to the status that says every file is read.
import { rm } from 'node:fs/promises';
import { aggregate } from '@law-report/core';
import { importReport, renderReport } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { withDistPages } from './browser.js';
import { writeDecadeFolder } from './decade-folder.js';
import { row } from './measure.js';

const PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="./law-report-years.js"></script></head><body><law-report-years></law-report-years></body></html>';

/** Seconds from a picked folder of 300 Word files to the years view, in Chromium. */
export async function benchYears(): Promise<string[]> {
  const { folder, files } = await writeDecadeFolder();
  try {
    return await withDistPages({ '/years.html': PAGE }, async (browser, origin) => {
      const page = await browser.newPage();
      await page.goto(`${origin}/years.html`);
      await page.waitForFunction(() => customElements.get('law-report-years') !== undefined);
      const workers = await page.evaluate(() => Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)));
      const start = performance.now();
      await page.getByLabel('选择装有历年报告的文件夹').setInputFiles(folder);
      await page.getByText(`已读取 ${files} 个文件，得到 ${files} 份报告。`).waitFor({ timeout: 600_000 });
      const seconds = (performance.now() - start) / 1000;
      const series = await page.evaluate(() => {
        const result = document.querySelector('law-report-years')?.result;
        return result
          ? {
              years: result.years.length,
              totals: Object.fromEntries(
                Object.entries(result.series).map(([key, run]) => [key, run.map((point) => point?.total ?? null)]),
              ),
            }
          : undefined;
      });
      await page.close();
      // Every year holds 30 copies of the reference report (read back from its own text): each total is 30 × its figure.
      const one = aggregate([importReport(renderReport(beiliuReport(), { format: 'text' })).report], {
        year: 2023,
      }).indicators;
      const right = Object.entries(one).every(([key, total]) =>
        series?.totals[key]?.every((value) => value !== null && Math.abs(value - 30 * total.total) < 1e-6),
      );
      return [
        row(
          `years view: ${files} Word files, folder → view`,
          `${seconds.toFixed(1)} s`,
          `≤ 60 s; ${series?.years ?? 0} years, ${workers} worker(s), Chromium`,
        ),
        row(
          "  every year's totals = 30 × the reference report",
          right ? 'yes' : 'NO',
          `${Object.keys(one).length} indicators checked`,
        ),
      ];
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
