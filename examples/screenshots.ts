// `npm run screenshots`: pictures of the portal and the three elements for the README and docs,
// taken from the example portal in Chromium, and the first page of the 北留镇 report as a Word
// file, as LibreOffice prints it. Chinese needs a CJK font; on Debian: `apt-get install
// fonts-noto-cjk libreoffice-writer poppler-utils`. Writes docs/images/*.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReport } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tests/chromium.js';
import { startPortal, stopGroup } from '../tests/processes.js';

const images = fileURLToPath(new URL('../docs/images/', import.meta.url));
mkdirSync(images, { recursive: true });

// The portal as `npm start` serves it (with the collection server), on a database of its own.
const db = join(mkdtempSync(join(tmpdir(), 'law-report-shots-db-')), 'portal.sqlite');
const { child: portal, address } = await startPortal(db);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(address);
  await page.locator('law-report-dashboard [part="tiles"]').waitFor();
  await page.screenshot({ path: `${images}portal.png` });
  await page.locator('law-report-dashboard').screenshot({ path: `${images}dashboard.png` });
  await page.locator('law-report-dashboard').getByRole('button', { name: '东河镇', exact: true }).click();
  await page.locator('law-report-dashboard dialog law-report-summary h2').waitFor();
  await page.screenshot({ path: `${images}dashboard-unit.png` });

  await page.goto(new URL('/summary.html', address).href);
  await page.locator('law-report-summary h2').waitFor();
  await page.locator('law-report-summary').screenshot({ path: `${images}summary.png` });

  // The town clerk's page, first visit (no draft yet), with 柳林乡's report as the server has it.
  await page.goto(new URL('/form.html', address).href);
  await page.locator('law-report-form').getByRole('button', { name: '打开2023年的报告' }).click();
  await page.getByRole('heading', { level: 1, name: '填报柳林乡2023年法治政府建设年度报告' }).waitFor();
  await page.locator('law-report-form').getByRole('button', { name: '提交' }).waitFor();
  await page.screenshot({ path: `${images}form.png` });
  // The Word export's first page: .docx → PDF (LibreOffice) → PNG (pdftoppm).
  const scratch = mkdtempSync(join(tmpdir(), 'law-report-shots-'));
  try {
    writeFileSync(join(scratch, 'beiliu.docx'), await renderReport(beiliuReport(), { format: 'docx' }));
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${join(scratch, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        scratch,
        join(scratch, 'beiliu.docx'),
      ],
      { stdio: 'ignore' },
    );
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(scratch, 'beiliu.pdf'),
      `${images}docx-first-page`,
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(
    `written: ${['portal', 'dashboard', 'dashboard-unit', 'summary', 'form', 'docx-first-page'].map((name) => `docs/images/${name}.png`).join(', ')}`,
  );
} finally {
  await browser.close();
  await stopGroup(portal);
}
