import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadServedReports } from './served-reports.js';

// The answer's shape when the network is the case under test; the server's own answers are tested
// against a real collection server in law-report-years.server.test.ts.
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadServedReports', () => {
  it('says an answer cut off mid-stream was cut off, not that the server failed with 200', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"reports":[{"unit":"北留镇","year":2023,', { status: 200 }));
    expect(await loadServedReports('/api', 'token', 'zh-CN')).toEqual({
      error: '报送服务器的回答不完整（连接可能中途断开），请刷新页面再试。',
    });
  });
});

describe('loadServedReports with the county’s deadlines', () => {
  it('takes the deadlines the server judges by from /info, checked, so lateness is judged as on the dashboard', async () => {
    const answer = (deadlines: unknown) => async (input: RequestInfo | URL) =>
      String(input).endsWith('/info')
        ? Response.json({ county: '青川县', years: [2023], unit: null, deadlines })
        : Response.json({ reports: [] });
    vi.stubGlobal('fetch', answer({ submit: { town: '01-31' }, publish: '03-20' }));
    expect(await loadServedReports('/api', 'token', 'zh-CN')).toMatchObject({
      deadlines: { submit: { town: '01-31' }, publish: '03-20' },
    });
    // None set, or none that are deadlines: the page's own (or the defaults) are used.
    vi.stubGlobal('fetch', answer(null));
    expect(await loadServedReports('/api', 'token', 'zh-CN')).not.toHaveProperty('deadlines');
    vi.stubGlobal('fetch', answer({ publish: '13-40' }));
    expect(await loadServedReports('/api', 'token', 'zh-CN')).not.toHaveProperty('deadlines');
  });
});
