import { describe, expect, it } from 'vitest';
import { sameInputs } from './same-inputs.js';

describe('sameInputs', () => {
  it('says inputs are the same only when every value is the very same, and never before a first result', () => {
    const reports = [{}];
    expect(sameInputs(undefined, { reports })).toBe(false);
    expect(sameInputs({ reports, year: 2023 }, { reports, year: 2023 })).toBe(true);
    expect(sameInputs({ reports, year: 2023 }, { reports: [{}], year: 2023 })).toBe(false);
    expect(sameInputs({ reports, year: 2023 }, { reports, year: 2024 })).toBe(false);
  });
});
