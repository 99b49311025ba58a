import type { Report } from '../schema/report.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

/** The formats {@link renderReport} writes. */
export type RenderFormat = 'markdown' | 'text' | 'html';

/** Options of {@link renderReport}. */
export interface RenderOptions {
  readonly format: RenderFormat;
}

/**
 * Writes a report back out as Markdown, plain text or print-ready HTML (GB/T 9704 style),
 * with heading numbers regenerated from the section tree. `importReport` reads every
 * format back to the same sections, metrics and metadata.
 *
 * @throws TypeError for an unknown format
 * @example writeFileSync('report.html', renderReport(report, { format: 'html' }))
 */
export function renderReport(report: Report, options: RenderOptions): string {
  switch (options.format) {
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report);
    case 'html':
      return renderHtml(report);
    default:
      throw new TypeError(`renderReport: unknown format "${String((options as { format: unknown }).format)}" (markdown, text or html)`);
  }
}
