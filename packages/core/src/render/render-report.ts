import type { Report } from '../schema/report.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

/** The formats {@link renderReport} writes: text formats as a string, Word as bytes. */
export type RenderFormat = 'markdown' | 'text' | 'html' | 'docx';

/** Options of {@link renderReport}. */
export interface RenderOptions<F extends RenderFormat = RenderFormat> {
  readonly format: F;
}

/**
 * Writes a report back out as Markdown, plain text, print-ready HTML or Word (.docx), the last
 * two in the GB/T 9704 style, with heading numbers regenerated from the section tree.
 * `importReport` (and `importDocx` for Word) reads every format back to the same sections,
 * metrics and metadata. Word comes as a promise of the file's bytes.
 *
 * @throws TypeError for an unknown format
 * @example writeFileSync('report.html', renderReport(report, { format: 'html' }))
 * @example writeFileSync('report.docx', await renderReport(report, { format: 'docx' }))
 */
export function renderReport(report: Report, options: RenderOptions<'docx'>): Promise<Uint8Array>;
export function renderReport(report: Report, options: RenderOptions<'markdown' | 'text' | 'html'>): string;
export function renderReport(report: Report, options: RenderOptions): string | Promise<Uint8Array>;
export function renderReport(report: Report, options: RenderOptions): string | Promise<Uint8Array> {
  switch (options.format) {
    case 'docx':
      return renderDocx(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report);
    case 'html':
      return renderHtml(report);
    default:
      throw new TypeError(
        `renderReport: unknown format "${String((options as { format: unknown }).format)}" (markdown, text, html or docx)`,
      );
  }
}
