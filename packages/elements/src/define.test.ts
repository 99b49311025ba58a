import { describe, expect, it } from 'vitest';
import { LawReportSummaryElement } from './index.js';

describe('define', () => {
  it('registers every element, and importing it twice does not throw', async () => {
    await import('./define.js');
    await expect(import('./law-report-summary/define.js')).resolves.toBeDefined();
    expect(customElements.get('law-report-summary')).toBe(LawReportSummaryElement);
  });
});
