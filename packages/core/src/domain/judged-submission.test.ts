import { describe, expect, it } from 'vitest';
import { firstReceiptDay, judgedSubmission } from './judged-submission.js';

const typed = { issuedOn: '2025-01-02', submittedOn: '2025-01-05' };

describe('the 报送日期 a county judges a report by', () => {
  it('is the day in China the county first received the report, not the day the unit typed', () => {
    // 23:30 UTC on 19 February is already 20 February in China.
    expect(judgedSubmission(typed, { at: '2025-02-19T23:30:00Z', loaded: false })).toEqual({
      on: '2025-02-20',
      kind: 'received',
      differsFromTyped: true,
    });
  });

  it('says the first receipt agrees with the unit when it falls on the day the unit typed', () => {
    expect(judgedSubmission(typed, { at: '2025-01-05T02:00:00Z', loaded: false }).differsFromTyped).toBe(false);
  });

  it('is the date a report loaded as 历史导入 gives, as the server kept it', () => {
    expect(judgedSubmission(typed, { at: '2025-01-04T16:00:00.000Z', loaded: true })).toEqual({
      on: '2025-01-05',
      kind: 'loaded',
      differsFromTyped: false,
    });
  });

  it('is the report’s own 报送日期 for a report that never went through a server, else its 落款 date', () => {
    expect(judgedSubmission(typed)).toEqual({ on: '2025-01-05', kind: 'typed', differsFromTyped: false });
    expect(judgedSubmission({ issuedOn: '2025-01-02' })).toEqual({
      on: '2025-01-02',
      kind: 'issued',
      differsFromTyped: true,
    });
  });

  it('reads a first receipt given as a day as that day in China', () => {
    expect(firstReceiptDay({ at: '2025-02-20', loaded: false })).toEqual({ on: '2025-02-20', kind: 'received' });
    expect(judgedSubmission(typed, { at: '2025-01-05', loaded: true }).on).toBe('2025-01-05');
  });

  it('refuses a first receipt that is no instant, naming it', () => {
    expect(() => judgedSubmission(typed, { at: 'yesterday', loaded: false })).toThrow(/yesterday/);
  });
});
