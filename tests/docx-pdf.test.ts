import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderReport } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { font, program, requirePrograms } from './require-programs.js';

// The Word file as a county office opens it: converted to PDF by LibreOffice (Debian's
// libreoffice-writer; .ci/run installs it) and read back page by page with poppler's pdftotext.
// The page layout depends on the Chinese font LibreOffice finds, so one must be there.
const run = promisify(execFile);
const office = process.env['LIBREOFFICE_PATH'] ?? 'libreoffice';
const here = requirePrograms('tests/docx-pdf.test.ts, the .docx printed by LibreOffice', [
  program(office, 'libreoffice-writer'),
  program('pdfinfo', 'poppler-utils'),
  program('pdftotext', 'poppler-utils'),
  font('Noto Sans CJK', 'fonts-noto-cjk'),
]);

let dir: string | undefined;
let pages: string[];
let info: string;

beforeAll(async () => {
  if (!here) return;
  dir = mkdtempSync(join(tmpdir(), 'law-report-docx-pdf-'));
  writeFileSync(join(dir, 'beiliu.docx'), await renderReport(beiliuReport(), { format: 'docx' }));
  // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
  await run(
    office,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'beiliu.docx'),
    ],
    { timeout: 120_000 },
  );
  info = (await run('pdfinfo', [join(dir, 'beiliu.pdf')])).stdout;
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  pages = [];
  for (let page = 1; page <= count; page++)
    pages.push(
      (await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), join(dir, 'beiliu.pdf'), '-']))
        .stdout,
    );
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// pdftotext puts spaces between Chinese and digits; compare without them.
const squeeze = (text: string) => text.replace(/[ \t]+/g, '');

describe.runIf(here)('the .docx in LibreOffice', () => {
  it('is A4, several pages long', () => {
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pages.length).toBeGreaterThan(3);
  });

  it('has the title and the first heading on the first page', () => {
    const first = squeeze(pages[0] ?? '');
    expect(first.startsWith('北留镇2023年法治政府建设工作情况的报告')).toBe(true);
    expect(first).toContain('一、2023年党政主要负责人履行推进法治建设第一责任');
  });

  it('numbers every page “— n —” at the bottom', () => {
    pages.forEach((page, i) => {
      const lines = page.trimEnd().split('\n');
      expect(squeeze(lines.at(-1) ?? '')).toBe(`—${i + 1}—`);
    });
  });

  it('ends with the 落款, right-aligned, on the last page', () => {
    const last = (pages.at(-1) ?? '')
      .trimEnd()
      .split('\n')
      .filter((line) => line.trim());
    const issuer = last.findIndex((line) => squeeze(line) === '北留镇人民政府');
    expect(issuer).toBeGreaterThanOrEqual(0);
    expect(squeeze(last[issuer + 1] ?? '')).toBe('2024年1月25日');
    // Right-aligned: the line starts past the middle of the page.
    expect((last[issuer] ?? '').search(/\S/)).toBeGreaterThan(20);
  });

  it('puts about 22 lines of body text on a full page, as GB/T 9704 asks', () => {
    const bodyLines = (pages[1] ?? '').split('\n').filter((line) => line.trim() && !/^\s*—/.test(line));
    expect(bodyLines.length).toBeGreaterThanOrEqual(20);
    expect(bodyLines.length).toBeLessThanOrEqual(23);
  });
});
