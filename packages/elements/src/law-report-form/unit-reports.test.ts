import { describe, expect, it } from 'vitest';
import { reportRecord } from '../internal/client-base.js';
import { stringsReady } from '../internal/locale.js';
import { firstDayNote } from './unit-reports.js';

// A report returned and sent again on 3 February: its status shows the day of that step, and the
// county judges it on time by the day it first came, 20 January.
const resent = reportRecord({
  id: 'r1',
  year: 2024,
  status: 'submitted',
  version: 2,
  updatedAt: '2025-02-03T02:00:00Z',
  publishedOn: null,
  submittedOn: '2025-01-20',
});

describe('firstDayNote', () => {
  it('says a report sent again is judged by the day the county first received it', async () => {
    await stringsReady('en');
    expect(firstDayNote(resent, 'zh-CN')).toBe('县里按首次报送的日期（2025年1月20日）判断是否按时，重新报送不影响。');
    expect(firstDayNote(resent, 'en')).toBe(
      'The county judges whether it was on time by the day it was first submitted (2025-01-20); submitting again does not change that.',
    );
  });

  it('says nothing of a first version, of a day the status shows already, or where the server gives no day', () => {
    expect(firstDayNote({ ...resent, version: 1 }, 'zh-CN')).toBeUndefined();
    // Sent again on the day it first came (in China: 01:30 on the 20th is 17:30 on the 19th in Greenwich).
    expect(firstDayNote({ ...resent, updatedAt: '2025-01-19T17:30:00Z' }, 'zh-CN')).toBeUndefined();
    const { submittedOn: _day, ...unsaid } = resent;
    expect(firstDayNote(unsaid, 'zh-CN')).toBeUndefined();
  });
});
