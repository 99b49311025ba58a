import { describe, expect, it } from 'vitest';
import { LawReportSummaryElement } from './index.js';

describe('define', () => {
  it('registers every element', async () => {
    await import('./define.js');
    expect(customElements.get('law-report-summary')).toBe(LawReportSummaryElement);
  });

  it('survives a second copy of the module on the page, keeping the first registration', async () => {
    await import('./define.js');
    // A query makes the bundler load the file again as a new module: a second copy of the
    // element class, as when two embeds of different versions meet on one portal page.
    const second = './law-report-summary/law-report-summary.js?second-copy';
    const copy = (await import(/* @vite-ignore */ second)) as { LawReportSummaryElement: CustomElementConstructor };
    expect(copy.LawReportSummaryElement).not.toBe(LawReportSummaryElement);
    const define = './law-report-summary/define.js?second-copy';
    await expect(import(/* @vite-ignore */ define)).resolves.toBeDefined();
    expect(customElements.get('law-report-summary')).toBe(LawReportSummaryElement);
  });
});
