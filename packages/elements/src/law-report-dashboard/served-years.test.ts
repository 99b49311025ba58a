import { describe, expect, it } from 'vitest';
import { offeredYears } from './served-years.js';

describe('offeredYears', () => {
  it('offers every year from the one being reported back to the oldest held, those no unit sent too', () => {
    expect(offeredYears([2023, 2022], 2026, 2023)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });

  it('keeps a year asked for outside that span, and reaches back at most 50 years', () => {
    expect(offeredYears([], 2026, 2030)).toEqual([2026, 2030]);
    // 2025 back to 1976, and 1900, which the server holds.
    const years = offeredYears([1900], 2026, 2026);
    expect([years.length, years.at(-2), years.at(-1)]).toEqual([52, 1976, 1900]);
  });
});
